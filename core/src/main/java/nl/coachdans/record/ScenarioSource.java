package nl.coachdans.record;

import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scenario.Scenario;

import java.util.Optional;

/** Where records find the scenario they were made on, with the frameworks to score it. */
@FunctionalInterface
public interface ScenarioSource {

    Optional<Playable> find(String scenarioId);

    /** A scenario with its frameworks. */
    record Playable(Scenario scenario, Curriculum curriculum) { }
}
