package nl.coachdans.progress;

import nl.coachdans.sessions.RecordStatus;
import nl.coachdans.sessions.SessionRecord;
import nl.coachdans.sessions.StoredRecord;
import nl.coachdans.scenario.Severity;
import nl.coachdans.scoring.Axis;
import nl.coachdans.scoring.Band;
import nl.coachdans.scoring.FrameworkResult;
import nl.coachdans.scoring.RiskEvent;
import nl.coachdans.scoring.StepResult;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A self-study learner's growth over their own finished sessions (ok or altered, re-scored): per
 * score axis and per step ({@code framework/step}) the band over time, the risks that come back, and what to practise next.
 * Ids only (framework, step, risk), so a screen can show the names from the frameworks in the
 * learner's language.
 *
 * <p>A step gets a band per session too: reached in order is {@code bekwaam}, reached out of
 * order {@code in-ontwikkeling}, not reached {@code nog-niet}.
 */
public record Progress(
        Map<Axis, List<Point>> bands,
        Map<String, List<Point>> steps,
        List<RecurringRisk> recurring,
        List<Focus> next) {

    /** How many recent sessions "what to practise next" looks at. */
    public static final int WINDOW = 10;

    public Progress {
        bands = copy(bands);
        steps = copy(steps);
        recurring = List.copyOf(recurring);
        next = List.copyOf(next);
    }

    /** One session's band on one axis or step. */
    public record Point(Instant started, String scenario, String record, Band band) { }

    /** A risk committed in two or more sessions: in how many, when last, and in which scenarios. */
    public record RecurringRisk(String framework, String risk, Severity severity, int sessions, Instant last, List<String> scenarios) {
        public RecurringRisk {
            scenarios = List.copyOf(scenarios);
        }
    }

    /** On a tie a risk comes before a missed step: it is something done, not something left out. */
    public enum Kind { RISK, STEP }

    /**
     * Something to practise: a step that was missed or taken out of order, or a risk committed,
     * in {@code weak} of the last {@code of} sessions that could show it; {@code scenario} is where
     * it last went wrong (a good one to replay).
     */
    public record Focus(Kind kind, String framework, String id, Severity severity, int weak, int of,
                        Instant last, String scenario) {
        /** The axis this weak point counts on: its framework's steps or risks. */
        public Axis axis() {
            return kind == Kind.STEP ? Axis.steps(framework) : Axis.risks(framework);
        }
    }

    public static Progress of(Collection<StoredRecord> records) {
        List<StoredRecord> done = records.stream()
                .filter(r -> r.profile() != null && r.profile().finished() && r.record() != null
                        && (r.status() == RecordStatus.OK || r.status() == RecordStatus.ALTERED))
                .sorted(Comparator.comparing((StoredRecord r) -> r.record().started(), Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(r -> r.record().id(), Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        Map<Axis, List<Point>> bands = new TreeMap<>();
        Map<String, List<Point>> steps = new TreeMap<>();
        for (StoredRecord r : done) {
            SessionRecord rec = r.record();
            r.profile().bands().forEach((k, b) -> bands.computeIfAbsent(k, x -> new ArrayList<>())
                    .add(new Point(rec.started(), rec.scenario(), rec.id(), b)));
            for (FrameworkResult fr : r.profile().frameworks()) {
                for (StepResult s : fr.steps()) {
                    steps.computeIfAbsent(fr.framework() + "/" + s.id(), x -> new ArrayList<>())
                            .add(new Point(rec.started(), rec.scenario(), rec.id(), stepBand(s)));
                }
            }
        }
        return new Progress(bands, steps, recurring(done), next(done));
    }

    static Band stepBand(StepResult s) {
        if (!s.reached()) return Band.NOG_NIET;
        return s.inOrder() ? Band.BEKWAAM : Band.IN_ONTWIKKELING;
    }

    private static List<RecurringRisk> recurring(List<StoredRecord> done) {
        final class Seen {
            int sessions;
            Instant last;
            Severity severity;
            final Set<String> scenarios = new LinkedHashSet<>();
        }
        Map<String, Seen> seen = new TreeMap<>();
        for (StoredRecord r : done) {
            Set<String> once = new LinkedHashSet<>();
            for (RiskEvent e : r.profile().risks()) {
                String key = e.framework() + "/" + e.id();
                Seen s = seen.computeIfAbsent(key, k -> new Seen());
                s.severity = e.severity();
                if (once.add(key)) {
                    s.sessions++;
                    s.scenarios.add(r.record().scenario());
                    s.last = later(s.last, r.record().started());
                }
            }
        }
        List<RecurringRisk> out = new ArrayList<>();
        seen.forEach((key, s) -> {
            if (s.sessions < 2) return;
            int slash = key.indexOf('/');
            out.add(new RecurringRisk(key.substring(0, slash), key.substring(slash + 1), s.severity, s.sessions, s.last,
                    List.copyOf(s.scenarios)));
        });
        out.sort(Comparator.comparing((RecurringRisk r) -> r.severity() != Severity.CRITICAL).thenComparing(r -> -r.sessions())
                .thenComparing(RecurringRisk::last, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(RecurringRisk::framework).thenComparing(RecurringRisk::risk));
        return out;
    }

    /** A tally of one weak point over the recent sessions. */
    private static final class Weak {
        int weak;
        int of;
        Instant last;
        String scenario;
        Severity severity;

        void count(boolean isWeak, SessionRecord rec) {
            of++;
            if (!isWeak) return;
            weak++;
            if (last == null || (rec.started() != null && !rec.started().isBefore(last))) {
                last = rec.started();
                scenario = rec.scenario();
            }
        }
    }

    /**
     * Ranks the weak points of the last {@link #WINDOW} sessions: a critical risk first (it cannot
     * be made up for elsewhere), then what went wrong most often, then most recently.
     */
    private static List<Focus> next(List<StoredRecord> done) {
        List<StoredRecord> recent = done.subList(Math.max(0, done.size() - WINDOW), done.size());
        Map<String, Map<String, Severity>> risksByFramework = new TreeMap<>();
        for (StoredRecord r : recent) {
            for (RiskEvent e : r.profile().risks()) {
                risksByFramework.computeIfAbsent(e.framework(), k -> new TreeMap<>()).put(e.id(), e.severity());
            }
        }
        Map<List<String>, Weak> weak = new LinkedHashMap<>();
        for (StoredRecord r : recent) {
            SessionRecord rec = r.record();
            for (FrameworkResult fr : r.profile().frameworks()) {
                for (StepResult s : fr.steps()) {
                    weak.computeIfAbsent(List.of(Kind.STEP.name(), fr.framework(), s.id()), k -> new Weak())
                            .count(stepBand(s) != Band.BEKWAAM, rec);
                }
                Set<String> committed = new LinkedHashSet<>();
                for (RiskEvent e : fr.risks()) committed.add(e.id());
                risksByFramework.getOrDefault(fr.framework(), Map.of()).forEach((id, severity) -> {
                    Weak w = weak.computeIfAbsent(List.of(Kind.RISK.name(), fr.framework(), id), k -> new Weak());
                    w.severity = severity;
                    w.count(committed.contains(id), rec);
                });
            }
        }
        List<Focus> out = new ArrayList<>();
        weak.forEach((k, w) -> {
            if (w.weak == 0) return;
            Kind kind = Kind.valueOf(k.get(0));
            out.add(new Focus(kind, k.get(1), k.get(2), w.severity, w.weak, w.of, w.last, w.scenario));
        });
        out.sort(Comparator.comparing((Focus f) -> f.severity() != Severity.CRITICAL).thenComparing(f -> -f.weak())
                .thenComparing(Focus::last, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Focus::kind).thenComparing(Focus::framework).thenComparing(Focus::id));
        return out;
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.isAfter(b) ? a : b;
    }

    private static <K> Map<K, List<Point>> copy(Map<K, List<Point>> m) {
        Map<K, List<Point>> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(out);
    }
}
