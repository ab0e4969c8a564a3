package nl.coachdans.classreport;

import nl.coachdans.sessions.Annotation;
import nl.coachdans.catalog.ScenarioSource;
import nl.coachdans.sessions.StoredRecord;
import nl.coachdans.engine.Turn;
import nl.coachdans.scenario.Choice;
import nl.coachdans.scenario.LocalizedText;
import nl.coachdans.scenario.Risk;
import nl.coachdans.scoring.Axis;
import nl.coachdans.scoring.Band;
import nl.coachdans.scoring.RiskEvent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The figures of a class report over the sessions that count: the most common risks and where,
 * self-rating against the computed band, and the study marks.
 */
final class ClassFigures {
    /** A counted session and the student it is reported under. */
    record Session(String student, StoredRecord stored) { }

    /** Names and texts from the scenarios, looked up once per scenario. */
    static final class Names {
        private final ScenarioSource source;
        private final Map<String, Optional<ScenarioSource.Playable>> playables = new HashMap<>();

        Names(ScenarioSource source) {
            this.source = source;
        }

        Optional<ScenarioSource.Playable> playable(String id) {
            return playables.computeIfAbsent(id, source::find);
        }

        List<ClassReport.ScenarioInfo> scenarioInfos(List<String> ids) {
            return ids.stream().map(id -> playable(id)
                    .map(p -> new ClassReport.ScenarioInfo(id, p.scenario().version(), p.scenario().title(), source.contentOrigin(id)))
                    .orElse(new ClassReport.ScenarioInfo(id, null, null, null))).toList();
        }

        /** Where the content judging this scenario came from, when not built in; null otherwise. */
        String contentOrigin(String id) {
            return source.contentOrigin(id);
        }

        LocalizedText riskName(String scenario, String framework, String risk) {
            return playable(scenario).flatMap(p -> p.curriculum().framework(framework)).flatMap(f -> f.risk(risk))
                    .map(Risk::name).orElse(null);
        }

        LocalizedText choiceText(String scenario, String choice) {
            if (choice == null) return null;
            return playable(scenario).flatMap(p -> p.scenario().findChoice(choice)).map(Map.Entry::getValue).map(Choice::text).orElse(null);
        }
    }

    /** Calibration lists its axes by key, as the report always has. */
    private static final Comparator<Axis> BY_KEY = Comparator.comparing(Axis::key);

    private final Names names;
    private final List<Session> sessions;

    ClassFigures(Names names, List<Session> sessions) {
        this.names = names;
        this.sessions = List.copyOf(sessions);
    }

