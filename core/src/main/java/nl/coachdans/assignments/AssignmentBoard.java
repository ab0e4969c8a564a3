package nl.coachdans.assignments;

import nl.coachdans.sessions.RecordStatus;
import nl.coachdans.sessions.SessionRecord;
import nl.coachdans.sessions.StoredRecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Where a trainee stands on one assignment, per scenario: attempts used and left, whether it is
 * passed, and what can be done now (start, resume, nothing and why). It applies the same
 * {@link AssignmentRules} the trainer's report applies, to the trainee's own records as re-scored
 * on reading, so the game never promises a pass the report would not give.
 */
public final class AssignmentBoard {
    /** How far a scenario is: passed, played without passing, begun, or not begun. */
    public enum State { PASSED, NOT_PASSED, IN_PROGRESS, NOT_STARTED }

    /**
     * One scenario of the assignment. {@code resumable}: the open attempt that can be continued;
     * {@code block}: why no new attempt may start ({@code NONE} when one may); {@code failures}:
     * what the best finished attempt missed when none passed.
     */
    public record Line(String scenario, boolean available, int used, Integer allowed, Integer left, State state,
                       StoredRecord resumable, AssignmentRules.Block block, boolean late,
                       List<AssignmentRules.Check> failures) {
        public Line {
            failures = List.copyOf(failures);
        }

        public boolean canStart() {
            return available && block == AssignmentRules.Block.NONE;
        }

        public boolean canResume() {
            return available && resumable != null;
        }
    }

    private final Assignment assignment;
    private final AssignmentRules rules;
    private final List<Line> lines;

    /**
     * {@code stored}: the trainee's records as read from the store (any status); {@code playable}:
     * whether this game can play a scenario now.
     */
    public AssignmentBoard(Assignment assignment, List<StoredRecord> stored, Predicate<String> playable) {
        this.assignment = assignment;
        this.rules = new AssignmentRules(assignment);
        List<SessionRecord> records = stored.stream().map(StoredRecord::record).filter(Objects::nonNull).toList();
        Map<String, StoredRecord> byId = new HashMap<>();
        for (StoredRecord s : stored) if (s.record() != null && s.record().id() != null) byId.putIfAbsent(s.record().id(), s);
        List<Line> out = new ArrayList<>();
        for (String scenario : assignment.scenarios()) out.add(line(scenario, records, byId, playable.test(scenario)));
        this.lines = List.copyOf(out);
    }

    private Line line(String scenario, List<SessionRecord> records, Map<String, StoredRecord> byId, boolean available) {
        AssignmentRules.Attempts a = rules.attempts(scenario, records);
        List<SessionRecord> made = rules.attemptsAt(scenario, records);
        // As in the report: only the first attempts up to the limit count.
        List<SessionRecord> counted = a.allowed() == null ? made : made.subList(0, Math.min(made.size(), a.allowed()));
        boolean passed = false, finished = false, late = false;
        AssignmentRules.Outcome best = null;
        for (SessionRecord r : counted) {
            StoredRecord s = byId.get(r.id());
            if (s == null) continue;
            late |= rules.late(r);
            AssignmentRules.Outcome o = rules.judge(s);
            boolean done = s.profile() != null && s.profile().finished();
            if (o.passed()) passed = true;
            if (done) {
                finished = true;
                if (best == null || o.failures().size() <= best.failures().size()) best = o;
            }
        }
        State state = passed ? State.PASSED : finished ? State.NOT_PASSED : made.isEmpty() ? State.NOT_STARTED : State.IN_PROGRESS;
        StoredRecord resumable = a.unfinished() == null ? null : byId.get(a.unfinished().id());
        if (resumable != null && (resumable.status() != RecordStatus.OK || resumable.transcript() == null)) resumable = null;
        List<AssignmentRules.Check> failures = passed || best == null ? List.of() : best.failures();
        return new Line(scenario, available, a.used(), a.allowed(), a.left(), state, resumable, a.block(), late, failures);
    }

    public Assignment assignment() {
        return assignment;
    }

    public AssignmentRules rules() {
        return rules;
    }

    public List<Line> lines() {
        return lines;
    }

    public Line line(String scenario) {
        return lines.stream().filter(l -> l.scenario().equals(scenario)).findFirst().orElse(null);
    }

    /** Every scenario passed. */
    public boolean passed() {
        return !lines.isEmpty() && lines.stream().allMatch(l -> l.state() == State.PASSED);
    }

    public boolean overdue(LocalDate today) {
        return rules.overdue(today);
    }
}
