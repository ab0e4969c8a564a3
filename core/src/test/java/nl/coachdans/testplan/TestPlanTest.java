package nl.coachdans.testplan;

import nl.coachdans.lint.ContentLibrary;
import nl.coachdans.scenario.ContentReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every hand-written test plan in {@code src/test/resources/testplans/} through the engine
 * and scorer, one dynamic test per plan; and holds the collection to its promise: a plan per
 * built-in client, and per client at least one that walks a mixed path (a step reached and a risk
 * committed on the way).
 */
class TestPlanTest {
    static final Path ASSETS = Paths.get(System.getProperty("coachdans.assets", "../assets"));
    static final Path PLANS = Paths.get("src/test/resources/testplans");

    private static final ContentLibrary LIBRARY = ContentLibrary.load(ASSETS, new ContentReader(), false);

    static List<Path> plans() throws IOException {
        try (Stream<Path> s = Files.list(PLANS)) {
            return s.filter(p -> p.toString().endsWith(".testplan")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyPlanHolds() throws IOException {
        PlanRunner runner = new PlanRunner(LIBRARY);
        return plans().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), p.toUri(),
                () -> runner.run(TestPlan.read(p))));
    }

    @Test
    void everyBuiltInClientHasAPlanThatWalksAMixedPath() throws IOException {
        PlanRunner runner = new PlanRunner(LIBRARY);
        List<String> mixed = new ArrayList<>();
        for (Path p : plans()) {
            PlanRunner.Outcome o = runner.run(TestPlan.read(p));
            boolean reachedAStep = o.profile().frameworks().stream().anyMatch(f -> f.steps().stream().anyMatch(s -> s.reached()));
            if (reachedAStep && !o.profile().risks().isEmpty()) mixed.add(o.scenario());
        }
        List<String> clients = LIBRARY.scenarios().stream().map(ContentLibrary.Entry::id).toList();
        assertThat(clients).as("the built-in clients").hasSizeGreaterThanOrEqualTo(5);
        assertThat(mixed).as("clients with a plan that reaches a step and commits a risk").containsAll(clients);
    }
}
