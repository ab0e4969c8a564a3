package nl.coachdans.catalog;

import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scenario.Scenario;

import java.util.Optional;

/** Where records find the scenario they were made on, with the frameworks to score it. */
@FunctionalInterface
public interface ScenarioSource {

    Optional<Playable> find(String scenarioId);

    /**
     * Where the content that judges this scenario comes from, when it is not the content built
     * into the program (a trainer's own clients folder, a --content folder); null for the built-in content.
     */
    default String contentOrigin(String scenarioId) {
        return null;
    }

    /** A scenario with its frameworks. */
    record Playable(Scenario scenario, Curriculum curriculum) { }
}
