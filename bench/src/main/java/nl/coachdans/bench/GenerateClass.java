package nl.coachdans.bench;

import nl.coachdans.lint.BuiltInAssets;
import nl.coachdans.lint.ContentLibrary;
import nl.coachdans.catalog.ScenarioSource;
import nl.coachdans.scenario.ContentReader;
import nl.coachdans.scenario.Scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/** Writes the benchmark's class of 200 students and 1,000 records to a folder, for timing the report command cold. */
public final class GenerateClass {
    private GenerateClass() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Paths.get(args.length > 0 ? args[0] : "target/class-1000");
        Files.createDirectories(dir);
        ContentLibrary lib = ContentLibrary.load(BuiltInAssets.root(), new ContentReader(), false);
        List<Scenario> scenarios = lib.scenarios().stream().filter(ContentLibrary.Entry::usable).map(ContentLibrary.Entry::scenario).toList();
        ScenarioSource source = id -> scenarios.stream().filter(s -> s.id().equals(id)).findFirst()
                .map(s -> new ScenarioSource.Playable(s, lib.curriculum()));
        System.out.println("wrote " + ReportBenchmark.write(dir, scenarios, source, 42) + " records to " + dir);
    }
}
