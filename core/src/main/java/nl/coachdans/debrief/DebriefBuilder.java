package nl.coachdans.debrief;

import nl.coachdans.engine.Session;
import nl.coachdans.engine.Transcript;
import nl.coachdans.engine.Turn;
import nl.coachdans.scenario.Choice;
import nl.coachdans.scenario.ChoiceIndex;
import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scenario.Need;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scenario.Severity;
import nl.coachdans.scoring.Axis;
import nl.coachdans.scoring.Band;
import nl.coachdans.scoring.FrameworkResult;
import nl.coachdans.scoring.RiskEvent;
import nl.coachdans.engine.History;
import nl.coachdans.engine.Rubric;
import nl.coachdans.scoring.ScoreProfile;
import nl.coachdans.scoring.Scorer;
import nl.coachdans.scoring.StepResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the debrief of a session from its transcript; everything is recomputed, nothing stored. */
public final class DebriefBuilder {
    private static final int CRITICAL_WEIGHT = 6, RISK_WEIGHT = 3, STEP_WEIGHT = 2, FIT_WEIGHT = 1;

    private final Curriculum curriculum;

    public DebriefBuilder(Curriculum curriculum) {
        this.curriculum = curriculum;
    }

    /**
     * @param selfRatings the trainee's own bands, keyed {@code framework/step} (may be empty)
     * @param others      the scenarios to suggest a next one from
     */
    public Debrief build(Scenario scenario, Transcript transcript, Map<String, Band> selfRatings, List<ScenarioCard> others) {
        ScoreProfile profile = new Scorer(curriculum).score(scenario, transcript);
        List<SelfRating> ratings = new ArrayList<>();
        for (FrameworkResult fr : profile.frameworks()) {
            for (StepResult s : fr.steps()) {
                Band computed = !s.reached() ? Band.NOG_NIET : s.inOrder() ? Band.BEKWAAM : Band.IN_ONTWIKKELING;
                ratings.add(new SelfRating(fr.framework(), s.id(), selfRatings.get(SelfRatings.key(fr.framework(), s.id())), computed));
            }
        }
        List<Advice> practise = practise(profile);
        return new Debrief(profile, ratings, turningPoints(scenario, transcript), practise,
                nextScenario(scenario, profile, practise, others));
    }

    /** The two or three turns where the choice mattered most. */
    List<TurningPoint> turningPoints(Scenario scenario, Transcript transcript) {
        Rubric rubric = new Rubric(scenario, curriculum);
        ChoiceIndex index = new ChoiceIndex(scenario);
        Set<String> expert = Set.copyOf(scenario.expert());
        record Scored(TurningPoint point, int gain) { }
        List<Scored> candidates = new ArrayList<>();
        History history = History.EMPTY;
        List<String> prefix = new ArrayList<>();
        for (Turn t : transcript.turns()) {
            Need need = scenario.node(t.node()).needs();
            int chosenWeight = 0, bestOther = Integer.MIN_VALUE, worstOther = Integer.MAX_VALUE;
            List<Alternative> options = new ArrayList<>();
            Session before = Session.replay(rubric, transcript.seed(), prefix);
            for (String id : t.available()) {
                Choice c = index.choice(id);
                Rubric.Judgement j = rubric.judge(history, id);
                int w = weight(rubric, j, need, c);
                if (id.equals(t.choice())) chosenWeight = w;
                else {
                    bestOther = Math.max(bestOther, w);
                    worstOther = Math.min(worstOther, w);
                }
                options.add(alternative(transcript.seed(), prefix, before, c, rubric, j, id.equals(t.choice()), expert.contains(id)));
            }
            history = history.after(rubric, rubric.judge(history, t.choice()));
            prefix.add(t.choice());
            if (options.size() < 2) continue;
            if (bestOther > chosenWeight) {
                candidates.add(new Scored(new TurningPoint(t.number(), t.node(), TurningPoint.Reason.BETTER_OPTION, options),
                        1000 + bestOther - chosenWeight));
            } else if (worstOther < chosenWeight && options.stream().anyMatch(a -> !a.chosen() && !a.risks().isEmpty())) {
                candidates.add(new Scored(new TurningPoint(t.number(), t.node(), TurningPoint.Reason.RISK_AVOIDED, options),
                        chosenWeight - worstOther));
            }
        }
        int keep = transcript.turns().size() <= 6 ? 2 : 3;
        List<TurningPoint> chosen = candidates.stream()
                .sorted(Comparator.comparingInt(Scored::gain).reversed().thenComparingInt(s -> s.point().turn()))
                .limit(keep)
                .map(Scored::point)
                .sorted(Comparator.comparingInt(TurningPoint::turn))
                .toList();
        // The search for the best ending still within reach is the costly part: only for the points kept.
        List<TurningPoint> out = new ArrayList<>();
        for (TurningPoint tp : chosen) {
            List<String> before = transcript.choices().subList(0, tp.turn() - 1);
            List<Alternative> options = new ArrayList<>();
            for (Alternative a : tp.options()) {
                List<String> path = new ArrayList<>(before);
                path.add(a.choice());
                options.add(new Alternative(a.choice(), a.chosen(), a.expert(), a.steps(), a.risks(), a.stateChange(),
                        a.clientAnswer(), a.leadsTo(), Outlook.best(rubric, transcript.seed(), path)));
            }
            out.add(new TurningPoint(tp.turn(), tp.node(), tp.reason(), options));
        }
        return out;
    }

