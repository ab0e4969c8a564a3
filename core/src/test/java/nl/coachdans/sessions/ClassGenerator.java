package nl.coachdans.sessions;

import nl.coachdans.assignments.Assignment;
import nl.coachdans.assignments.AssignmentResults;
import nl.coachdans.files.AtomicFiles;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.coachdans.engine.Session;
import nl.coachdans.engine.Transcript;
import nl.coachdans.engine.Option;
import nl.coachdans.scenario.ContentHash;
import nl.coachdans.scoring.Band;
import nl.coachdans.scoring.ScoreProfile;
import nl.coachdans.scoring.Scorer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import static nl.coachdans.sessions.ReportFixtures.CURRICULUM;
import static nl.coachdans.sessions.ReportFixtures.VOORBEELD;

/**
 * A generated class for the golden report: students of growing skill play voorbeeld one to three
 * times, rate themselves, mark moves in study mode, and hand in result files or loose records.
 * Some files are altered, stale, corrupt, duplicated or meant for another assignment. Fixed seeds
 * and fixed times: the same call always writes the same files.
 */
public final class ClassGenerator {
    private static final String[] FIRST = {"Ans", "Bram", "Chantal", "Dirk", "Eva", "Fatima", "Gijs", "Hanna", "Ivo", "Joke",
            "Karim", "Lotte", "Mehmet", "Noor", "Olaf", "Petra", "Quinten", "Rosa", "Sven", "Tess",
            "Umut", "Vera", "Wouter", "Xandra", "Youssef", "Zo\u00eb", "Anouk", "Bas", "Cem", "Daan"};
    private static final String[] LAST = {"de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos"};
    private static final String[] NOTES = {"Herken ik van mezelf.", "Waarom werkt dit hier wel?", "Te snel, ik wilde meteen oplossen.",
            "Mooi moment & goede vraag", "<script>alert('x')</script> dit irriteert me", "Zou ik anders doen: eerst luisteren."};
    public static final Instant T0 = Instant.parse("2025-03-10T08:00:00Z");

    private ClassGenerator() {
    }

    /** Writes the class into {@code dir}; records carry {@code assignment}'s id. */
    public static void write(Path dir, Assignment assignment, int students, long seed) throws IOException {
        Set<String> expert = new HashSet<>(VOORBEELD.expert());
        for (int i = 0; i < students; i++) {
            SplittableRandom rng = new SplittableRandom(seed * 1_000_003L + i);
            String name = i == 4 ? "Eva <de> & 'Smit'" : FIRST[i % FIRST.length] + " " + LAST[i % LAST.length];
            double skill = 0.3 + 0.65 * i / Math.max(1, students - 1);
            int attempts = 1 + rng.nextInt(3);
            Mode mode = i == 7 ? Mode.PRACTICE : assignment.mode();
            String assignmentId = i == students - 1 ? "ander-opdracht-0000" : assignment.id();
            List<SessionRecord> recs = new ArrayList<>();
            for (int k = 0; k < attempts; k++) {
                Instant started = T0.plusSeconds(3600L * i + 1200L * k);
                int maxTurns = i == 11 && k == attempts - 1 ? 2 : 30;
                recs.add(play(rng, expert, skill, name, mode, assignmentId, started, "student-" + i + "/" + k, seed + i * 10L + k, maxTurns));
            }
            String slug = "s" + (i < 10 ? "0" : "") + i;
            if (i % 5 == 3) {
                for (int k = 0; k < recs.size(); k++) write(dir.resolve("losse/" + slug + "-" + k + ".json"), recs.get(k));
            } else {
                Assignment copy = assignmentId.equals(assignment.id()) ? assignment
                        : new Assignment(1, assignmentId, "Andere opdracht", "Fer", assignment.scenarios(), assignment.mode(), 1, null, null);
                AssignmentResults.write(dir.resolve("inlevering/" + slug + ".json"), AssignmentResults.of(copy, recs, name, T0), true);
            }
            if (i == 0) write(dir.resolve("losse/kopie-s00.json"), recs.get(0));
            if (i == 2) alterFirst(dir.resolve("inlevering/" + slug + ".json"));
        }
        staleAndCorrupt(dir, assignment);
    }

