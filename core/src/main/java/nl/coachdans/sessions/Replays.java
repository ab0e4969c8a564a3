package nl.coachdans.sessions;

import nl.coachdans.engine.Session;
import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scenario.Scenario;

/** Rebuilds a live session from a record, to resume exactly where it stopped. */
public final class Replays {
    private Replays() {
    }

    public static Session session(SessionRecord rec, Scenario scenario, Curriculum curriculum) {
        return Session.replay(scenario, curriculum, rec.seed(), rec.choiceIds());
    }
}