    /** Higher is better: steps reached and a fitting move count for, risks against. */
    private static int weight(Rubric rubric, Rubric.Judgement j, Need need, Choice c) {
        int w = Long.bitCount(j.newSteps()) * STEP_WEIGHT;
        for (int r : j.risks()) {
            w -= rubric.riskDefinition(r).severity() == Severity.CRITICAL ? CRITICAL_WEIGHT : RISK_WEIGHT;
        }
        if (need != null && !need.isEmpty() && c != null && need.fits(c.move())) w += FIT_WEIGHT;
        return w;
    }

    /** One option of a turn; {@code before} is the session replayed up to that turn (the same for all its options). */
    private static Alternative alternative(long seed, List<String> prefix, Session before, Choice c, Rubric rubric,
                                           Rubric.Judgement j, boolean chosen, boolean expert) {
        List<String> steps = new ArrayList<>();
        long f = j.newSteps();
        while (f != 0) {
            int i = Long.numberOfTrailingZeros(f);
            f &= f - 1;
            Rubric.Item s = rubric.steps().get(i);
            steps.add(s.framework() + "/" + s.id());
        }
        List<String> risks = new ArrayList<>();
        for (int r : j.risks()) {
            Rubric.Item item = rubric.risks().get(r);
            risks.add(item.framework() + "/" + item.id());
        }
        List<String> path = new ArrayList<>(prefix);
        path.add(c.id());
        Session after = Session.replay(rubric, seed, path);
        Map<String, Integer> change = new LinkedHashMap<>();
        after.state().values().forEach((k, v) -> {
            int d = v - before.state().get(k);
            if (d != 0) change.put(k, d);
        });
        // The best ending still within reach is searched for later, only for the turning points kept.
        return new Alternative(c.id(), chosen, expert, steps, risks, change, after.current().text(), after.current().id(), null);
    }

    /** At most two things to practise, the weightiest first. */
    static List<Advice> practise(ScoreProfile p) {
        List<Advice> out = new ArrayList<>();
        for (RiskEvent r : p.critical()) add(out, new Advice(Advice.Kind.CRITICAL_RISK, r.framework(), r.id(), r.turn()));
        for (RiskEvent r : p.risks()) {
            if (r.severity() != Severity.CRITICAL) add(out, new Advice(Advice.Kind.RISK, r.framework(), r.id(), r.turn()));
        }
        for (FrameworkResult fr : p.frameworks()) {
            for (StepResult s : fr.steps()) {
                if (!s.reached()) add(out, new Advice(Advice.Kind.MISSED_STEP, fr.framework(), s.id(), 0));
            }
        }
        for (FrameworkResult fr : p.frameworks()) {
            for (StepResult s : fr.steps()) {
                if (s.reached() && !s.inOrder()) add(out, new Advice(Advice.Kind.ORDER, fr.framework(), s.id(), s.turn()));
            }
        }
        if (p.bands().get(Axis.DANCE) == Band.NOG_NIET) add(out, new Advice(Advice.Kind.DANCE, null, "dance", 0));
        return out.size() > 2 ? out.subList(0, 2) : out;
    }

    private static void add(List<Advice> out, Advice a) {
        boolean same = out.stream().anyMatch(o -> o.kind() == a.kind() && java.util.Objects.equals(o.framework(), a.framework())
                && o.id().equals(a.id()));
        if (!same) out.add(a);
    }

    /**
     * Another scenario that practises the first piece of advice's framework, easiest first; with
     * nothing to practise, the next harder scenario.
     */
    static String nextScenario(Scenario current, ScoreProfile p, List<Advice> practise, List<ScenarioCard> others) {
        List<ScenarioCard> rest = others.stream().filter(o -> !o.id().equals(current.id())).toList();
        if (!practise.isEmpty() && practise.get(0).framework() != null) {
            String fw = practise.get(0).framework();
            var match = rest.stream().filter(o -> o.frameworks().contains(fw))
                    .min(Comparator.comparingInt(ScenarioCard::difficulty).thenComparing(ScenarioCard::id));
            if (match.isPresent()) return match.get().id();
        }
        if (!p.finished() || !practise.isEmpty()) return current.id();
        return rest.stream().filter(o -> o.difficulty() >= current.difficulty())
                .min(Comparator.comparingInt(ScenarioCard::difficulty).thenComparing(ScenarioCard::id))
                .map(ScenarioCard::id)
                .orElse(rest.isEmpty() ? null : rest.get(0).id());
    }
}
