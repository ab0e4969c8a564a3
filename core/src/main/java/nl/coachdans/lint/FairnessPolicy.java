package nl.coachdans.lint;

import nl.coachdans.scenario.Finding;

import java.nio.file.Path;

/**
 * How severe the linter's fairness findings are. User content: conduct-bound violations and
 * unbounded loops are errors, the other fairness findings warnings (issue 11). Built-in content:
 * every fairness finding is a warning while the built-in clients are being rewritten (issue 12);
 * {@link #BUILT_IN_STRICT} is the one switch that turns them all into errors.
 */
public record FairnessPolicy(Finding.Level conductAndLoops, Finding.Level others) {

    /** THE SWITCH: set to true once the built-in clients pass the fairness checks. */
    public static final boolean BUILT_IN_STRICT = false;

    public static final FairnessPolicy USER = new FairnessPolicy(Finding.Level.ERROR, Finding.Level.WARNING);
    public static final FairnessPolicy BUILT_IN = BUILT_IN_STRICT
            ? new FairnessPolicy(Finding.Level.ERROR, Finding.Level.ERROR)
            : new FairnessPolicy(Finding.Level.WARNING, Finding.Level.WARNING);

    /** The policy for a content file: built-in when it lies in the program's own assets. */
    public static FairnessPolicy forFile(Path file) {
        return BuiltInAssets.contains(file) ? BUILT_IN : USER;
    }
}