    /** Per risk: events, sessions and students, and the decisions (node and choice) that committed it. */
    List<ClassReport.RiskTally> riskTallies() {
        record Key(String scenario, String framework, String risk) { }
        final class Tally {
            int count;
            final Set<String> sessions = new HashSet<>();
            final Set<String> students = new HashSet<>();
            final Map<List<String>, Integer> at = new HashMap<>();
            nl.coachdans.scenario.Severity severity;
        }
        Map<Key, Tally> tallies = new HashMap<>();
        for (Session e : sessions) {
            List<Turn> turns = e.stored().transcript().turns();
            for (RiskEvent ev : e.stored().profile().risks()) {
                Tally t = tallies.computeIfAbsent(new Key(e.stored().record().scenario(), ev.framework(), ev.id()), k -> new Tally());
                t.count++;
                t.severity = ev.severity();
                t.sessions.add(e.stored().record().id());
                t.students.add(e.student());
                String node = ev.turn() >= 1 && ev.turn() <= turns.size() ? turns.get(ev.turn() - 1).node() : null;
                t.at.merge(java.util.Arrays.asList(node, ev.choice()), 1, Integer::sum);
            }
        }
        List<ClassReport.RiskTally> out = new ArrayList<>();
        tallies.forEach((k, t) -> {
            List<ClassReport.Decision> at = t.at.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<List<String>, Integer> x) -> -x.getValue())
                            .thenComparing(x -> String.valueOf(x.getKey().get(0))).thenComparing(x -> String.valueOf(x.getKey().get(1))))
                    .map(x -> new ClassReport.Decision(x.getKey().get(0), x.getKey().get(1), names.choiceText(k.scenario(), x.getKey().get(1)), x.getValue()))
                    .toList();
            out.add(new ClassReport.RiskTally(k.scenario(), k.framework(), k.risk(), t.severity, names.riskName(k.scenario(), k.framework(), k.risk()),
                    t.count, t.sessions.size(), t.students.size(), at));
        });
        out.sort(Comparator.comparing((ClassReport.RiskTally r) -> -r.count()).thenComparing(r -> -r.sessions())
                .thenComparing(ClassReport.RiskTally::scenario).thenComparing(ClassReport.RiskTally::framework)
                .thenComparing(ClassReport.RiskTally::risk));
        return out;
    }

    /** Per student and axis: self-ratings under, at and over the recomputed band. */
    private Map<String, Map<Axis, ClassReport.CalibrationCount>> calibrationCounts() {
        Map<String, Map<Axis, ClassReport.CalibrationCount>> out = new TreeMap<>(ClassReportBuilder.NAMES);
        for (Session e : sessions) {
            Map<Axis, ClassReport.CalibrationCount> keys = out.computeIfAbsent(e.student(), k -> new TreeMap<>(BY_KEY));
            Map<Axis, Band> computed = e.stored().profile().bands();
            e.stored().record().reflection().selfRatings().forEach((key, code) -> {
                Band self = Band.fromCode(code);
                Axis axis = Axis.fromKey(key).orElse(null);
                Band actual = axis == null ? null : computed.get(axis);
                if (self == null || actual == null) return; // not a band, or an axis this session did not get
                int d = Integer.compare(self.ordinal(), actual.ordinal());
                keys.merge(axis, new ClassReport.CalibrationCount(axis, d < 0 ? 1 : 0, d == 0 ? 1 : 0, d > 0 ? 1 : 0),
                        ClassReport.CalibrationCount::plus);
            });
        }
        return out;
    }

    List<ClassReport.Calibration> calibration() {
        List<ClassReport.Calibration> out = new ArrayList<>();
        calibrationCounts().forEach((name, keys) -> {
            if (keys.isEmpty()) return;
            ClassReport.CalibrationCount total = keys.values().stream()
                    .reduce(new ClassReport.CalibrationCount(null, 0, 0, 0), ClassReport.CalibrationCount::plus);
            out.add(new ClassReport.Calibration(name, List.copyOf(keys.values()), total));
        });
        return out;
    }

    List<ClassReport.CalibrationCount> calibrationTotals() {
        Map<Axis, ClassReport.CalibrationCount> all = new TreeMap<>(BY_KEY);
        calibrationCounts().values().forEach(m -> m.forEach((k, c) -> all.merge(k, c, ClassReport.CalibrationCount::plus)));
        return List.copyOf(all.values());
    }

    List<ClassReport.AnnotationRow> annotationRows() {
        List<ClassReport.AnnotationRow> out = new ArrayList<>();
        for (Session e : sessions) {
            List<Turn> turns = e.stored().transcript().turns();
            for (Annotation a : e.stored().record().study().annotations()) {
                Turn t = a.turn() >= 1 && a.turn() <= turns.size() ? turns.get(a.turn() - 1) : null;
                out.add(new ClassReport.AnnotationRow(e.student(), e.stored().record().scenario(), e.stored().record().id(), a.turn(),
                        t == null ? null : t.node(), t == null ? null : t.choice(), a.reaction(), a.note()));
            }
        }
        out.sort(Comparator.comparing(ClassReport.AnnotationRow::scenario).thenComparingInt(ClassReport.AnnotationRow::turn)
                .thenComparing(ClassReport.AnnotationRow::student, ClassReportBuilder.NAMES)
                .thenComparing(r -> r.reaction() == null ? -1 : r.reaction().ordinal())
                .thenComparing(r -> Objects.toString(r.note(), "")));
        return out;
    }

    List<ClassReport.AnnotationTally> annotationTallies(List<ClassReport.AnnotationRow> rows) {
        Map<List<String>, int[]> counts = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> Objects.toString(k.get(1), "")).thenComparing(k -> Objects.toString(k.get(2), "")));
        for (ClassReport.AnnotationRow r : rows) {
            if (r.reaction() == null || r.node() == null) continue; // a mark on a turn the session does not have
            counts.computeIfAbsent(java.util.Arrays.asList(r.scenario(), r.node(), r.choice()), k -> new int[3])[r.reaction().ordinal()]++;
        }
        List<ClassReport.AnnotationTally> out = new ArrayList<>();
        counts.forEach((k, c) -> out.add(new ClassReport.AnnotationTally(k.get(0), k.get(1), k.get(2), names.choiceText(k.get(0), k.get(2)),
                c[0], c[1], c[2])));
        return out;
    }
}
