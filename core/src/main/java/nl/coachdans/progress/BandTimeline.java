package nl.coachdans.progress;

import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scoring.Axis;
import nl.coachdans.scoring.Band;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the progress chart draws: the last sessions in time order as columns, and one row per
 * score axis and per framework step, with the band each session got there or nothing when the
 * session was not scored on it (another framework). Plain Java, so the series are unit-tested.
 */
public record BandTimeline(List<Column> columns, List<Row> axes, List<Row> steps) {
    /** How many sessions the chart shows; older ones still count in the rest of the screen. */
    public static final int SHOWN = 16;

    public BandTimeline {
        columns = List.copyOf(columns);
        axes = List.copyOf(axes);
        steps = List.copyOf(steps);
    }

    /** One session: when it started and on which scenario. */
    public record Column(String record, Instant started, String scenario) { }

    /**
     * One axis ({@code axis}; no {@code id}) or one step ({@code framework}, {@code id}; no
     * {@code axis}), with one cell per column; a cell is null when that session has no band here.
     */
    public record Row(Axis axis, String framework, String id, List<Band> cells) {
        public Row {
            cells = java.util.Collections.unmodifiableList(new ArrayList<>(cells));
        }

        /** How many cells have a band. */
        public int filled() {
            return (int) cells.stream().filter(java.util.Objects::nonNull).count();
        }
    }

    public static BandTimeline of(Progress progress, Curriculum curriculum, int shown) {
        Map<String, Column> sessions = new LinkedHashMap<>();
        List<Progress.Point> all = new ArrayList<>();
        progress.bands().values().forEach(all::addAll);
        progress.steps().values().forEach(all::addAll);
        for (Progress.Point p : all) sessions.putIfAbsent(p.record(), new Column(p.record(), p.started(), p.scenario()));
        List<Column> ordered = sessions.values().stream()
                .sorted(Comparator.comparing(Column::started, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Column::record, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        List<Column> columns = ordered.subList(Math.max(0, ordered.size() - shown), ordered.size());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) index.put(columns.get(i).record(), i);

        List<Row> axes = new ArrayList<>();
        progress.bands().forEach((axis, points) -> axes.add(row(axis, axis.framework(), null, points, index, columns.size())));
        axes.removeIf(r -> r.filled() == 0);
        axes.sort(Comparator.comparing(Row::axis)); // framework axes (steps, then risks), then the ending, then the dance

        List<Row> steps = new ArrayList<>();
        progress.steps().forEach((key, points) -> {
            int slash = key.indexOf('/');
            steps.add(row(null, key.substring(0, slash), key.substring(slash + 1), points, index, columns.size()));
        });
        steps.removeIf(r -> r.filled() == 0);
        steps.sort(Comparator.comparing(Row::framework)
                .thenComparingInt(r -> curriculum.framework(r.framework()).map(f -> f.stepIndex(r.id())).orElse(Integer.MAX_VALUE))
                .thenComparing(Row::id));
        return new BandTimeline(columns, axes, steps);
    }

    private static Row row(Axis axis, String framework, String id, List<Progress.Point> points, Map<String, Integer> index, int n) {
        List<Band> cells = new ArrayList<>(java.util.Collections.nCopies(n, (Band) null));
        for (Progress.Point p : points) {
            Integer i = index.get(p.record());
            if (i != null) cells.set(i, p.band());
        }
        return new Row(axis, framework, id, cells);
    }
}
