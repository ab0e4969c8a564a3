package nl.coachdans.scoring;

import java.util.List;

/** The steps reached and risks committed for one framework, with a band for each. */
public record FrameworkResult(String framework, List<StepResult> steps, List<RiskEvent> risks, Band stepsBand, Band risksBand) {

    public FrameworkResult {
        steps = List.copyOf(steps);
        risks = List.copyOf(risks);
    }
}
