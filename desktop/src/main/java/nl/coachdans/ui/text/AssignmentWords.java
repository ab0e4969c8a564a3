package nl.coachdans.ui.text;

import nl.coachdans.assignments.AssignmentBoard;
import nl.coachdans.assignments.ProblemKind;
import nl.coachdans.assignments.Assignment;
import nl.coachdans.assignments.AssignmentRules;
import nl.coachdans.sessions.Mode;
import nl.coachdans.scenario.Finding;
import nl.coachdans.scenario.FindingText;
import nl.coachdans.ui.UiContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Assignment facts and judgements in the trainee's language: attempts, pass state, the criteria,
 * why an attempt did not pass, why a new one cannot start, and what is wrong with a file. The
 * rules themselves speak English for the command line; the screens say the same here in Dutch or
 * English (a file's findings through {@link FindingText}).
 */
public final class AssignmentWords {
    private final FeatureTexts tx;
    private final Words words;
    private final Names names;
    private final Dates dates;

    public AssignmentWords(FeatureTexts tx, Words words, Names names, Dates dates) {
        this.tx = tx;
        this.words = words;
        this.names = names;
        this.dates = dates;
    }

    /** The words in the trainee's current language, for the game's content. */
    public static AssignmentWords of(UiContext ctx) {
        return new AssignmentWords(ctx.trainerTexts(), ctx.words(), new Names(ctx.texts(), ctx.data().library()),
                new Dates(ctx.texts().language()));
    }

    /** "Trainer: Fer · Examen · 2 pogingen per scenario · inleveren uiterlijk 30 juni 2025" */
    public String facts(Assignment a) {
        List<String> parts = new ArrayList<>();
        parts.add(tx.text("assignment.trainer", a.trainer()));
        parts.add(words.mode(a.mode()));
        parts.add(a.attempts() == null ? tx.text("assignment.unlimited") : tx.text("assignment.attemptsPer", a.attempts()));
        if (a.due() != null) parts.add(tx.text("assignment.due", dates.date(a.due())));
        return String.join("  \u00B7  ", parts);
    }

    public String modeExplained(Mode mode) {
        return tx.text(mode == Mode.EXAM ? "assignment.examExplained" : "assignment.practiceExplained");
    }

    /** Every criterion a session must meet, one per line. */
    public List<String> criteria(Assignment a) {
        List<String> out = new ArrayList<>();
        out.add(tx.text("criterion.finished"));
        out.add(tx.text("criterion.mode", words.mode(a.mode()).toLowerCase(java.util.Locale.ROOT)));
        a.pass().bands().forEach((key, band) -> out.add(tx.text("criterion.band", names.axis(key), words.band(band))));
        if (a.pass().noCriticalRisk()) out.add(tx.text("criterion.noCritical"));
        return out;
    }

    /** "1 van 2 pogingen gebruikt, nog 1 over" / "2 pogingen gebruikt (geen limiet)" */
    public String attempts(AssignmentBoard.Line l) {
        if (l.allowed() == null) return tx.text("attempts.unlimited", l.used());
        return tx.text("attempts.limited", l.used(), l.allowed(), l.left());
    }

    public String state(AssignmentBoard.State s) {
        return switch (s) {
            case PASSED -> tx.text("state.passed");
            case NOT_PASSED -> tx.text("state.notPassed");
            case IN_PROGRESS -> tx.text("state.inProgress");
            case NOT_STARTED -> tx.text("state.notStarted");
        };
    }

    /** Why one criterion was not met. */
    public String failure(AssignmentRules.Check c) {
        return switch (c.criterion()) {
            case READABLE -> tx.text("check.readable");
            case ASSIGNMENT -> tx.text("check.assignment");
            case SCENARIO -> tx.text("check.scenario");
            case MODE -> tx.text("check.mode");
            case FINISHED -> tx.text("check.finished");
            case BAND -> c.actual() == null ? tx.text("check.bandMissing", names.axis(c.axis()), words.band(c.required()))
                    : tx.text("check.band", names.axis(c.axis()), words.band(c.actual()), words.band(c.required()));
            case NO_CRITICAL_RISK -> tx.text("check.critical");
        };
    }

    /** Why no new attempt can start, or null when one can. */
    public String block(AssignmentBoard.Line l) {
        if (!l.available()) return tx.text("block.unavailable");
        return switch (l.block()) {
            case NONE -> null;
            case NOT_IN_ASSIGNMENT -> tx.text("block.notInAssignment");
            case NO_ATTEMPTS_LEFT -> tx.text("block.noneLeft", l.allowed(), names.client(l.scenario()));
            case UNFINISHED_ATTEMPT -> tx.text("block.open");
        };
    }

    /** The headline for a file that cannot be used, by kind. */
    public String problem(ProblemKind kind, Path file) {
        String name = file == null ? "" : String.valueOf(file.getFileName());
        return switch (kind) {
            case NEWER -> tx.text("problem.newer", name);
            case UNKNOWN_SCENARIO -> tx.text("problem.unknownScenario", name);
            case UNREADABLE -> tx.text("problem.unreadable", name);
            case INVALID -> tx.text("problem.invalid", name);
        };
    }

    /** The readers' findings as detail lines, then where the file is and that nothing changed. */
    public List<String> details(List<Finding> findings, Path file) {
        List<String> out = new ArrayList<>();
        FindingText text = FindingText.of(tx.language());
        for (Finding f : findings) out.add(text.located(f));
        if (file != null) out.add(tx.text("problem.file", file));
        out.add(tx.text("problem.nothingLost"));
        return out;
    }
}
