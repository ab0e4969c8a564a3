package nl.coachdans.scoring;

import nl.coachdans.engine.ClientState;
import nl.coachdans.engine.History;
import nl.coachdans.engine.Transcript;
import nl.coachdans.engine.Rubric;
import nl.coachdans.engine.Turn;
import nl.coachdans.scenario.Choice;
import nl.coachdans.scenario.ChoiceIndex;
import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scenario.Framework;
import nl.coachdans.scenario.Lead;
import nl.coachdans.scenario.Need;
import nl.coachdans.scenario.Node;
import nl.coachdans.scenario.Quality;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scenario.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Computes a {@link ScoreProfile} from a transcript; the only place scores come from. */
public final class Scorer {
    private final Curriculum curriculum;

    public Scorer(Curriculum curriculum) {
        this.curriculum = curriculum;
    }

    public ScoreProfile score(Scenario scenario, Transcript transcript) {
        return score(scenario, transcript, new Rubric(scenario, curriculum));
    }

    /** Scores with a rubric already compiled for this scenario (it is the costly part for many records). */
    public ScoreProfile score(Scenario scenario, Transcript transcript, Rubric rubric) {
        int n = rubric.steps().size();
        Integer[] stepTurn = new Integer[n];
        boolean[] stepInOrder = new boolean[n];
        History history = History.EMPTY;
        List<RiskEvent> events = new ArrayList<>();
        List<ClientState> trajectory = new ArrayList<>();
        trajectory.add(transcript.start());
        int judged = 0, inTune = 0, coachLed = 0, shared = 0, clientLed = 0;
        ChoiceIndex index = null; // only when a turn's choice is not at its node (an older version)

        for (Turn t : transcript.turns()) {
            Rubric.Judgement j = rubric.judge(history, t.choice());
            long f = j.newSteps();
            while (f != 0) {
                int i = Long.numberOfTrailingZeros(f);
                f &= f - 1;
                stepTurn[i] = t.number();
                stepInOrder[i] = (j.outOfOrder() & (1L << i)) == 0;
            }
            history = history.after(rubric, j);
            for (int k = 0; k < j.risks().size(); k++) {
                int r = j.risks().get(k);
                Rubric.Item item = rubric.risks().get(r);
                events.add(new RiskEvent(item.framework(), item.id(), t.number(), rubric.riskDefinition(r).severity(),
                        t.choice(), j.isByOrder(k), rubric.stepIds(j.skipped().get(k))));
            }
            trajectory.add(t.after());
            Node at = scenario.node(t.node());
            Choice c = takenAt(at, t.choice());
            if (c == null) {
                if (index == null) index = new ChoiceIndex(scenario);
                c = index.choice(t.choice());
            }
            Need need = at == null ? null : at.needs();
            if (c != null && c.move() != null) {
                if (c.move().lead() == Lead.COACH) coachLed++;
                else if (c.move().lead() == Lead.CLIENT) clientLed++;
                else shared++;
                if (need != null && !need.isEmpty()) {
                    judged++;
                    if (need.fits(c.move())) inTune++;
                }
            }
        }

        Map<Axis, Band> bands = new LinkedHashMap<>();
        List<FrameworkResult> results = new ArrayList<>();
        for (Framework fw : rubric.frameworks()) {
            List<StepResult> steps = new ArrayList<>();
            for (Rubric.Item s : rubric.steps()) {
                if (!s.framework().equals(fw.id())) continue;
                Integer turn = stepTurn[s.index()];
                steps.add(new StepResult(fw.id(), s.id(), turn != null, turn, turn != null && stepInOrder[s.index()]));
            }
            List<RiskEvent> fwRisks = events.stream().filter(e -> e.framework().equals(fw.id())).toList();
            Band stepsBand = stepsBand(steps, fw.ordered());
            Band risksBand = risksBand(fwRisks);
            bands.put(Axis.steps(fw.id()), stepsBand);
            bands.put(Axis.risks(fw.id()), risksBand);
            results.add(new FrameworkResult(fw.id(), steps, fwRisks, stepsBand, risksBand));
        }
        if (transcript.ending() != null) bands.put(Axis.ENDING, endingBand(transcript.ending()));
        DanceMeasures dance = new DanceMeasures(transcript.turns().size(), judged, inTune, coachLed, shared, clientLed);
        if (judged > 0) bands.put(Axis.DANCE, danceBand(dance));
        List<RiskEvent> critical = events.stream().filter(e -> e.severity() == Severity.CRITICAL).toList();
        return new ScoreProfile(scenario.id(), scenario.version(), transcript.endingNode(), transcript.ending(),
                results, events, critical, trajectory, dance, bands);
    }

    /** The choice with this id at the node, or null. */
    private static Choice takenAt(Node node, String choiceId) {
        if (node == null) return null;
        for (Choice c : node.choices()) if (Objects.equals(c.id(), choiceId)) return c;
        return null;
    }

    /** All steps in order: competent; all but out of order, or at least half: developing. */
    static Band stepsBand(List<StepResult> steps, boolean ordered) {
        if (steps.isEmpty()) return Band.BEKWAAM;
        long reached = steps.stream().filter(StepResult::reached).count();
        boolean inOrder = steps.stream().allMatch(s -> !s.reached() || s.inOrder());
        if (reached == steps.size() && (inOrder || !ordered)) return Band.BEKWAAM;
        if (reached * 2 >= steps.size()) return Band.IN_ONTWIKKELING;
        return Band.NOG_NIET;
    }

    /** No risk: competent; one warning: developing; more, or any critical risk: not yet. */
    static Band risksBand(List<RiskEvent> risks) {
        if (risks.stream().anyMatch(r -> r.severity() == Severity.CRITICAL)) return Band.NOG_NIET;
        if (risks.isEmpty()) return Band.BEKWAAM;
        return risks.size() == 1 ? Band.IN_ONTWIKKELING : Band.NOG_NIET;
    }

    static Band endingBand(Quality q) {
        return switch (q) {
            case BEST, GOOD -> Band.BEKWAAM;
            case MIXED -> Band.IN_ONTWIKKELING;
            case POOR -> Band.NOG_NIET;
        };
    }

    static Band danceBand(DanceMeasures d) {
        double fit = d.fit();
        if (fit >= 0.75) return Band.BEKWAAM;
        if (fit >= 0.5) return Band.IN_ONTWIKKELING;
        return Band.NOG_NIET;
    }
}
