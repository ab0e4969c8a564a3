package nl.coachdans.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

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

    @Test
    void noPackageCycles() {
        slices().matching("nl.coachdans.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void presentationFeaturesDoNotFormCycles() {
        slices().matching("nl.coachdans.ui.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
