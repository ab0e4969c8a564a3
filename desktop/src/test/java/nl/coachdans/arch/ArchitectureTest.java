package nl.coachdans.arch;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import nl.coachdans.engine.History;
import nl.coachdans.engine.Rubric;
import nl.coachdans.engine.Turn;
import nl.coachdans.scenario.Choice;
import nl.coachdans.scenario.Condition;
import nl.coachdans.scenario.Next;
import nl.coachdans.scenario.Node;
import nl.coachdans.scenario.Route;
import nl.coachdans.scenario.Tag;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the house rules over the whole program (core and desktop together): the domain and the
 * application logic are plain Java, the presentation sits on top, and data flows one way. The
 * compiler already keeps libGDX out of core (core has no libGDX on its path); these rules also keep
 * the packages inside core in their order. See docs/architecture.md.
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.coachdans");

    /** The model and what is computed from it: files -> model -> session -> profile -> debrief/dance. */
    private static final String[] DOMAIN = {
            "nl.coachdans.scenario..", "nl.coachdans.engine..", "nl.coachdans.scoring..",
            "nl.coachdans.dance..", "nl.coachdans.debrief..", "nl.coachdans.lint..", "nl.coachdans.catalog..",
            "nl.coachdans.twine.."};

    /** What a trainee or trainer does with it: play, keep, assign, report, send, look back. */
    private static final String[] APPLICATION = {
            "nl.coachdans.files..", "nl.coachdans.sessions..", "nl.coachdans.play..", "nl.coachdans.replay..",
            "nl.coachdans.assignments..", "nl.coachdans.classreport..", "nl.coachdans.progress..",
            "nl.coachdans.xapi..", "nl.coachdans.lrs..", "nl.coachdans.settings..", "nl.coachdans.words.."};

    private static final String[] PRESENTATION = {"nl.coachdans.ui..", "nl.coachdans.cli..", "nl.coachdans.desktop.."};

    @Test
    void domainAndApplicationUseNoLibGdx() {
        noClasses().that().resideInAnyPackage(DOMAIN).or().resideInAnyPackage(APPLICATION)
                .should().dependOnClassesThat().resideInAnyPackage("com.badlogic..", "org.lwjgl..")
                .check(CLASSES);
    }

    @Test
    void domainAndApplicationDoNotKnowThePresentation() {
        noClasses().that().resideInAnyPackage(DOMAIN).or().resideInAnyPackage(APPLICATION)
                .should().dependOnClassesThat().resideInAnyPackage(PRESENTATION)
                .check(CLASSES);
    }

    @Test
    void domainDoesNotKnowTheApplication() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage(APPLICATION)
                .check(CLASSES);
    }

    @Test
    void dataFlowsOneWay() {
        noClasses().that().resideInAPackage("nl.coachdans.scenario..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.coachdans.engine..", "nl.coachdans.scoring..",
                        "nl.coachdans.dance..", "nl.coachdans.debrief..", "nl.coachdans.lint..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("nl.coachdans.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.coachdans.scoring..", "nl.coachdans.dance..",
                        "nl.coachdans.debrief..", "nl.coachdans.lint..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("nl.coachdans.scoring..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.coachdans.dance..", "nl.coachdans.debrief..",
                        "nl.coachdans.lint..")
                .check(CLASSES);
    }

    @Test
    void theCommandLineDoesNotUseTheGameScreens() {
        noClasses().that().resideInAPackage("nl.coachdans.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.coachdans.ui..")
                .check(CLASSES);
    }

    /**
     * The screens a trainee plays on get the engine's student view (options with their words, the
     * turn taken with its feedback): never the model's choices or nodes, whose tags, effects,
     * conditions and next nodes are the answer key, nor the transcript's tags or the rubric.
     */
    @Test
    void theConversationSeesOnlyWhatATraineeMaySee() {
        noClasses().that().resideInAPackage("nl.coachdans.ui.conversation..")
                .should().dependOnClassesThat().belongToAnyOf(Choice.class, Node.class, Next.class, Route.class,
                        Tag.class, Condition.class, Turn.class, Rubric.class, History.class)
                .check(CLASSES);
    }

    /**
     * No screen reads what a choice does: its tags, effects, condition or next node, nor the tags a
     * turn fired. After the talk the debrief and the replay may name an option by its words and show
     * its move on the dance floor; their judgement comes from the debrief, scoring and replay
     * packages, which read the model through the scenario and the transcript.
     */
    @Test
    void noScreenReadsTheAnswerKeyOfAChoice() {
        noClasses().that().resideInAPackage("nl.coachdans.ui..")
                .should().accessTargetWhere(reads(Choice.class, "tags", "effects", "when", "next"))
                .orShould().accessTargetWhere(reads(Turn.class, "tags"))
                .check(CLASSES);
    }

    /**
     * The command line serves authors and trainers, yet no command reads a choice's effects or
     * condition, and only the graph export shows a choice's tags (the author's own, drawn on the edges).
     */
    @Test
    void theCommandLineReadsChoiceTagsOnlyForTheGraph() {
        noClasses().that().resideInAPackage("nl.coachdans.cli..")
                .should().accessTargetWhere(reads(Choice.class, "effects", "when"))
                .check(CLASSES);
        noClasses().that().resideInAPackage("nl.coachdans.cli..")
                .and().doNotHaveSimpleName("GraphCommand").and().doNotHaveSimpleName("SvgGraph")
                .should().accessTargetWhere(reads(Choice.class, "tags"))
                .check(CLASSES);
    }

    /** A call of, or a method reference to, one of these members of {@code owner}. */
    private static DescribedPredicate<JavaAccess<?>> reads(Class<?> owner, String... members) {
        Set<String> names = Set.of(members);
        return DescribedPredicate.describe("read " + owner.getSimpleName() + "." + String.join("/", members),
                a -> a.getTargetOwner().isEquivalentTo(owner) && names.contains(a.getName()));
    }

    @Test
    void noPackageCycles() {
        slices().matching("nl.coachdans.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void presentationFeaturesDoNotFormCycles() {
        slices().matching("nl.coachdans.ui.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
