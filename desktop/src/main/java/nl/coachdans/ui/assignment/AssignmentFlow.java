package nl.coachdans.ui.assignment;

import nl.coachdans.ui.text.AssignmentWords;
import nl.coachdans.ui.widget.Banner;
import nl.coachdans.assignments.AssignmentBoard;
import nl.coachdans.assignments.AssignmentShelf;
import nl.coachdans.assignments.AttemptStarter;
import nl.coachdans.lint.ContentLibrary;
import nl.coachdans.ui.UiContext;
import nl.coachdans.ui.text.FeatureTexts;

import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What the game asks when a session belongs to an assignment: "play again" and "restart" start a
 * new attempt only through the rules (so they cannot get round the attempts or the exam's open
 * attempt), and after an attempt's debrief the trainee is brought back to the assignment to hand
 * in the result.
 */
public final class AssignmentFlow {
    private final UiContext ctx;

    public AssignmentFlow(UiContext ctx) {
        this.ctx = ctx;
    }

    private Optional<AssignmentShelf.Shelved> find(String assignmentId) {
        return new AssignmentShelf(ctx.options().home(), ctx.data().playable()).find(assignmentId);
    }

    /**
     * A new attempt at {@code entry} under the assignment, or its briefing with the reason when the
     * rules refuse. False when the assignment is no longer on the shelf (the caller plays freely).
     */
    public boolean again(String assignmentId, ContentLibrary.Entry entry) {
        Optional<AssignmentShelf.Shelved> shelved = find(assignmentId);
        if (shelved.isEmpty() || !shelved.get().assignment().scenarios().contains(entry.id())) return false;
        AttemptStarter.Outcome o = new AttemptStarter(shelved.get().assignment(), ctx.data().records(), ctx.data().library().curriculum(),
                ctx.clock()).start(entry.scenario(), ctx.texts().language(), ctx.settings().trainee(), ThreadLocalRandom.current().nextLong());
        if (o.started()) {
            ctx.report("attempt-started assignment=" + assignmentId + " scenario=" + entry.id() + " via=again");
            ctx.nav().play(o.session());
        } else {
            FeatureTexts tx = ctx.trainerTexts();
            ctx.report("attempt-refused assignment=" + assignmentId + " scenario=" + entry.id() + " block="
                    + o.refused().block().name().toLowerCase(java.util.Locale.ROOT));
            AssignmentBoard.Line line = new AssignmentBoard(shelved.get().assignment(), ctx.data().history(),
                    id -> ctx.data().usable(id).isPresent()).line(entry.id());
            String why = line == null ? null : AssignmentWords.of(ctx).block(line);
            ctx.nav().display(new AttemptScreen(ctx, shelved.get(), entry.id(),
                    Banner.problem(tx.text("attempt.refused"), why == null ? java.util.List.of() : java.util.List.of(why))));
        }
        return true;
    }

    /** After an attempt's debrief: the assignment, with its attempts updated and "hand in" ready. */
    public boolean finished(String assignmentId) {
        Optional<AssignmentShelf.Shelved> shelved = find(assignmentId);
        if (shelved.isEmpty()) return false;
        FeatureTexts tx = ctx.trainerTexts();
        ctx.nav().display(new AssignmentScreen(ctx, shelved.get(), Banner.success(tx.text("flow.finished"), tx.text("flow.handIn"))));
        return true;
    }
}
