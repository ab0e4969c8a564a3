package nl.coachdans.lint;

import nl.coachdans.scenario.Finding;

import java.nio.file.Path;

/**
 * How severe the linter's fairness findings are. User content: conduct-bound violations and
 * unbounded loops are errors, the other fairness findings warnings, so a trainer's draft still
 * plays. Built-in content: every fairness finding is an error, so a client the program ships can
 * never again be gamed by reading the options' wording.
 */
public record FairnessPolicy(Finding.Level conductAndLoops, Finding.Level others) {

    public static final FairnessPolicy USER = new FairnessPolicy(Finding.Level.ERROR, Finding.Level.WARNING);
    public static final FairnessPolicy BUILT_IN = new FairnessPolicy(Finding.Level.ERROR, Finding.Level.ERROR);

    /** The policy for a content file: built-in when it lies in the program's own assets. */
    public static FairnessPolicy forFile(Path file) {
        return BuiltInAssets.contains(file) ? BUILT_IN : USER;
    }
}
