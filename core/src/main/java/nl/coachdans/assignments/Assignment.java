package nl.coachdans.assignments;

import nl.coachdans.sessions.Mode;
import com.fasterxml.jackson.annotation.JsonInclude;
import nl.coachdans.scoring.Axis;
import nl.coachdans.scoring.Band;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A trainer's assignment, checked and typed: which scenarios, in which mode, how many attempts per
 * scenario ({@code null}: no limit), what counts as passed, and by when ({@code null}: no date).
 * {@code lrs} (may be null) names the learning record store the game sends results to.
 * Read one with {@link AssignmentReader}; the file shape is documented in docs/trainers.md.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Assignment(
        int format,
        String id,
        String title,
        String trainer,
        List<String> scenarios,
        Mode mode,
        Integer attempts,
        PassCriteria pass,
        LocalDate due,
        AssignmentLrs lrs) {

    /** The assignment format this program reads and writes; a higher number comes from a newer program. */
    public static final int FORMAT = 1;

    public Assignment {
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
        pass = pass == null ? PassCriteria.NONE : pass;
    }

    /**
     * What a session must show to pass: at least the given band on each band key (for example
     * {@code ervaringsleren.steps: bekwaam}), and, when {@code noCriticalRisk} is set, no critical
     * risk at all. A key only applies to scenarios that are scored on it.
     */
    public record PassCriteria(Map<Axis, Band> bands, boolean noCriticalRisk) {
        public static final PassCriteria NONE = new PassCriteria(Map.of(), false);

        public PassCriteria {
            bands = bands == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(bands));
        }
    }

    /** An assignment without a learning record store. */
    public Assignment(int format, String id, String title, String trainer, List<String> scenarios, Mode mode,
                      Integer attempts, PassCriteria pass, LocalDate due) {
        this(format, id, title, trainer, scenarios, mode, attempts, pass, due, null);
    }
}
