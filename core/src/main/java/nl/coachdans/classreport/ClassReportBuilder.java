package nl.coachdans.classreport;

import nl.coachdans.files.Explanation;
import nl.coachdans.files.Explanation.Why;
import nl.coachdans.assignments.Assignment;
import nl.coachdans.assignments.AssignmentResults;
import nl.coachdans.assignments.AssignmentRules;
import nl.coachdans.assignments.RecordFolder;
import nl.coachdans.sessions.RecordStatus;
import nl.coachdans.catalog.ScenarioSource;
import nl.coachdans.sessions.SessionRecord;
import nl.coachdans.scoring.Axis;
import nl.coachdans.scoring.Band;
import nl.coachdans.scoring.ScoreProfile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;

/** Builds a {@link ClassReport} from the items of a folder; one instance per report. */
final class ClassReportBuilder {
    static final Comparator<String> NAMES = Comparator.comparing((String s) -> s.toLowerCase(java.util.Locale.ROOT))
            .thenComparing(Comparator.naturalOrder());

    private final ClassFigures.Names names;
    private final Assignment assignment;
    private final AssignmentRules rules;

    ClassReportBuilder(ScenarioSource source, Assignment assignment) {
        this.names = new ClassFigures.Names(source);
        this.assignment = assignment;
        this.rules = assignment == null ? null : new AssignmentRules(assignment);
    }

    /** An item with who it belongs to, whether it counts, and what the report adds to its message. */
    private static final class Entry {
        final RecordFolder.Item item;
        final String student;
        boolean counted;
        boolean duplicate;
        final List<Explanation> notes = new ArrayList<>();

        Entry(RecordFolder.Item item, String student) {
            this.item = item;
            this.student = student;
            this.counted = item.usable();
        }

        SessionRecord record() {
            return item.record();
        }

        ScoreProfile profile() {
            return item.stored().profile();
        }
    }

    ClassReport build(List<RecordFolder.Item> items) {
        List<Entry> entries = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        Set<String> filesNoted = new HashSet<>();
        for (RecordFolder.Item it : items) {
            Entry e = new Entry(it, studentOf(it));
            SessionRecord rec = it.record();
            if (rec != null && rec.id() != null) {
                String first = seen.putIfAbsent(rec.id(), it.place());
                if (first != null) {
                    e.duplicate = true;
                    e.counted = false;
                    e.notes.add(Explanation.of(Why.SAME_SESSION, first));
                }
            }
            if (assignment != null) belongs(e, rec, filesNoted);
            String origin = rec == null || rec.scenario() == null ? null : names.contentOrigin(rec.scenario());
            if (origin != null && it.stored() != null && it.stored().profile() != null) {
                e.notes.add(Explanation.of(Why.OTHER_CONTENT_ORIGIN, origin));
            }
            entries.add(e);
        }
        if (assignment != null) limitAttempts(entries);

        List<Entry> counted = entries.stream().filter(x -> x.counted).toList();
        List<String> scenarioIds = scenarioIds(counted);
        Map<String, List<Entry>> byStudent = new TreeMap<>(NAMES);
        // A duplicate copy is no student of its own (a loose copy without a name would otherwise be one).
        for (Entry e : entries) if (e.student != null && !e.duplicate) byStudent.computeIfAbsent(e.student, k -> new ArrayList<>());
        for (Entry e : counted) byStudent.get(e.student).add(e);

        List<ClassReport.Student> students = new ArrayList<>();
        Map<String, List<ClassReport.ScenarioOutcome>> shown = new LinkedHashMap<>();
        byStudent.forEach((name, list) -> {
            List<ClassReport.ScenarioOutcome> outcomes = new ArrayList<>();
            for (String sc : scenarioIds) {
                List<Entry> attempts = list.stream().filter(x -> sc.equals(x.record().scenario())).toList();
                if (attempts.isEmpty() && assignment == null) continue;
                ClassReport.ScenarioOutcome o = outcome(sc, attempts);
                outcomes.add(o);
                shown.computeIfAbsent(sc, k -> new ArrayList<>()).add(o);
            }
            Boolean passed = assignment == null ? null : outcomes.stream().allMatch(o -> Boolean.TRUE.equals(o.passed()));
            students.add(new ClassReport.Student(name, passed, outcomes));
        });

        List<ClassReport.FileEntry> files = entries.stream().map(ClassReportBuilder::fileEntry).toList();
        ClassFigures figures = new ClassFigures(names, counted.stream().map(e -> new ClassFigures.Session(e.student, e.item.stored())).toList());
        List<ClassReport.AnnotationRow> marks = figures.annotationRows();
        return new ClassReport(assignment, totals(entries, students.size()), files, names.scenarioInfos(scenarioIds), students,
                bandTallies(scenarioIds, shown), figures.riskTallies(), figures.calibration(), figures.calibrationTotals(),
                figures.annotationTallies(marks), marks);
    }

    private static String studentOf(RecordFolder.Item it) {
        if (it.trainee() != null) return it.trainee();
        return it.record() == null ? null : "(" + it.place() + ")";
    }

    /** With an assignment, only its own records count; a result for another assignment says so. */
    private void belongs(Entry e, SessionRecord rec, Set<String> filesNoted) {
        RecordFolder.Item it = e.item;
        if (it.resultAssignment() != null && filesNoted.add(it.file())) {
            Optional<Explanation> other = AssignmentResults.mismatch(it.resultAssignment(), assignment);
            if (other.isPresent()) e.notes.add(other.get());
            else if (!it.resultAssignment().equals(assignment)) {
                e.notes.add(Explanation.of(Why.ASSIGNMENT_COPY_DIFFERS));
            }
        }
        if (rec == null || e.duplicate) return;
        if (!assignment.id().equals(rec.assignment())) {
            e.counted = false;
            e.notes.add(rec.assignment() == null ? Explanation.of(Why.NOT_FOR_ASSIGNMENT, assignment.id())
                    : Explanation.of(Why.FOR_OTHER_ASSIGNMENT, rec.assignment(), assignment.id()));
        } else if (!assignment.scenarios().contains(rec.scenario())) {
            e.counted = false;
            e.notes.add(Explanation.of(Why.SCENARIO_NOT_IN_ASSIGNMENT, rec.scenario()));
        } else if (rules.late(rec)) {
            e.notes.add(Explanation.of(Why.STARTED_LATE, String.valueOf(assignment.due())));
        }
    }

