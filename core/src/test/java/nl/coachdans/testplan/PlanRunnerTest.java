package nl.coachdans.testplan;

import nl.coachdans.lint.ContentLibrary;
import nl.coachdans.scenario.ContentReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A plan that does not hold fails at its own line, saying what differed: each kind of line is
 * broken once in a copy of a real plan.
 */
class PlanRunnerTest {
    private static final String PLAN = "leonie-te-snel-hersteld.testplan";
    private static String text;
    private static PlanRunner runner;

    @BeforeAll
    static void load() throws IOException {
        text = java.nio.file.Files.readString(TestPlanTest.PLANS.resolve(PLAN));
        runner = new PlanRunner(ContentLibrary.load(TestPlanTest.ASSETS, new ContentReader(), false));
    }

    /** Runs the plan with one line replaced, and returns how it failed. */
    private static PlanFailure broken(String line, String replacement) {
        assertThat(text).contains(line);
        TestPlan plan = TestPlan.parse(PLAN, text.replaceFirst(java.util.regex.Pattern.quote(line), java.util.regex.Matcher.quoteReplacement(replacement)));
        PlanFailure f = catchThrowableOfType(PlanFailure.class, () -> runner.run(plan));
        assertThat(f).as("the broken plan fails").isNotNull();
        assertThat(f.plan()).isEqualTo(PLAN);
        assertThat(f.getMessage()).startsWith(PLAN + ":" + f.line() + ": ");
        return f;
    }

    private static int lineOf(String line) {
        return text.substring(0, text.indexOf(line)).split("\n", -1).length;
    }

    @Test
    void theUnbrokenPlanHolds() {
        assertThat(runner.run(TestPlan.parse(PLAN, text)).scenario()).isEqualTo("leonie");
    }

    @Test
    void aLineTheClientDoesNotSay() {
        PlanFailure f = broken("line: slapen \"Yes. (silence)", "line: slapen \"No. (silence)");
        assertThat(f.line()).isEqualTo(lineOf("line: slapen"));
        assertThat(f.getMessage()).contains("at node 'slapen' (turn 5)", "does not contain \"No. (silence)", "it reads: \"Yes. (silence)");
    }

    @Test
    void aLineAtAnotherNode() {
        PlanFailure f = broken("line: slapen", "line: verloop");
        assertThat(f.getMessage()).contains("expected the client at node 'verloop'", "at node 'slapen'");
    }

    @Test
    void anOptionSetThatDiffers() {
        PlanFailure f = broken("open-provocatie-koud, open-gehoord", "open-provocatie, open-gehoord");
        assertThat(f.line()).isEqualTo(lineOf("options: open-doel"));
        assertThat(f.getMessage()).contains("not offered [open-provocatie]", "offered but not in the plan [open-provocatie-koud]");
    }

    @Test
    void aSelectionThatIsNotOffered() {
        PlanFailure f = broken("select: open-gehoord", "select: open-provocatie");
        assertThat(f.getMessage()).contains("cannot select 'open-provocatie' at node 'meeting-open' (turn 3)", "open-provocatie-koud");
    }

    @Test
    void anotherEndingOrVariant() {
        assertThat(broken("ending: end-deels mixed", "ending: end-good good").getMessage())
                .contains("expected the ending 'end-good' but the path ends at 'end-deels'");
        assertThat(broken("ending: end-deels mixed", "ending: end-deels good").getMessage()).contains("to be good but it is mixed");
        assertThat(broken("rather guarded\"", "comes back relieved\"").getMessage()).contains("does not contain \"goes in tense and comes back relieved\"");
    }

    @Test
    void stepsRisksAndBandsThatDiffer() {
        PlanFailure steps = broken("herken 2,", "herken 1,");
        assertThat(steps.line()).isEqualTo(lineOf("steps ervaringsleren:"));
        assertThat(steps.getMessage()).contains("herken=turn 1", "herken=turn 2");
        assertThat(broken("verlangen 6", "verlangen 6 (out of order)").getMessage()).contains("verlangen=turn 6 (out of order)");
        PlanFailure risk = broken("valse-hoop turn 8 warning", "valse-hoop turn 8 critical");
        assertThat(risk.line()).isEqualTo(lineOf("risk: ervaringsleren/valse-hoop"));
        assertThat(risk.getMessage()).contains("the plan says ervaringsleren/valse-hoop turn 8 critical, the path has ervaringsleren/valse-hoop turn 8 warning");
        assertThat(broken("risk: ervaringsleren/valse-hoop turn 8 warning\n", "").getMessage())
                .contains("risks the plan does not list: [ervaringsleren/valse-hoop turn 8 warning]");
        assertThat(broken("band risks ervaringsleren: nog-niet", "band risks ervaringsleren: bekwaam").getMessage())
                .contains("band risks ervaringsleren is nog-niet, the plan says bekwaam");
    }

    @Test
    void aPlanMustStateWhatItShowsAndTheWholeProfile() {
        assertThat(catchThrowableOfType(PlanFailure.class, () -> TestPlan.parse(PLAN, text.replace("# shows:", "# about:"))).getMessage())
                .contains("does not say what it shows");
        assertThat(broken("steps ervaringsleren: herken 2, verbind 3, betrokkenheid 4, gebeurtenis 5, verlangen 6\n", "").getMessage())
                .contains("does not state the steps of framework ervaringsleren");
        assertThat(broken("ending: end-deels mixed \"goes in tense and rather guarded\"\n", "").getMessage()).contains("does not state its ending");
    }
}
