package nl.coachdans.scoring;

/** Whether a step of a framework was reached, at which turn (1-based), and whether in order. */
public record StepResult(String framework, String id, boolean reached, Integer turn, boolean inOrder) {
}
