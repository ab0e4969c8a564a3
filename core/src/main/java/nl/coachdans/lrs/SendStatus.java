package nl.coachdans.lrs;

import java.util.List;

/**
 * What the game shows about sending, quietly: how many results are still waiting (refused ones
 * included, with the store's reason kept in the outbox), which finished sessions have arrived,
 * and one problem that needs a person (a wrong key), or null.
 */
public record SendStatus(int waiting, int refused, List<Arrival> arrived, String problem) {
    public static final SendStatus NOTHING = new SendStatus(0, 0, List.of(), null);

    public SendStatus {
        arrived = List.copyOf(arrived);
    }

    /** A finished session whose every statement is in the store. */
    public record Arrival(String record, String scenario, String assignment) { }

    public boolean idle() {
        return waiting == 0 && refused == 0 && problem == null;
    }
}
