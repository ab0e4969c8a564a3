package nl.coachdans.lint;

import nl.coachdans.engine.Session;
import nl.coachdans.scenario.Finding;
import nl.coachdans.scenario.FindingCode;
import nl.coachdans.scenario.Fixtures;
import nl.coachdans.scenario.Problem;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scenario.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static nl.coachdans.scenario.Fixtures.choice;
import static nl.coachdans.scenario.Fixtures.columnOf;
import static nl.coachdans.scenario.Fixtures.ending;
import static nl.coachdans.scenario.Fixtures.lineOf;
import static nl.coachdans.scenario.Fixtures.replaceOnce;
import static nl.coachdans.scenario.Fixtures.withExpert;
import static org.assertj.core.api.Assertions.assertThat;

/** The pedagogical checks over all paths and the expert path, on broken variants of voorbeeld. */
class LinterTest {
    private static final String FILE = "voorbeeld.yaml";

    @TempDir
    Path dir;

    private final String base = Fixtures.voorbeeldText();

    private static Linter.Result lintResult(String yaml) {
        return new Linter(Fixtures.curriculum()).lint(FILE, Fixtures.scenario(yaml));
    }

    /** The structure, path and expert-path findings; the fairness checks have their own tests. */
    private static List<Finding> lint(String yaml) {
        return withoutFairness(lintResult(yaml));
    }

    private static List<Finding> withoutFairness(Linter.Result r) {
        return r.findings().subList(0, r.findings().size() - r.fairnessFindings());
    }

    private static Finding error(Problem problem, Site where, String pointer) {
        return new Finding(FILE, 0, 0, Finding.Level.ERROR, problem, where, pointer);
    }

    private static Finding warning(Problem problem, Site where, String pointer) {
        return new Finding(FILE, 0, 0, Finding.Level.WARNING, problem, where, pointer);
    }

    private static Problem problem(FindingCode code, Object... args) {
        return Problem.of(code, args);
    }

    private static Site step(String id) {
        return Site.of(Site.Kind.STEP, id);
    }

    private static Site expertChoice(String id) {
        return Site.of(Site.Kind.EXPERT_CHOICE, id);
    }

    /** Both rapport-free exits of node doel require rapport >= 5 (doel-stilte already does). */
    private String doelNeedsRapport() {
        String yaml = replaceOnce(base, "        tags: [step:werkelijkheid]\n        effects: {openness: 1, emotion: -1}",
                "        when: \"rapport >= 5\"\n        tags: [step:werkelijkheid]\n        effects: {openness: 1, emotion: -1}");
        return replaceOnce(yaml, "      - id: doel-advies\n", "      - id: doel-advies\n        when: \"rapport >= 5\"\n");
    }

    @Test
    void voorbeeldLintsClean() {
        Linter.Result r = lintResult(base);
        assertThat(withoutFairness(r)).isEmpty();
        // The example is user content: it must pass the fairness checks that are errors there.
        assertThat(r.findings()).noneMatch(Finding::isError);
        assertThat(r.analysis()).isNotNull();
        assertThat(r.analysis().complete()).isTrue();
    }

    @Test
    void structuralErrorsStopBeforeThePathChecks() {
        String yaml = replaceOnce(base, "        next: situatie\n  dicht:", "        next: nergens\n  dicht:");
        Linter.Result r = lintResult(yaml);
        assertThat(r.analysis()).isNull();
        assertThat(r.findings()).extracting(Finding::problem).containsExactly(problem(FindingCode.UNKNOWN_NODE, "nergens"));
    }

    // --- expert path ---

    @Test
    void expertPathThatDoesNotPlayNamesTheChoiceAndThePossibleOnes() {
        String yaml = withExpert(base, "mail-afspraak", "open-doel", "doel-realiteit", "situatie-nergens", "opties-wil");
        assertThat(lint(yaml)).containsExactly(error(
                problem(FindingCode.EXPERT_DOES_NOT_PLAY, "situatie-nergens", "situatie", List.of("situatie-opties", "situatie-lijst", "situatie-schuld")),
                expertChoice("situatie-nergens"), "/expert/3"));
    }

    @Test
    void expertPathUsingAChoiceHiddenByItsConditionDoesNotPlay() {
        // doel-stilte needs rapport >= 5; after mail-later rapport is 3.
        String yaml = withExpert(base, "mail-later", "open-doel", "doel-stilte", "situatie-opties", "opties-wil");
        assertThat(lint(yaml)).extracting(Finding::pointer, Finding::problem).containsExactly(org.assertj.core.groups.Tuple.tuple(
                "/expert/2", problem(FindingCode.EXPERT_DOES_NOT_PLAY, "doel-stilte", "doel", List.of("doel-realiteit", "doel-advies"))));
    }

