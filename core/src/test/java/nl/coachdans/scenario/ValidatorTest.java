package nl.coachdans.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static nl.coachdans.scenario.Fixtures.addNodes;
import static nl.coachdans.scenario.Fixtures.choice;
import static nl.coachdans.scenario.Fixtures.columnOf;
import static nl.coachdans.scenario.Fixtures.ending;
import static nl.coachdans.scenario.Fixtures.lineOf;
import static nl.coachdans.scenario.Fixtures.node;
import static nl.coachdans.scenario.Fixtures.replaceOnce;
import static org.assertj.core.api.Assertions.assertThat;

/** Structural checks on small broken variants of the voorbeeld scenario (and of mini-grow). */
class ValidatorTest {
    private static final String FILE = "voorbeeld.yaml";

    @TempDir
    Path dir;

    private final String base = Fixtures.voorbeeldText();

    private static List<Finding> validate(String yaml) {
        return validate(yaml, Fixtures.curriculum());
    }

    private static List<Finding> validate(String yaml, Curriculum curriculum) {
        return new Validator(curriculum).validate(FILE, Fixtures.scenario(yaml));
    }

    private static Finding error(Problem problem, Site where, String pointer) {
        return new Finding(FILE, 0, 0, Finding.Level.ERROR, problem, where, pointer);
    }

    private static Problem problem(FindingCode code, Object... args) {
        return Problem.of(code, args);
    }

    /** Places findings in the fixture text written to a file, as the linter's callers do. */
    private List<Finding> located(String yaml, List<Finding> findings) {
        Path f = Fixtures.write(dir.resolve(FILE), yaml);
        return SourceMap.locate(f, Fixtures.reader(), findings);
    }

    @Test
    void voorbeeldAndMiniGrowAreValid() {
        assertThat(validate(base)).isEmpty();
        assertThat(new Validator(Curriculum.of(List.of())).validate("mini-grow.yaml", Fixtures.miniGrow())).isEmpty();
    }

    @Test
    void danglingNextIsReportedAtTheChoice() {
        String yaml = replaceOnce(base, "        next: situatie\n  dicht:", "        next: nergens\n  dicht:");
        assertThat(validate(yaml)).containsExactly(
                error(problem(FindingCode.UNKNOWN_NODE, "nergens"), Site.choice("doel", "doel-advies"), "/nodes/doel/choices/2/next"));
    }

    @Test
    void danglingNextIsLocatedOnItsLine() {
        String yaml = replaceOnce(base, "        next: situatie\n  dicht:", "        next: nergens\n  dicht:");
        Finding f = located(yaml, validate(yaml)).get(0);
        assertThat(f.line()).isEqualTo(lineOf(yaml, "next: nergens"));
        assertThat(f.column()).isEqualTo(columnOf(yaml, "next", "next: nergens"));
    }

    @Test
    void unreachableNodeIsReported() {
        String yaml = addNodes(base, ending("einde-vergeten", "good"));
        assertThat(validate(yaml)).containsExactly(
                error(problem(FindingCode.UNREACHABLE_NODE, "mail"), Site.node("einde-vergeten"), "/nodes/einde-vergeten"));
    }

    @Test
    void deadEndIsANonEndingWithoutChoices() {
        String yaml = replaceOnce(base, "        next: einde-half\n      - id: opties-overnemen", "        next: stil\n      - id: opties-overnemen");
        yaml = addNodes(yaml, node("stil"));
        assertThat(validate(yaml)).containsExactly(
                error(problem(FindingCode.DEAD_END), Site.node("stil"), "/nodes/stil"));
    }

    @Test
    void cycleWithoutExitIsReportedForEveryNodeInIt() {
        String yaml = replaceOnce(base, "        next: einde-half\n      - id: opties-overnemen", "        next: lus-a\n      - id: opties-overnemen");
        yaml = addNodes(yaml, node("lus-a", choice("lus-a-door", "lus-b", null)) + node("lus-b", choice("lus-b-terug", "lus-a", null)));
        assertThat(validate(yaml)).containsExactly(
                error(problem(FindingCode.CYCLE_WITHOUT_EXIT), Site.node("lus-a"), "/nodes/lus-a"),
                error(problem(FindingCode.CYCLE_WITHOUT_EXIT), Site.node("lus-b"), "/nodes/lus-b"));
    }

    @Test
    void cycleWithAnExitIsFine() {
        String yaml = replaceOnce(base, "        next: einde-half\n      - id: opties-overnemen", "        next: lus-a\n      - id: opties-overnemen");
        yaml = addNodes(yaml, node("lus-a", choice("lus-a-door", "lus-b", null))
                + node("lus-b", choice("lus-b-terug", "lus-a", null), choice("lus-b-uit", "einde-half", null)));
        assertThat(validate(yaml)).isEmpty();
    }

