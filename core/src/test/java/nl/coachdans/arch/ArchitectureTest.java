package nl.coachdans.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Keeps the house rules: the domain is plain Java, and data flows one way. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.coachdans");

    private static final String[] DOMAIN = {
            "nl.coachdans.scenario..", "nl.coachdans.engine..", "nl.coachdans.scoring..",
            "nl.coachdans.dance..", "nl.coachdans.record..", "nl.coachdans.lint..", "nl.coachdans.catalog..",
            "nl.coachdans.twine.."};

    @Test
    void domainUsesNoLibGdx() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("com.badlogic..", "org.lwjgl..")
                .check(CLASSES);
    }

    @Test
    void domainDoesNotKnowThePresentation() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("nl.coachdans.ui..", "nl.coachdans.cli..", "nl.coachdans.desktop..")
                .check(CLASSES);
    }

    @Test
    void dataFlowsOneWay() {
        // files -> model -> session -> profile -> dance / record
        noClasses().that().resideInAPackage("nl.coachdans.scenario..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.coachdans.engine..", "nl.coachdans.scoring..",
                        "nl.coachdans.dance..", "nl.coachdans.record..", "nl.coachdans.lint..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("nl.coachdans.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.coachdans.scoring..", "nl.coachdans.dance..",
                        "nl.coachdans.record..", "nl.coachdans.lint..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("nl.coachdans.scoring..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.coachdans.dance..", "nl.coachdans.record..", "nl.coachdans.lint..")
                .check(CLASSES);
    }

    @Test
    void noPackageCycles() {
        slices().matching("nl.coachdans.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
