package nl.coachdans.lrs;

/** What became of one statement sent to a learning record store. */
public record Answer(Fate fate, String reason) {

    public enum Fate {
        /** Stored now. */
        STORED,
        /** The store has a statement with this id already (409, or an identical one): nothing to do. */
        ALREADY_THERE,
        /** The store refused this statement (400); {@code reason} is the store's own. */
        REFUSED,
        /** The store refused the connection (wrong key, no rights, wrong address): retrying now would not help. */
        BLOCKED,
        /** No usable answer (offline, timeout, server error, garbage): try again later. */
        UNREACHABLE;

        /** The statement needs no more sending. */
        public boolean delivered() {
            return this == STORED || this == ALREADY_THERE;
        }
    }

    public static Answer of(Fate fate) {
        return new Answer(fate, null);
    }
}
