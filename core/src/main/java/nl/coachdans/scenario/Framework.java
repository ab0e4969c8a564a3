package nl.coachdans.scenario;

import java.util.List;
import java.util.Optional;

/**
 * A coaching model from a source text: its steps (in order when {@code ordered}), its risks and
 * its labels. When {@code skipRisk} is set, reaching a step while an earlier one is still missing
 * commits that risk (for example "going too fast").
 */
public record Framework(
        String id,
        int version,
        LocalizedText title,
        LocalizedText summary,
        SourceRef source,
        boolean ordered,
        String skipRisk,
        List<Step> steps,
        List<Risk> risks,
        List<Label> labels) {

    public Framework {
        steps = steps == null ? List.of() : List.copyOf(steps);
        risks = risks == null ? List.of() : List.copyOf(risks);
        labels = labels == null ? List.of() : List.copyOf(labels);
    }

    public Optional<Step> step(String stepId) {
        return steps.stream().filter(s -> java.util.Objects.equals(s.id(), stepId)).findFirst();
    }

    public Optional<Risk> risk(String riskId) {
        return risks.stream().filter(r -> java.util.Objects.equals(r.id(), riskId)).findFirst();
    }

    public Optional<Label> label(String labelId) {
        return labels.stream().filter(l -> java.util.Objects.equals(l.id(), labelId)).findFirst();
    }

    public int stepIndex(String stepId) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(stepId)) return i;
        }
        return -1;
    }
}
