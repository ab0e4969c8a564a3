package nl.coachdans.sessions;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A study-mode mark on one coach move, after "Coaching als dans": what the trainee recognises,
 * what surprises or irritates them, with an optional note.
 */
public record Annotation(int turn, Reaction reaction, String note) {

    public enum Reaction {
        @JsonProperty("herken") HERKEN,
        @JsonProperty("verbaast") VERBAAST,
        @JsonProperty("ergert") ERGERT;

        /** The name in the files and in string keys: herken, verbaast, ergert. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
