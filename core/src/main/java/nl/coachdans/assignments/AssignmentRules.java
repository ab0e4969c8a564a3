package nl.coachdans.assignments;

import nl.coachdans.sessions.Mode;
import nl.coachdans.sessions.SessionRecord;
import nl.coachdans.sessions.StoredRecord;
import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scoring.Axis;
import nl.coachdans.scoring.Band;
import nl.coachdans.scoring.FrameworkResult;
import nl.coachdans.scoring.ScoreProfile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What an assignment allows and demands: its mode, the attempts per scenario (every record made
 * for the assignment counts, finished or not, so that abandoning a bad exam attempt does not give
 * a fresh one), whether a new attempt may start, and whether a session passes. The game asks
 * before it starts a session; the class report asks again on the trainer's side, so a student's
 * files are never the only guard.
 */
public final class AssignmentRules {
    private final Assignment assignment;

    public AssignmentRules(Assignment assignment) {
        this.assignment = Objects.requireNonNull(assignment);
    }

    public Assignment assignment() {
        return assignment;
    }

    public boolean overdue(LocalDate today) {
        return assignment.due() != null && today.isAfter(assignment.due());
    }

    /** True when the session started after the due date (in UTC, as the records store time). */
    public boolean late(SessionRecord rec) {
        return assignment.due() != null && rec.started() != null
                && rec.started().atOffset(ZoneOffset.UTC).toLocalDate().isAfter(assignment.due());
    }

    /** Why a new attempt may not start; {@code NONE} when it may. */
    public enum Block { NONE, NOT_IN_ASSIGNMENT, NO_ATTEMPTS_LEFT, UNFINISHED_ATTEMPT }

    /**
     * The attempts at one scenario: how many were used, how many are allowed ({@code null}: no
     * limit) and left, the newest unfinished one (to resume), and whether a new one may start.
     */
    public record Attempts(String scenario, int used, Integer allowed, Integer left, SessionRecord unfinished,
                           Block block, String message) {
        public boolean canStart() {
            return block == Block.NONE;
        }
    }