    @Test
    void missingEnglishTranslationIsReportedAndLocatedAtTheText() {
        String yaml = replaceOnce(base, "text: {nl: \"Welke taken zou je kunnen afstoten?\", en: \"Which tasks could you drop?\"}",
                "text: {nl: \"Welke taken zou je kunnen afstoten?\"}");
        List<Finding> findings = validate(yaml);
        assertThat(findings).containsExactly(
                error(problem(FindingCode.ENGLISH_MISSING, new Problem.Word("field.choice-text")), Site.choice("open", "open-opties"), "/nodes/open/choices/2/text/en"));

        Finding f = located(yaml, findings).get(0);
        assertThat(f.line()).isEqualTo(lineOf(yaml, "Welke taken zou je kunnen afstoten?"));
        assertThat(f.column()).isEqualTo(columnOf(yaml, "text:", "Welke taken zou je kunnen afstoten?"));
    }

    @Test
    void blankDutchTextIsAMissingTranslationToo() {
        String yaml = replaceOnce(base, "lesson:\n      nl: \"Een gesprek zonder eigen, concrete stap aan het eind verandert weinig.\"",
                "lesson:\n      nl: \"  \"");
        assertThat(validate(yaml)).containsExactly(
                error(problem(FindingCode.DUTCH_MISSING, new Problem.Word("field.lesson")), Site.node("einde-half"), "/nodes/einde-half/lesson/nl"));
    }

    @Test
    void unknownTagKindIsReportedAndLocatedAtTheTag() {
        String yaml = replaceOnce(base, "tags: [side:appeal]", "tags: [kant:appeal]");
        List<Finding> findings = validate(yaml);
        assertThat(findings).containsExactly(error(
                problem(FindingCode.TAG_UNKNOWN_KIND, "kant", "kant:appeal"), Site.choice("mail", "mail-afspraak"), "/nodes/mail/choices/0/tags/0"));

        Finding f = located(yaml, findings).get(0);
        assertThat(f.line()).isEqualTo(lineOf(yaml, "kant:appeal"));
        assertThat(f.column()).isEqualTo(columnOf(yaml, "kant:appeal"));
    }

    @Test
    void unknownSideIsReported() {
        String yaml = replaceOnce(base, "tags: [side:appeal]", "tags: [side:appel]");
        assertThat(validate(yaml)).extracting(Finding::problem).containsExactly(problem(FindingCode.TAG_UNKNOWN_SIDE, "appel"));
    }

    @Test
    void unknownStepIdIsReported() {
        String yaml = replaceOnce(base, "tags: [step:wil]", "tags: [step:willen]");
        assertThat(validate(yaml)).containsExactly(error(
                problem(FindingCode.TAG_UNKNOWN_ID, new Problem.Word("kind.step"), "willen", "step:willen", List.of("mini-grow")),
                Site.choice("opties", "opties-wil"), "/nodes/opties/choices/0/tags/0"));
    }

    @Test
    void tagNamingAFrameworkOutsideTheScenarioIsReported() {
        String yaml = replaceOnce(base, "tags: [step:wil]", "tags: [step:grow/wil]");
        assertThat(validate(yaml)).extracting(Finding::problem).containsExactly(
                problem(FindingCode.TAG_FOREIGN_FRAMEWORK, "step:grow/wil", "grow", List.of("mini-grow")));
    }

    @Test
    void tagIsAmbiguousWhenTwoFrameworksHaveTheStep() {
        Framework mini = Fixtures.miniGrow();
        Framework twin = new Framework("mini-grow-2", 1, mini.title(), mini.summary(), mini.source(), true,
                mini.skipRisk(), mini.steps(), mini.risks(), mini.labels());
        Curriculum both = Curriculum.of(List.of(mini, twin));
        String yaml = replaceOnce(base, "frameworks: [mini-grow]", "frameworks: [mini-grow, mini-grow-2]");
        Scenario sc = Fixtures.scenario(yaml);
        long frameworkTags = sc.nodes().values().stream().flatMap(n -> n.choices().stream()).flatMap(c -> c.tags().stream())
                .filter(t -> t.startsWith("step:") || t.startsWith("risk:") || t.startsWith("label:")).count();

        List<Finding> findings = validate(yaml, both);
        // Every framework tag, and the one condition that names a risk without its framework (einde-half's variant).
        assertThat(findings).hasSize((int) frameworkTags + 1).allSatisfy(f -> assertThat(f.code()).isIn(FindingCode.TAG_AMBIGUOUS, FindingCode.CONDITION_AMBIGUOUS));
        assertThat(findings).contains(error(problem(FindingCode.CONDITION_AMBIGUOUS, "committed(oordeel)", new Problem.Word("kind.risk"), "oordeel",
                "mini-grow/oordeel", "mini-grow-2/oordeel"), Site.node("einde-half"), "/nodes/einde-half/variants/0/when"));
        assertThat(findings).contains(error(problem(FindingCode.TAG_AMBIGUOUS, "step:doel", "step:mini-grow/doel", "step:mini-grow-2/doel"),
                Site.choice("open", "open-doel"), "/nodes/open/choices/0/tags/0"));

        String qualified = replaceOnce(yaml, "tags: [step:doel]\n        effects: {openness: 1}", "tags: [step:mini-grow/doel]\n        effects: {openness: 1}");
        List<Finding> after = validate(qualified, both);
        assertThat(after).hasSize((int) frameworkTags - 1 + 1);
        assertThat(after).noneMatch(f -> Site.choice("open", "open-doel").equals(f.where()));
    }

