package nl.coachdans.scoring;

import nl.coachdans.scenario.Severity;

/**
 * A risk committed at a turn. {@code byOrder} is true when the risk follows from the order of the
 * steps (a later step reached before an earlier one) rather than from the choice's own tag.
 */
public record RiskEvent(String framework, String id, int turn, Severity severity, String choice, boolean byOrder) {
}