    @Test
    void expertPathEndingNotBestIsAnErrorAndMissesTheLastStep() {
        String yaml = withExpert(base, "mail-afspraak", "open-doel", "doel-realiteit", "situatie-opties", "opties-vaag");
        assertThat(lint(yaml)).containsExactlyInAnyOrder(
                error(problem(FindingCode.EXPERT_NOT_BEST, "einde-half", "mixed"), null, "/expert"),
                error(problem(FindingCode.EXPERT_MISSES_STEP), step("mini-grow/wil"), "/expert"));
    }

    @Test
    void expertPathCommittingARiskIsAnError() {
        String yaml = withExpert(base, "mail-tips", "open-doel", "doel-realiteit", "situatie-opties", "opties-wil");
        // The example's route sends a path with a risk to the mixed ending: the conduct decides the ending.
        assertThat(lint(yaml)).containsExactly(
                error(problem(FindingCode.EXPERT_NOT_BEST, "einde-half", "mixed"), null, "/expert"),
                error(problem(FindingCode.EXPERT_COMMITS_RISK, "mini-grow/oplossing-te-vroeg", 1), expertChoice("mail-tips"), "/expert"));
    }

    @Test
    void expertPathSkippingAStepIsOutOfOrderAndCommitsTheSkipRisk() {
        // Swap the step tags of open-doel and doel-realiteit: the expert path now reaches
        // werkelijkheid (turn 2) before doel (turn 3).
        String yaml = replaceOnce(base, "tags: [step:doel]\n        effects: {openness: 1}\n",
                "tags: [step:werkelijkheid]\n        effects: {openness: 1}\n");
        yaml = replaceOnce(yaml, "tags: [step:werkelijkheid]\n        effects: {openness: 1, emotion: -1}",
                "tags: [step:doel]\n        effects: {openness: 1, emotion: -1}");
        // Every path now commits the skip risk, so the route never takes the best ending.
        assertThat(lint(yaml)).containsExactlyInAnyOrder(
                error(problem(FindingCode.ENDING_UNREACHABLE), Site.node("einde-best"), "/nodes/einde-best"),
                error(problem(FindingCode.EXPERT_NOT_BEST, "einde-half", "mixed"), null, "/expert"),
                error(problem(FindingCode.EXPERT_STEP_OUT_OF_ORDER, 2), step("mini-grow/werkelijkheid"), "/expert"),
                error(problem(FindingCode.EXPERT_COMMITS_ORDER_RISK, "mini-grow/oplossing-te-vroeg", 2), expertChoice("open-doel"), "/expert"));
    }

    @Test
    void expertPathStoppingBeforeAnEndingIsAnError() {
        String yaml = withExpert(base, "mail-afspraak", "open-doel");
        assertThat(lint(yaml)).containsExactly(error(problem(FindingCode.EXPERT_STOPS_EARLY, "doel"), null, "/expert"));
    }

    @Test
    void expertPathGoingOnAfterTheEndingIsAnError() {
        String yaml = withExpert(base, "mail-afspraak", "open-doel", "doel-realiteit", "situatie-opties", "opties-wil", "opties-vaag");
        assertThat(lint(yaml)).containsExactly(error(problem(FindingCode.EXPERT_AFTER_ENDING), expertChoice("opties-vaag"), "/expert/5"));
    }

    @Test
    void missingExpertPathIsAnError() {
        String yaml = replaceOnce(base, "expert: [" + String.join(", ", Fixtures.EXPERT) + "]", "expert: []");
        assertThat(lint(yaml)).containsExactly(
                error(problem(FindingCode.NO_EXPERT_PATH), null, "/expert"));
    }

    // --- all paths ---

    @Test
    void stepThatNoPathReachesIsAWarning() {
        String yaml = replaceOnce(base, "tags: [step:wil]", "tags: []");
        // Without wil no path has all four steps, so the route never takes the best ending either.
        assertThat(lint(yaml)).containsExactlyInAnyOrder(
                warning(problem(FindingCode.STEP_UNREACHABLE, "mini-grow"), step("mini-grow/wil"), "/frameworks"),
                error(problem(FindingCode.ENDING_UNREACHABLE), Site.node("einde-best"), "/nodes/einde-best"),
                error(problem(FindingCode.EXPERT_NOT_BEST, "einde-half", "mixed"), null, "/expert"),
                error(problem(FindingCode.EXPERT_MISSES_STEP), step("mini-grow/wil"), "/expert"));
    }

    @Test
    void riskThatNoPathCommitsIsAWarning() {
        String yaml = replaceOnce(base, "tags: [risk:oordeel]", "tags: []");
        assertThat(lint(yaml)).containsExactly(
                warning(problem(FindingCode.RISK_UNREACHABLE), Site.of(Site.Kind.RISK, "mini-grow/oordeel"), "/frameworks"));
    }