    /** The records made for this assignment on one scenario, oldest first. */
    public List<SessionRecord> attemptsAt(String scenario, Collection<SessionRecord> records) {
        return records.stream()
                .filter(r -> r != null && assignment.id().equals(r.assignment()) && scenario.equals(r.scenario()))
                .sorted(Comparator.comparing(SessionRecord::started, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(SessionRecord::id, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    public Attempts attempts(String scenario, Collection<SessionRecord> records) {
        if (!assignment.scenarios().contains(scenario)) {
            return new Attempts(scenario, 0, 0, 0, null, Block.NOT_IN_ASSIGNMENT, "scenario '" + scenario
                    + "' is not part of assignment '" + assignment.title() + "' (" + String.join(", ", assignment.scenarios()) + ")");
        }
        List<SessionRecord> used = attemptsAt(scenario, records);
        SessionRecord unfinished = null;
        for (SessionRecord r : used) if (!r.finished()) unfinished = r;
        Integer allowed = assignment.attempts();
        Integer left = allowed == null ? null : Math.max(0, allowed - used.size());
        if (unfinished != null && Mode.orDefault(assignment.mode()).mustResumeOpenAttempt()) {
            return new Attempts(scenario, used.size(), allowed, left, unfinished, Block.UNFINISHED_ATTEMPT,
                    "an exam attempt at '" + scenario + "' is still open; resume it instead of starting a new one");
        }
        if (left != null && left == 0) {
            return new Attempts(scenario, used.size(), allowed, left, unfinished, Block.NO_ATTEMPTS_LEFT,
                    "all " + allowed + " attempt(s) at '" + scenario + "' have been used");
        }
        return new Attempts(scenario, used.size(), allowed, left, unfinished, Block.NONE, null);
    }

    /** The attempts at every scenario of the assignment, in the assignment's order. */
    public List<Attempts> attempts(Collection<SessionRecord> records) {
        return assignment.scenarios().stream().map(s -> attempts(s, records)).toList();
    }

    /**
     * Starts a new attempt: a record in the assignment's mode that carries its id. Refuses (with
     * the reason) when {@link #attempts(String, Collection)} says no.
     */
    public SessionRecord start(Scenario scenario, Curriculum curriculum, Collection<SessionRecord> existing, String language, long seed,
                               String trainee, Instant now) {
        Attempts a = attempts(scenario.id(), existing);
        if (!a.canStart()) throw new IllegalStateException(a.message());
        return SessionRecord.start(scenario, curriculum, language, assignment.mode(), seed, trainee, now).withAssignment(assignment.id());
    }

    /** One criterion as judged on one session. */
    public enum Criterion {
        READABLE, ASSIGNMENT, SCENARIO, MODE, FINISHED, BAND, NO_CRITICAL_RISK;

        @com.fasterxml.jackson.annotation.JsonValue
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * The judgement of one criterion: for {@code BAND} the axis (in JSON its key) with the band required and the band
     * recomputed ({@code actual} null when the session has no such band); a message when not met
     * or when there is something to explain.
     */
    public record Check(Criterion criterion, @com.fasterxml.jackson.annotation.JsonProperty("key") Axis axis, Band required, Band actual, boolean met, String message) { }

    /** Whether a session passes, with every criterion judged (the failed ones first to read). */
    public record Outcome(String record, String scenario, boolean passed, List<Check> checks) {
        public Outcome {
            checks = List.copyOf(checks);
        }

        public List<Check> failures() {
            return checks.stream().filter(c -> !c.met()).toList();
        }
    }

    /** Judges a record on its recomputed profile; a stored summary plays no part. */
    public Outcome judge(StoredRecord stored) {
        SessionRecord rec = stored.record();
        String id = rec == null ? null : rec.id();
        String scenario = rec == null ? null : rec.scenario();
        List<Check> checks = new ArrayList<>();
        if (stored.profile() == null || rec == null) {
            checks.add(new Check(Criterion.READABLE, null, null, null, false,
                    "cannot be judged: " + (stored.message() == null ? "the record could not be replayed" : stored.message())));
            return new Outcome(id, scenario, false, checks);
        }
        if (!assignment.id().equals(rec.assignment())) {
            checks.add(new Check(Criterion.ASSIGNMENT, null, null, null, false, rec.assignment() == null
                    ? "made outside any assignment" : "made for assignment '" + rec.assignment() + "', not '" + assignment.id() + "'"));
        }
        if (!assignment.scenarios().contains(rec.scenario())) {
            checks.add(new Check(Criterion.SCENARIO, null, null, null, false,
                    "scenario '" + rec.scenario() + "' is not part of this assignment"));
        }
        if (assignment.mode() != null && assignment.mode() != rec.mode()) {
            checks.add(new Check(Criterion.MODE, null, null, null, false, "played in " + word(rec.mode())
                    + " mode; this assignment asks for " + word(assignment.mode()) + " mode"));
        }
        ScoreProfile p = stored.profile();
        checks.add(new Check(Criterion.FINISHED, null, null, null, p.finished(),
                p.finished() ? null : "the session did not reach an ending"));
        assignment.pass().bands().forEach((key, required) -> {
            if (!appliesTo(key, p)) return;
            Band actual = p.bands().get(key);
            if (actual == null) {
                boolean dance = key.equals(Axis.DANCE) && p.finished();
                checks.add(new Check(Criterion.BAND, key, required, null, dance, dance
                        ? "not measured: no moment of this session asked for a particular move"
                        : "no band for " + key.key() + " yet: the session did not end"));
            } else {
                boolean met = actual.ordinal() >= required.ordinal();
                checks.add(new Check(Criterion.BAND, key, required, actual, met,
                        met ? null : key.key() + " is " + actual.code() + "; at least " + required.code() + " is needed"));
            }
        });
        if (assignment.pass().noCriticalRisk()) {
            boolean none = p.critical().isEmpty();
            checks.add(new Check(Criterion.NO_CRITICAL_RISK, null, null, null, none, none ? null
                    : "critical risk committed: " + String.join(", ", p.critical().stream()
                    .map(r -> r.framework() + "/" + r.id() + " (turn " + r.turn() + ")").toList())));
        }
        return new Outcome(id, scenario, checks.stream().allMatch(Check::met), checks);
    }

    /** A key applies when the scenario is scored on it: its own frameworks, its ending, its dance. */
    private static boolean appliesTo(Axis key, ScoreProfile p) {
        if (!key.kind().perFramework()) return true;
        for (FrameworkResult fr : p.frameworks()) if (fr.framework().equals(key.framework())) return true;
        return false;
    }

    private static String word(Mode m) {
        return m == null ? "unknown" : m == Mode.EXAM ? "exam" : "practice";
    }
}