    @Test
    void unknownFrameworkIsReportedAndLocatedInTheList() {
        String yaml = replaceOnce(base, "frameworks: [mini-grow]", "frameworks: [mini-grow, maxi-grow]");
        List<Finding> findings = validate(yaml);
        assertThat(findings).containsExactly(error(problem(FindingCode.UNKNOWN_FRAMEWORK, "maxi-grow", List.of("mini-grow")), null, "/frameworks/1"));

        Finding f = located(yaml, findings).get(0);
        assertThat(f.line()).isEqualTo(8).isEqualTo(lineOf(yaml, "maxi-grow"));
        assertThat(f.column()).isEqualTo(columnOf(yaml, "maxi-grow"));
        assertThat(f.toString()).isEqualTo("voorbeeld.yaml:8:" + columnOf(yaml, "maxi-grow") + ": error CD0216 unknown-framework: unknown framework 'maxi-grow'; known: mini-grow");
        assertThat(FindingText.of(Language.NL).line(f)).isEqualTo("voorbeeld.yaml:8:" + columnOf(yaml, "maxi-grow")
                + ": fout CD0216 unknown-framework: onbekend raamwerk \u2018maxi-grow\u2019; bekend zijn: mini-grow");
    }

    @Test
    void duplicateChoiceIdWithinANodeIsReported() {
        String yaml = replaceOnce(base, "      - id: doel-advies", "      - id: doel-stilte");
        assertThat(validate(yaml)).containsExactly(error(problem(FindingCode.CHOICE_ID_TWICE, "doel-stilte", "doel"),
                Site.choice("doel", "doel-stilte"), "/nodes/doel/choices"));
    }

    @Test
    void duplicateChoiceIdAcrossNodesNamesTheFirstNode() {
        String yaml = replaceOnce(base, "      - id: situatie-lijst", "      - id: open-opties");
        assertThat(validate(yaml)).containsExactly(error(problem(FindingCode.CHOICE_ID_TWICE, "open-opties", "open"),
                Site.choice("situatie", "open-opties"), "/nodes/situatie/choices"));
    }

    @Test
    void effectOnUnknownVariableIsReportedAndLocatedAtTheEffect() {
        String yaml = replaceOnce(base, "effects: {openness: -2}", "effects: {opennes: -2}");
        List<Finding> findings = validate(yaml);
        assertThat(findings).containsExactly(error(problem(FindingCode.EFFECT_UNKNOWN_VARIABLE, "opennes", List.of("emotion", "rapport", "openness")),
                Site.choice("opties", "opties-overnemen"), "/nodes/opties/choices/2/effects/opennes"));

        Finding f = located(yaml, findings).get(0);
        assertThat(f.line()).isEqualTo(lineOf(yaml, "opennes: -2"));
        assertThat(f.column()).isEqualTo(columnOf(yaml, "opennes:", "opennes: -2"));
    }

    @Test
    void conditionNamingUnknownNodeChoiceAndVariableIsReportedForEach() {
        String cond = "rapport >= 5 and visited(nergens) and not chosen(niets) and geduld > 1";
        String yaml = replaceOnce(base, "when: \"rapport >= 5\"", "when: \"" + cond + "\"");
        Site where = Site.choice("doel", "doel-stilte");
        String ptr = "/nodes/doel/choices/1/when";
        assertThat(validate(yaml)).containsExactly(
                error(problem(FindingCode.CONDITION_UNKNOWN_NODE, cond, "nergens"), where, ptr),
                error(problem(FindingCode.CONDITION_UNKNOWN_CHOICE, cond, "niets"), where, ptr),
                error(problem(FindingCode.CONDITION_UNKNOWN_VARIABLE, cond, "geduld"), where, ptr));
    }