    @Test
    void skipRiskCountsAsCommittableEvenWithoutATag() {
        // Remove every explicit oplossing-te-vroeg tag: open-opties still commits it by order.
        String yaml = base.replace("tags: [risk:oplossing-te-vroeg]", "tags: []");
        assertThat(yaml).doesNotContain("risk:oplossing-te-vroeg");
        assertThat(lint(yaml)).isEmpty();
    }

    @Test
    void endingWhoseOnlyChoiceCanNeverBeAvailableIsNeverReached() {
        String yaml = replaceOnce(base, "        next: einde-half\n  einde-best:",
                "        next: einde-half\n" + choice("opties-geheim", "einde-geheim", "        when: \"rapport > 10\"\n") + "  einde-best:");
        yaml = Fixtures.addNodes(yaml, ending("einde-geheim", "good"));
        assertThat(lint(yaml)).containsExactly(error(problem(FindingCode.ENDING_UNREACHABLE), Site.node("einde-geheim"), "/nodes/einde-geheim"));
    }

    @Test
    void endingNeverReachedIsLocatedAtTheNode() {
        String yaml = replaceOnce(base, "        next: einde-half\n  einde-best:",
                "        next: einde-half\n" + choice("opties-geheim", "einde-geheim", "        when: \"rapport > 10\"\n") + "  einde-best:");
        yaml = Fixtures.addNodes(yaml, ending("einde-geheim", "good"));
        Path file = Fixtures.write(dir.resolve("scenarios").resolve("geheim.yaml"), yaml);

        ContentLibrary.Entry e = ContentLibrary.loadScenario(file, Fixtures.reader(), Fixtures.curriculum(), true);
        assertThat(e.usable()).isFalse();
        List<Finding> errors = e.findings().stream().filter(Finding::isError).toList();
        assertThat(errors).hasSize(1);
        Finding f = errors.get(0);
        assertThat(f.file()).isEqualTo(file.toString());
        assertThat(f.line()).isEqualTo(lineOf(yaml, "  einde-geheim:"));
        assertThat(f.column()).isEqualTo(columnOf(yaml, "einde-geheim:", "  einde-geheim:"));
    }

    @Test
    void choiceConditionsThatLeaveANodeWithoutOptionsGetStuck() {
        List<Finding> findings = lint(doelNeedsRapport());
        // Shortest way to doel with rapport below 5: the tip by mail (rapport 4), then the goal question.
        assertThat(findings).containsExactly(error(
                problem(FindingCode.STUCK_NO_OPTION, Problem.Witness.of(List.of("mail-tips", "open-doel"))), Site.node("doel"), "/nodes/doel"));
    }

    @Test
    void stuckWitnessReallyLeavesNoOptions() {
        Finding f = lint(doelNeedsRapport()).get(0);
        List<String> witness = witnessOf(f);
        Session s = Session.replay(Fixtures.scenario(doelNeedsRapport()), Fixtures.curriculum(), 0, witness);
        assertThat(s.current().id()).isEqualTo("doel");
        assertThat(s.ended()).isFalse();
        assertThat(s.choices()).isEmpty();
    }

    @Test
    void pathsThatCanOnlyCircleAreStuckWhereNoEndingCanBeReached() {
        // At opties every exit needs rapport >= 5; the only other option thinks again (a loop).
        String yaml = base;
        for (String exit : List.of("opties-wil", "opties-vaag", "opties-overnemen")) {
            yaml = replaceOnce(yaml, "      - id: " + exit + "\n", "      - id: " + exit + "\n        when: \"rapport >= 5\"\n");
        }
        yaml = replaceOnce(yaml, "        next: einde-half\n  einde-best:",
                "        next: einde-half\n" + choice("opties-nadenken", "opties", null) + "  einde-best:");
        Scenario sc = Fixtures.scenario(yaml);

        List<Finding> findings = lint(yaml);
        assertThat(findings).extracting(Finding::where).containsExactlyInAnyOrder(Site.node("doel"), Site.node("situatie"), Site.node("opties"));
        for (Finding f : findings) {
            assertThat(f.isError()).isTrue();
            assertThat(f.code()).isEqualTo(FindingCode.STUCK_NO_ENDING);
            Session s = Session.replay(sc, Fixtures.curriculum(), 0, witnessOf(f));
            assertThat(Site.node(s.current().id())).isEqualTo(f.where());
            assertThat(s.state().get("rapport")).isLessThan(5);
        }
    }

    private static List<String> witnessOf(Finding f) {
        return ((Problem.Witness) f.problem().arg("witness")).choices();
    }
}
