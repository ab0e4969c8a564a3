package nl.coachdans.ui.trainer;

import nl.coachdans.lint.ContentLibrary;
import nl.coachdans.record.ScenarioSource;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.ui.play.GameData;

import java.util.List;

/**
 * The scenarios this game can play, in the two shapes the record package asks for: a source to
 * replay records against, and the list an assignment is checked against. Both follow the game's
 * own rule (loaded and free of errors), so a file is judged here as the game would play it.
 */
public final class GameScenarios {
    private GameScenarios() {
    }

    public static ScenarioSource source(GameData data) {
        return id -> data.usable(id).map(e -> new ScenarioSource.Playable(e.scenario(), data.library().curriculum()));
    }

    public static List<Scenario> playable(GameData data) {
        return data.scenarios().stream().filter(data::usable).map(ContentLibrary.Entry::scenario).toList();
    }
}