    @Test
    void variantConditionOnUnknownVariableIsReported() {
        String yaml = replaceOnce(base, "when: \"rapport <= 3\"", "when: \"stemming <= 3\"");
        assertThat(validate(yaml)).containsExactly(
                error(problem(FindingCode.CONDITION_UNKNOWN_VARIABLE, "stemming <= 3", "stemming"), Site.node("open"), "/nodes/open/variants/0/when"));
    }

    @Test
    void conditionNamingKnownNodesAndChoicesIsFine() {
        String yaml = replaceOnce(base, "when: \"rapport >= 5\"", "when: \"visited(mail) and not chosen(mail-tips)\"");
        assertThat(validate(yaml)).isEmpty();
    }

    @Test
    void startStateOutsideTheRangeIsReported() {
        String yaml = replaceOnce(base, "min: 0, max: 10, start: 6}", "min: 0, max: 10, start: 11}");
        assertThat(validate(yaml)).containsExactly(
                error(problem(FindingCode.START_OUT_OF_RANGE), Site.of(Site.Kind.STATE, "emotion"), "/state/emotion/start"));
    }

    @Test
    void missingStartNodeIsReported() {
        String yaml = replaceOnce(base, "start: mail", "start: brief");
        assertThat(validate(yaml)).contains(error(problem(FindingCode.START_NODE_UNKNOWN, "brief"), null, "/start"));
    }

    // --- empty (null) entries: reported, never thrown ---

    @Test
    void emptyNodeIsReportedNotThrown() {
        String yaml = Fixtures.addNodes(base, "  leeg: ~\n");
        assertThat(validate(yaml)).as("validating a scenario with an empty node")
                .anySatisfy(f -> {
                    assertThat(f.isError()).isTrue();
                    assertThat(f.pointer()).isEqualTo("/nodes/leeg");
                });
    }

    @Test
    void emptyStateVariableIsReportedNotThrown() {
        String yaml = replaceOnce(base, "  openness: {name: {nl: \"Openheid\", en: \"Openness\"}, min: 0, max: 10, start: 4}", "  openness: ~");
        assertThat(validate(yaml)).anySatisfy(f -> {
            assertThat(f.isError()).isTrue();
            assertThat(f.pointer()).startsWith("/state/openness");
        });
    }

    @Test
    void effectWithoutANumberIsReported() {
        // YAML "rapport: ~" is an effect without a value; playing it would fail on the missing number.
        String yaml = replaceOnce(base, "effects: {emotion: 1, rapport: -2}", "effects: {emotion: 1, rapport: ~}");
        assertThat(validate(yaml)).anySatisfy(f -> {
            assertThat(f.isError()).isTrue();
            assertThat(f.pointer()).isEqualTo("/nodes/mail/choices/2/effects/rapport");
        });
    }

    // --- frameworks ---

    private static List<Finding> validateFramework(String yaml) {
        ReadResult<Framework> r = Fixtures.reader().parse("fw.yaml", yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                true, Framework.class, List.of());
        assertThat(r.findings()).isEmpty();
        return new Validator(Curriculum.of(List.of())).validate("fw.yaml", r.value());
    }

    @Test
    void skipRiskMustBeOneOfTheFrameworksRisks() {
        String yaml = replaceOnce(Fixtures.miniGrowText(), "skipRisk: oplossing-te-vroeg", "skipRisk: te-snel");
        assertThat(validateFramework(yaml)).containsExactly(
                new Finding("fw.yaml", 0, 0, Finding.Level.ERROR, problem(FindingCode.SKIP_RISK_UNKNOWN, "te-snel"), null, "/skipRisk"));
    }

    @Test
    void skipRiskWithoutOrderIsAWarning() {
        String yaml = replaceOnce(Fixtures.miniGrowText(), "ordered: true", "ordered: false");
        assertThat(validateFramework(yaml)).containsExactly(
                new Finding("fw.yaml", 0, 0, Finding.Level.WARNING, problem(FindingCode.SKIP_RISK_UNORDERED), null, "/skipRisk"));
    }

    @Test
    void duplicateStepIdInAFrameworkIsReported() {
        String yaml = replaceOnce(Fixtures.miniGrowText(), "  - id: wil", "  - id: doel");
        assertThat(validateFramework(yaml)).containsExactly(
                new Finding("fw.yaml", 0, 0, Finding.Level.ERROR, problem(FindingCode.ID_TWICE, new Problem.Word("field.step-id"), "doel"),
                        Site.of(Site.Kind.STEP, "doel"), "/steps/3/id"));
    }
}
