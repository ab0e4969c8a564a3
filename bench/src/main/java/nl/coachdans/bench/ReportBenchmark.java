package nl.coachdans.bench;

import nl.coachdans.engine.Session;
import nl.coachdans.engine.Transcript;
import nl.coachdans.lint.BuiltInAssets;
import nl.coachdans.lint.ContentLibrary;
import nl.coachdans.sessions.Annotation;
import nl.coachdans.assignments.AssignmentResult;
import nl.coachdans.assignments.AssignmentResults;
import nl.coachdans.files.AtomicFiles;
import nl.coachdans.classreport.ClassReport;
import nl.coachdans.classreport.ClassReportHtml;
import nl.coachdans.sessions.Mode;
import nl.coachdans.sessions.RecordReader;
import nl.coachdans.catalog.ScenarioSource;
import nl.coachdans.sessions.RecordHeader;
import nl.coachdans.sessions.SessionRecord;
import nl.coachdans.engine.Option;
import nl.coachdans.scenario.ContentReader;
import nl.coachdans.scenario.Language;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scoring.Band;
import nl.coachdans.scoring.ScoreProfile;
import nl.coachdans.scoring.Scorer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The class report over 1,000 generated session records of the built-in scenarios: 200 students,
 * five attempts each, half handed in as result files and half as loose records, with self-ratings
 * and study marks. {@code report} is what {@code coachdans report DIR --json} does (read every
 * file, replay and re-score every record, build the report); {@code reportAndHtml} adds the HTML.
 * The goal: under 2 seconds on the project's machine. Run from the repository root (the
 * built-in scenarios are read from assets/).
 */
@State(Scope.Benchmark)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class ReportBenchmark {
    static final int STUDENTS = 200;
    static final int ATTEMPTS = 5;

    private Path dir;
    private ScenarioSource source;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        ContentLibrary lib = ContentLibrary.load(BuiltInAssets.root(), new ContentReader(), false);
        List<Scenario> scenarios = new ArrayList<>();
        // Only scenarios the game would play: loaded and valid (assets may be mid-edit while benchmarking).
        nl.coachdans.scenario.Validator validator = new nl.coachdans.scenario.Validator(lib.curriculum());
        for (ContentLibrary.Entry e : lib.scenarios()) {
            if (e.usable() && validator.validate(e.file().toString(), e.scenario()).stream().noneMatch(nl.coachdans.scenario.Finding::isError)) {
                scenarios.add(e.scenario());
            }
        }
        if (scenarios.isEmpty()) throw new IllegalStateException("no built-in scenarios under " + BuiltInAssets.root());
        source = id -> scenarios.stream().filter(s -> s.id().equals(id)).findFirst()
                .map(s -> new ScenarioSource.Playable(s, lib.curriculum()));
        dir = Files.createTempDirectory("coachdans-report-bench");
        int records = write(dir, scenarios, source, 42);
        if (records != STUDENTS * ATTEMPTS) throw new IllegalStateException("generated " + records + " records");
    }

    /** Writes the class; returns the number of records written. */
    static int write(Path dir, List<Scenario> scenarios, ScenarioSource source, long seed) throws IOException {
        Instant t0 = Instant.parse("2025-03-10T08:00:00Z");
        int count = 0;
        for (int i = 0; i < STUDENTS; i++) {
            SplittableRandom rng = new SplittableRandom(seed * 31 + i);
            String name = "Student " + i;
            List<SessionRecord> recs = new ArrayList<>();
            for (int k = 0; k < ATTEMPTS; k++) {
                Scenario sc = scenarios.get(rng.nextInt(scenarios.size()));
                recs.add(play(sc, source, rng, name, "student-" + i + "/" + k, t0.plusSeconds(3600L * i + 600L * k)));
            }
            if (i % 2 == 0) {
                AssignmentResult r = new AssignmentResult(AssignmentResult.FORMAT, null, name, t0, recs);
                AtomicFiles.write(dir.resolve("results/" + i + ".json"), AssignmentResults.bytes(withAssignment(r)));
            } else {
                for (int k = 0; k < recs.size(); k++) {
                    AtomicFiles.write(dir.resolve("loose/" + i + "-" + k + ".json"), RecordReader.json().writeValueAsBytes(recs.get(k)));
                }
            }
            count += recs.size();
        }
        return count;
    }

    private static AssignmentResult withAssignment(AssignmentResult r) {
        nl.coachdans.assignments.Assignment a = new nl.coachdans.assignments.Assignment(1, "bench", "Bench", "Bench", List.of("grow"),
                Mode.PRACTICE, null, null, null);
        return new AssignmentResult(r.format(), a, r.trainee(), r.exported(), r.records());
    }

    private static SessionRecord play(Scenario sc, ScenarioSource source, SplittableRandom rng, String name, String idSeed, Instant started) {
        long seed = rng.nextLong();
        Session s = Session.start(sc, source.find(sc.id()).orElseThrow().curriculum(), seed);
        SessionRecord r = new SessionRecord(new RecordHeader(SessionRecord.FORMAT, UUID.nameUUIDFromBytes(idSeed.getBytes()).toString(), sc.id(), sc.version(),
                nl.coachdans.scenario.ContentHash.of(sc, source.find(sc.id()).orElseThrow().curriculum()), "nl", Mode.PRACTICE, seed, name, null, started),
                List.of(), null, null, null);
        java.util.Set<String> expert = new java.util.HashSet<>(sc.expert());
        int turn = 0;
        while (!s.ended() && turn < 80 && !s.choices().isEmpty()) {
            List<Option> options = s.choices();
            Option pick = options.stream().filter(c -> expert.contains(c.id())).findFirst().orElse(null);
            if (pick == null || rng.nextDouble() < 0.4) pick = options.get(rng.nextInt(options.size()));
            s.choose(pick.id());
            turn++;
            r = r.with(pick.id(), null, started.plusSeconds(40L * turn));
        }
        Transcript t = s.transcript();
        Optional<ScenarioSource.Playable> p = source.find(sc.id());
        ScoreProfile profile = new Scorer(p.orElseThrow().curriculum()).score(sc, t);
        r = r.summarised(t, profile);
        Map<String, String> ratings = new LinkedHashMap<>();
        profile.bands().forEach((k, b) -> ratings.put(k, Band.values()[Math.max(0, Math.min(2, b.ordinal() + rng.nextInt(3) - 1))].code()));
        List<Annotation> marks = t.turns().isEmpty() ? List.of()
                : List.of(new Annotation(1 + rng.nextInt(t.turns().size()), Annotation.Reaction.values()[rng.nextInt(3)], "notitie"));
        return r.withReflection(ratings, null).withStudy(marks, null);
    }

    @TearDown(Level.Trial)
    public void cleanUp() throws IOException {
        try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    @Benchmark
    public ClassReport report() throws IOException {
        return ClassReport.build(dir, source, null);
    }

    @Benchmark
    public String reportAndHtml() throws IOException {
        return ClassReportHtml.render(ClassReport.build(dir, source, null), Language.NL);
    }
}
