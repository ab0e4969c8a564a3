package nl.coachdans.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.coachdans.lint.Analysis;
import nl.coachdans.lint.Explorer;
import nl.coachdans.lint.Linter;
import nl.coachdans.scenario.ContentReader;
import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scenario.Framework;
import nl.coachdans.scenario.ReadResult;
import nl.coachdans.scenario.Scenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Loading, linting and analysing a generated 10,000-node scenario, against a bare Jackson parse of
 * the same file. The figure that matters is the ratio of the two (goal: at most 3).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 2, jvmArgs = {"-Xmx1g"})
public class LintBenchmark {
    private Path file;
    private Curriculum curriculum;
    private ContentReader reader;
    private final ObjectMapper bare = new ObjectMapper();

    @Setup(Level.Trial)
    public void generate() throws IOException {
        Path root = Files.createTempDirectory("coachdans-bench");
        file = ScenarioGenerator.write(root, 10_000);
        reader = new ContentReader();
        Framework f = reader.readFramework(root.resolve("frameworks/bench.json")).value();
        curriculum = Curriculum.of(List.of(f));
    }

    @Benchmark
    public Object bareJacksonParse() throws IOException {
        return bare.readTree(file.toFile());
    }

    @Benchmark
    public Object loadLintAnalyse() {
        ReadResult<Scenario> r = reader.readScenario(file);
        Linter.Result lint = new Linter(curriculum).lint(file.toString(), r.value());
        if (!lint.findings().isEmpty()) throw new IllegalStateException("generated scenario has findings: " + lint.findings().get(0));
        return lint;
    }

    @Benchmark
    public Object loadOnly() {
        return reader.readScenario(file).value();
    }

    @Benchmark
    public Object analyseOnly() {
        Analysis a = new Explorer(curriculum).explore(reader.readScenario(file).value());
        return a;
    }
}
