package nl.coachdans.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the conduct of a path allows its ending to be (checked by the linter): whether a path that
 * committed a critical risk may reach a best ending, and from how many warning-level risk events on
 * a path may end no better than mixed. Fields left out take the defaults.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConductBounds(Boolean criticalBest, Integer warningsForMixed) {
    public static final ConductBounds DEFAULT = new ConductBounds(false, 2);

    public boolean allowsCriticalBest() {
        return criticalBest != null ? criticalBest : DEFAULT.criticalBest;
    }

    public int warningsForMixedOrWorse() {
        return warningsForMixed != null ? warningsForMixed : DEFAULT.warningsForMixed;
    }
}
