package nl.coachdans.record;

import nl.coachdans.engine.Session;
import nl.coachdans.scenario.Scenario;

/** Rebuilds a live session from a record, to resume exactly where it stopped. */
public final class Replays {
    private Replays() {
    }

    public static Session session(SessionRecord rec, Scenario scenario) {
        return Session.replay(scenario, rec.seed(), rec.choiceIds());
    }
}
