package nl.coachdans.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.coachdans.lint.Linter;
import nl.coachdans.scenario.ContentReader;
import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scenario.Framework;
import nl.coachdans.scenario.Scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The lint goal as a ratio measured in pairs: each round times a bare Jackson parse and then load +
 * lint + analyse of the same generated 10,000-node scenario, so both see the same machine load. On
 * a shared machine this is steadier than comparing two benchmarks run minutes apart.
 */
public final class LintRatio {
    private LintRatio() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path root = Files.createTempDirectory("coachdans-ratio");
        Path file = ScenarioGenerator.write(root, 10_000);
        ContentReader reader = new ContentReader();
        Framework f = reader.readFramework(root.resolve("frameworks/bench.json")).value();
        Curriculum curriculum = Curriculum.of(List.of(f));
        ObjectMapper bare = new ObjectMapper();
        List<Double> bareMs = new ArrayList<>(), fullMs = new ArrayList<>(), ratios = new ArrayList<>();
        for (int i = -8; i < rounds; i++) { // the first rounds warm the JIT and are not counted
            long a = System.nanoTime();
            bare.readTree(file.toFile());
            long b = System.nanoTime();
            Scenario sc = reader.readScenario(file).value();
            Linter.Result r = new Linter(curriculum).lint(file.toString(), sc);
            long c = System.nanoTime();
            if (!r.findings().isEmpty()) throw new IllegalStateException("generated scenario has findings: " + r.findings().get(0));
            if (i < 0) continue;
            bareMs.add((b - a) / 1e6);
            fullMs.add((c - b) / 1e6);
            ratios.add((double) (c - b) / (b - a));
        }
        System.out.printf("bare Jackson parse: median %.1f ms%n", median(bareMs));
        System.out.printf("load + lint + analyse: median %.1f ms%n", median(fullMs));
        System.out.printf("ratio: median of %d paired rounds %.2f (goal: at most 3)%n", rounds, median(ratios));
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}