    /**
     * Per student and scenario, only the first attempts up to the limit count, in the order they
     * were started; unusable attempts use up their place too, as they did in the game.
     */
    private void limitAttempts(List<Entry> entries) {
        if (assignment.attempts() == null) return;
        Map<String, List<Entry>> groups = new LinkedHashMap<>();
        for (Entry e : entries) {
            SessionRecord r = e.record();
            if (r == null || e.student == null || !assignment.id().equals(r.assignment())) continue;
            if (e.duplicate) continue;
            groups.computeIfAbsent(e.student + "\u0000" + r.scenario(), k -> new ArrayList<>()).add(e);
        }
        for (List<Entry> g : groups.values()) {
            List<Entry> inOrder = g.stream().sorted(Comparator.comparing((Entry e) -> e.record().started(),
                    Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
            for (int i = assignment.attempts(); i < inOrder.size(); i++) {
                Entry e = inOrder.get(i);
                e.counted = false;
                e.notes.add(Explanation.of(Why.ATTEMPT_OVER_LIMIT, i + 1, assignment.attempts()));
            }
        }
    }

    private List<String> scenarioIds(List<Entry> counted) {
        if (assignment != null) return assignment.scenarios();
        return List.copyOf(new TreeSet<>(counted.stream().map(e -> e.record().scenario()).toList()));
    }

    private ClassReport.ScenarioOutcome outcome(String scenario, List<Entry> attempts) {
        if (attempts.isEmpty()) {
            return new ClassReport.ScenarioOutcome(scenario, 0, null, null, null, false, null, Map.of(), 0, false, false,
                    List.of(new AssignmentRules.Check(AssignmentRules.Criterion.FINISHED, null, null, null, false, "no counted attempt")));
        }
        Entry best = null;
        AssignmentRules.Outcome bestOutcome = null;
        for (Entry e : attempts) {
            AssignmentRules.Outcome o = rules == null ? null : rules.judge(e.item.stored());
            if (best == null || better(e, o, best, bestOutcome)) {
                best = e;
                bestOutcome = o;
            }
        }
        ScoreProfile p = best.profile();
        SessionRecord r = best.record();
        return new ClassReport.ScenarioOutcome(scenario, attempts.size(), r.id(), best.item.place(), r.started(), p.finished(),
                p.ending() == null ? null : p.ending().code(), p.bands(), p.critical().size(),
                bestOutcome == null ? null : bestOutcome.passed(), rules != null && rules.late(r),
                bestOutcome == null ? List.of() : bestOutcome.failures());
    }

    /** Passed beats failed; then finished; then higher bands; then the later attempt. */
    private static boolean better(Entry a, AssignmentRules.Outcome ao, Entry b, AssignmentRules.Outcome bo) {
        if (ao != null && ao.passed() != bo.passed()) return ao.passed();
        if (a.profile().finished() != b.profile().finished()) return a.profile().finished();
        int sa = bandSum(a.profile()), sb = bandSum(b.profile());
        if (sa != sb) return sa > sb;
        return Comparator.nullsFirst(Comparator.<java.time.Instant>naturalOrder()).compare(a.record().started(), b.record().started()) > 0;
    }

    private static int bandSum(ScoreProfile p) {
        return p.bands().values().stream().mapToInt(Band::ordinal).sum();
    }

    private static ClassReport.FileEntry fileEntry(Entry e) {
        RecordFolder.Item it = e.item;
        Explanation why = it.explanation();
        for (Explanation note : e.notes) why = Explanation.join(why, note);
        SessionRecord r = it.record();
        return new ClassReport.FileEntry(it.file(), it.index(), it.status(), why,
                r == null ? null : r.id(), e.student, r == null ? null : r.scenario(), e.counted);
    }

    private static ClassReport.Totals totals(List<Entry> entries, int students) {
        int[] by = new int[RecordStatus.values().length];
        for (Entry e : entries) by[e.item.status().ordinal()]++;
        int files = (int) entries.stream().map(e -> e.item.file()).distinct().count();
        int counted = (int) entries.stream().filter(e -> e.counted).count();
        return new ClassReport.Totals(files, entries.size(), by[RecordStatus.OK.ordinal()], by[RecordStatus.ALTERED.ordinal()],
                by[RecordStatus.STALE.ordinal()], by[RecordStatus.CORRUPT.ordinal()], counted, students);
    }

    private static List<ClassReport.BandTally> bandTallies(List<String> scenarios, Map<String, List<ClassReport.ScenarioOutcome>> shown) {
        List<ClassReport.BandTally> out = new ArrayList<>();
        for (String sc : scenarios) {
            Map<Axis, int[]> counts = new LinkedHashMap<>();
            for (ClassReport.ScenarioOutcome o : shown.getOrDefault(sc, List.of())) {
                if (!o.finished()) continue;
                o.bands().forEach((k, b) -> counts.computeIfAbsent(k, x -> new int[3])[b.ordinal()]++);
            }
            counts.forEach((k, c) -> out.add(new ClassReport.BandTally(sc, k, c[0], c[1], c[2])));
        }
        return out;
    }
}
