package nl.coachdans.dance;

import java.util.List;

/** The dance of a whole session: the starting positions and one figure per turn. */
public record Choreography(String scenario, RosePoint coachStart, RosePoint clientStart, double startDistance, List<DanceFigure> figures) {

    public Choreography {
        figures = List.copyOf(figures);
    }

    public long stumbles() {
        return figures.stream().filter(DanceFigure::stumble).count();
    }

    public long inTune() {
        return figures.stream().filter(f -> Boolean.TRUE.equals(f.inTune())).count();
    }
}
