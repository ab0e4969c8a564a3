package nl.coachdans.lint;

import nl.coachdans.scoring.Axis;
import nl.coachdans.engine.Session;
import nl.coachdans.engine.Transcript;
import nl.coachdans.engine.Option;
import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scenario.Fixtures;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scoring.RiskEvent;
import nl.coachdans.scoring.ScoreProfile;
import nl.coachdans.scoring.Scorer;
import nl.coachdans.scoring.StepResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.coachdans.scenario.Fixtures.choice;
import static nl.coachdans.scenario.Fixtures.replaceOnce;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer's witnesses and axis ranges, checked against an independent brute-force walk over
 * every path of voorbeeld with Session and Scorer (voorbeeld has no cycles, so that is finite).
 */
class ExplorerTest {
    private static Curriculum curriculum;
    private static Scenario voorbeeld;
    private static Analysis analysis;
    /** Every finished path of voorbeeld. */
    private static List<List<String>> finishedPaths;
    /** Shortest number of choices after which each step / risk / ending first happens, over all paths. */
    private static Map<String, Integer> shortest;

    @BeforeAll
    static void exploreVoorbeeld() {
        curriculum = Fixtures.curriculum();
        voorbeeld = Fixtures.voorbeeld();
        analysis = new Explorer(curriculum).explore(voorbeeld);
        finishedPaths = new ArrayList<>();
        shortest = new HashMap<>();
        walk(new ArrayList<>());
    }

    private static void walk(List<String> prefix) {
        Session s = Session.replay(voorbeeld, curriculum, 0, prefix);
        if (!prefix.isEmpty()) {
            ScoreProfile p = new Scorer(curriculum).score(voorbeeld, s.transcript());
            for (StepResult st : p.frameworks().get(0).steps()) {
                if (st.reached()) shortest.merge("step:" + st.id(), st.turn(), Math::min);
            }
            for (RiskEvent r : p.risks()) shortest.merge("risk:" + r.id(), r.turn(), Math::min);
        }
        if (s.ended()) {
            finishedPaths.add(List.copyOf(prefix));
            shortest.merge("ending:" + s.current().id(), prefix.size(), Math::min);
            return;
        }
        for (Option c : s.choices()) {
            List<String> next = new ArrayList<>(prefix);
            next.add(c.id());
            walk(next);
        }
    }

    private static ScoreProfile play(Scenario sc, List<String> choices) {
        Transcript t = Session.replay(sc, curriculum, 0, choices).transcript();
        return new Scorer(curriculum).score(sc, t);
    }

    @Test
    void explorationOfVoorbeeldIsComplete() {
        assertThat(analysis.scenario()).isEqualTo("voorbeeld");
        assertThat(analysis.complete()).isTrue();
        assertThat(analysis.stuck()).isEmpty();
        assertThat(analysis.configurations()).isPositive();
        assertThat(finishedPaths).hasSizeGreaterThan(20);
    }

    @Test
    void everyStepHasAShortestWitnessThatReachesIt() {
        assertThat(analysis.steps()).extracting(Analysis.Target::id).containsExactly("doel", "werkelijkheid", "opties", "wil");
        for (Analysis.Target t : analysis.steps()) {
            assertThat(t.reachable()).as(t.id()).isTrue();
            assertThat(t.witness()).as("witness of step %s is shortest", t.id()).hasSize(shortest.get("step:" + t.id()));
            StepResult reached = play(voorbeeld, t.witness()).frameworks().get(0).steps().stream()
                    .filter(s -> s.id().equals(t.id())).findFirst().orElseThrow();
            assertThat(reached.reached()).as("replaying %s reaches step %s", t.witness(), t.id()).isTrue();
            assertThat(reached.turn()).as("reached at the witness's last choice").isEqualTo(t.witness().size());
        }
    }

    @Test
    void everyRiskHasAShortestWitnessThatCommitsIt() {
        // Which shortest witness is found first is the explorer's tie-breaking; what a witness does is not.
        assertThat(analysis.risks()).extracting(Analysis.Target::id).containsExactly("oplossing-te-vroeg", "oordeel");
        for (Analysis.Target t : analysis.risks()) {
            assertThat(t.reachable()).as(t.id()).isTrue();
            assertThat(t.framework()).isEqualTo("mini-grow");
            assertThat(t.witness()).as("witness of risk %s is shortest", t.id()).hasSize(shortest.get("risk:" + t.id()));
            assertThat(play(voorbeeld, t.witness()).risks())
                    .as("replaying %s commits %s at its last choice", t.witness(), t.id())
                    .anyMatch(r -> r.id().equals(t.id()) && r.turn() == t.witness().size());
        }
    }

    @Test
    void everyEndingHasAShortestWitnessThatEndsThere() {
        assertThat(analysis.endings()).extracting(Analysis.Target::id, Analysis.Target::quality).containsExactly(
                org.assertj.core.groups.Tuple.tuple("einde-best", "best"),
                org.assertj.core.groups.Tuple.tuple("einde-half", "mixed"),
                org.assertj.core.groups.Tuple.tuple("einde-afgehaakt", "poor"));
        for (Analysis.Target t : analysis.endings()) {
            assertThat(t.witness()).as("witness of ending %s is shortest", t.id()).hasSize(shortest.get("ending:" + t.id()));
            ScoreProfile p = play(voorbeeld, t.witness());
            assertThat(p.endingNode()).isEqualTo(t.id());
            assertThat(p.ending().code()).isEqualTo(t.quality());
        }
    }