    private static SessionRecord play(SplittableRandom rng, Set<String> expert, double skill, String name, Mode mode,
                                      String assignmentId, Instant started, String idSeed, long seed, int maxTurns) {
        Session s = Session.start(VOORBEELD, CURRICULUM, seed);
        SessionRecord r = new SessionRecord(new RecordHeader(SessionRecord.FORMAT, UUID.nameUUIDFromBytes(idSeed.getBytes(StandardCharsets.UTF_8)).toString(),
                VOORBEELD.id(), VOORBEELD.version(), ContentHash.of(VOORBEELD, CURRICULUM), "nl", mode, seed, name, assignmentId, started),
                List.of(), null, null, null);
        int turn = 0;
        while (!s.ended() && turn < maxTurns && !s.choices().isEmpty()) {
            List<Option> options = s.choices();
            Option pick = options.stream().filter(c -> expert.contains(c.id())).findFirst().orElse(null);
            if (pick == null || rng.nextDouble() >= skill) pick = options.get(rng.nextInt(options.size()));
            s.choose(pick.id());
            turn++;
            r = r.with(pick.id(), null, started.plusSeconds(45L * turn));
        }
        Transcript t = s.transcript();
        ScoreProfile p = new Scorer(CURRICULUM).score(VOORBEELD, t);
        r = r.summarised(t, p);
        if (t.ended()) {
            Map<String, String> ratings = new LinkedHashMap<>();
            p.bands().forEach((k, b) -> {
                double x = rng.nextDouble();
                int d = x < 0.2 ? -1 : x < 0.7 ? 0 : 1;
                ratings.put(k.key(), Band.values()[Math.max(0, Math.min(2, b.ordinal() + d))].code());
            });
            List<Annotation> marks = new ArrayList<>();
            if (rng.nextDouble() < 0.4) {
                int n = 1 + rng.nextInt(2);
                for (int m = 0; m < n; m++) {
                    marks.add(new Annotation(1 + rng.nextInt(t.turns().size()), Annotation.Reaction.values()[rng.nextInt(3)],
                            NOTES[rng.nextInt(NOTES.length)]));
                }
            }
            r = r.withReflection(ratings, null).withStudy(marks, null);
        }
        return r;
    }

    private static void write(Path file, SessionRecord r) throws IOException {
        AtomicFiles.write(file, RecordReader.json().writeValueAsBytes(r));
    }

    /** Someone made the first attempt in this result look better than it was. */
    private static void alterFirst(Path result) throws IOException {
        ObjectNode tree = (ObjectNode) RecordReader.json().readTree(result.toFile());
        ObjectNode first = (ObjectNode) tree.get("records").get(0);
        ObjectNode bands = (ObjectNode) first.get("summary").get("bands");
        List<String> keys = new ArrayList<>();
        bands.fieldNames().forEachRemaining(keys::add);
        for (String k : keys) bands.put(k, "bekwaam");
        Files.write(result, RecordReader.json().writeValueAsBytes(tree));
    }

    private static void staleAndCorrupt(Path dir, Assignment assignment) throws IOException {
        SessionRecord old = new SessionRecord(new RecordHeader(SessionRecord.FORMAT, UUID.nameUUIDFromBytes("oud".getBytes(StandardCharsets.UTF_8)).toString(),
                VOORBEELD.id(), 1, "sha256:0000", "nl", assignment.mode(), 1, "Bram Jansen", assignment.id(), T0.minusSeconds(86_400)),
                List.of(new RecordedChoice("mail-afspraak", T0, null), new RecordedChoice("oude-keuze", T0, null)), null, null, null);
        write(dir.resolve("losse/oud-scenario.json"), old);
        Files.writeString(dir.resolve("inlevering/kapot.json"), "{\"format\": 1, \"assignment\": {\"id\": \"noor", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("notities.txt"), "Let op: Sven levert later in.\n", StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("leeg"));
        Files.write(dir.resolve("leeg/leeg.json"), new byte[0]);
    }
}
