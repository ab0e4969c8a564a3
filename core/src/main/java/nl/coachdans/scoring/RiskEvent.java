package nl.coachdans.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.coachdans.scenario.Severity;

import java.util.List;

/**
 * A risk committed at a turn. {@code byOrder} is true when the risk follows from the order of the
 * steps (a later step reached before an earlier one) rather than from the choice's own tag; then
 * {@code skipped} names the steps it blames, each blamed once per session.
 */
public record RiskEvent(String framework, String id, int turn, Severity severity, String choice, boolean byOrder,
                        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> skipped) {

    public RiskEvent {
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
    }
}