    @Test
    void axesSpanExactlyTheValuesOfAllFinishedPaths() {
        int stepsMin = Integer.MAX_VALUE, stepsMax = -1, risksMin = Integer.MAX_VALUE, risksMax = -1, qMin = 9, qMax = -1;
        for (List<String> path : finishedPaths) {
            ScoreProfile p = play(voorbeeld, path);
            int steps = (int) p.frameworks().get(0).steps().stream().filter(StepResult::reached).count();
            int risks = p.risks().size();
            stepsMin = Math.min(stepsMin, steps);
            stepsMax = Math.max(stepsMax, steps);
            risksMin = Math.min(risksMin, risks);
            risksMax = Math.max(risksMax, risks);
            qMin = Math.min(qMin, p.ending().rank());
            qMax = Math.max(qMax, p.ending().rank());
        }
        assertThat(analysis.axes()).containsOnlyKeys(Axis.steps("mini-grow"), Axis.risks("mini-grow"), Axis.ENDING);
        assertThat(analysis.axes().get(Axis.steps("mini-grow"))).isEqualTo(new Analysis.Range(stepsMin, stepsMax, true));
        assertThat(analysis.axes().get(Axis.risks("mini-grow"))).isEqualTo(new Analysis.Range(risksMin, risksMax, true));
        assertThat(analysis.axes().get(Axis.ENDING)).isEqualTo(new Analysis.Range(qMin, qMax, true));
        // and the values themselves, as a readable anchor
        assertThat(analysis.axes().get(Axis.steps("mini-grow"))).isEqualTo(new Analysis.Range(0, 4, true));
        assertThat(analysis.axes().get(Axis.risks("mini-grow")).min()).isZero();
        assertThat(analysis.axes().get(Axis.ENDING)).isEqualTo(new Analysis.Range(0, 3, true));
    }

    @Test
    void cycleThatCommitsARiskMakesTheRiskAxisUnbounded() {
        // From dicht the coach may go back to open, where open-oordeel (a critical risk) leads to dicht again.
        String yaml = replaceOnce(Fixtures.voorbeeldText(), "        next: einde-afgehaakt\n  situatie:",
                "        next: einde-afgehaakt\n" + choice("dicht-terug", "open", null) + "  situatie:");
        Analysis a = new Explorer(curriculum).explore(Fixtures.scenario(yaml));
        assertThat(a.complete()).isTrue();
        Analysis.Range risks = a.axes().get(Axis.risks("mini-grow"));
        assertThat(risks.min()).isZero();
        assertThat(risks.max()).as("unbounded").isNull();
        assertThat(a.stuck()).isEmpty();
    }

    @Test
    void cycleWithoutRisksKeepsTheRiskAxisBounded() {
        // A harmless loop at situatie: asking again commits nothing.
        String yaml = replaceOnce(Fixtures.voorbeeldText(), "        next: opties\n  opties:",
                "        next: opties\n" + choice("situatie-nogmaals", "situatie", null) + "  opties:");
        Analysis a = new Explorer(curriculum).explore(Fixtures.scenario(yaml));
        assertThat(a.axes().get(Axis.risks("mini-grow"))).isEqualTo(analysis.axes().get(Axis.risks("mini-grow")));
        assertThat(a.axes().get(Axis.risks("mini-grow")).max()).isNotNull();
    }

    @Test
    @Timeout(10)
    void exceededBudgetMarksTheAnalysisIncomplete() {
        Analysis a = new Explorer(curriculum, 3).explore(voorbeeld);
        assertThat(a.complete()).isFalse();
        assertThat(a.configurations()).isLessThanOrEqualTo(3);
    }

    @Test
    void budgetLargeEnoughForEveryConfigurationFindsTheSameEvidence() {
        Analysis a = new Explorer(curriculum, analysis.configurations()).explore(voorbeeld);
        assertThat(a.complete()).isTrue();
        assertThat(a.steps()).isEqualTo(analysis.steps());
        assertThat(a.risks()).isEqualTo(analysis.risks());
        assertThat(a.endings()).isEqualTo(analysis.endings());
        assertThat(a.stuck()).isEqualTo(analysis.stuck());
    }

    @Test
    void axesThatCouldNotBeEnumeratedAreSafeBounds() {
        // Enough budget for the conversation states, too little to enumerate step histories.
        Analysis a = new Explorer(curriculum, analysis.configurations()).explore(voorbeeld);
        assertSafeBounds(a);
    }

    @Test
    void axesOfAnAnalysisThatRanOutOfBudgetAreStillSafeBounds() {
        Analysis a = new Explorer(curriculum, 3).explore(voorbeeld);
        assertThat(a.complete()).isFalse();
        assertSafeBounds(a);
    }

    /** Every axis is either exact (equal to the true range) or a bound that contains it. */
    private static void assertSafeBounds(Analysis a) {
        for (Map.Entry<Axis, Analysis.Range> e : analysis.axes().entrySet()) {
            Analysis.Range truth = e.getValue();
            Analysis.Range got = a.axes().get(e.getKey());
            assertThat(got).as("axis %s is reported", e.getKey()).isNotNull();
            if (got.exact()) {
                assertThat(got).as("exact axis %s", e.getKey()).isEqualTo(truth);
            } else {
                assertThat(got.min()).as("lower bound of %s", e.getKey()).isLessThanOrEqualTo(truth.min());
                if (got.max() != null) assertThat(got.max()).as("upper bound of %s (%s)", e.getKey(), got).isGreaterThanOrEqualTo(truth.max());
            }
        }
    }

    @Test
    void incompleteAnalysisDoesNotClaimThatPathsGetStuck() {
        // voorbeeld has no place to get stuck; running out of budget must not invent one.
        Analysis a = new Explorer(curriculum, 3).explore(voorbeeld);
        assertThat(a.stuck()).as("stuck reports from a partial exploration").isEmpty();
    }
}
