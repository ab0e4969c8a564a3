package nl.coachdans.ui.assignment;

import nl.coachdans.ui.text.AssignmentWords;
import nl.coachdans.ui.widget.Banner;
import nl.coachdans.assignments.AssignmentShelf;
import nl.coachdans.assignments.OpenedFile;
import nl.coachdans.assignments.ProblemKind;
import nl.coachdans.assignments.AssignmentResult;
import nl.coachdans.assignments.AssignmentResults;
import nl.coachdans.sessions.RecordReader;
import nl.coachdans.sessions.StoredRecord;
import nl.coachdans.scenario.ReadResult;
import nl.coachdans.ui.UiContext;
import nl.coachdans.ui.progress.PastSession;
import nl.coachdans.ui.text.FeatureTexts;
import nl.coachdans.ui.trainer.TrainerScreen;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens a file handed to the game (by {@code coachdans open}, dropped on the window, or typed in)
 * on the screen that fits it: an assignment on its own screen (after putting a copy on the
 * trainee's shelf), a result file on the result screen, a session record in its debrief, a folder
 * on the trainer screen. Whatever is wrong with the file is said on the assignments screen; the
 * file itself is never changed, and the game carries on.
 */
public final class FileOpener {
    private final UiContext ctx;

    public FileOpener(UiContext ctx) {
        this.ctx = ctx;
    }

    private FeatureTexts tx() {
        return ctx.trainerTexts();
    }

    private AssignmentWords words() {
        return AssignmentWords.of(ctx);
    }

    private AssignmentShelf shelf() {
        return new AssignmentShelf(ctx.options().home(), ctx.data().playable());
    }

    public void open(Path given) {
        Path file = given.toAbsolutePath().normalize();
        // Looking into the file happens off the render thread: a slow disk must not freeze the
        // window, and classify() opens regular files only, so a pipe cannot block it either.
        java.util.concurrent.CompletableFuture.supplyAsync(() -> OpenedFile.classify(file))
                .exceptionally(e -> new OpenedFile(file, OpenedFile.Kind.UNKNOWN,
                        nl.coachdans.files.Explanation.of(nl.coachdans.files.Explanation.Why.CANNOT_READ, String.valueOf(e.getMessage()))))
                .thenAccept(f -> com.badlogic.gdx.Gdx.app.postRunnable(() -> show(file, f)));
    }

    private void show(Path file, OpenedFile f) {
        ctx.report("open kind=" + f.kind().name().toLowerCase(java.util.Locale.ROOT) + " file=" + file.getFileName());
        switch (f.kind()) {
            case MISSING -> refuse(Banner.problem(tx().text("problem.missing", file), List.of(tx().text("problem.nothingLost"))));
            case UNKNOWN -> refuse(Banner.problem(tx().text("problem.notOurs", file.getFileName()), opened(tx().explain(f.problem()), file)));
            case FOLDER -> ctx.nav().display(new TrainerScreen(ctx, file));
            case ASSIGNMENT -> assignment(file);
            case RESULT -> result(file);
            case RECORD -> record(file);
        }
    }

    /** What is wrong with a file that is none of the game's kinds, then where it is and that nothing changed. */
    private List<String> opened(String problem, Path file) {
        List<String> details = new ArrayList<>();
        if (problem != null) details.add(problem);
        details.add(tx().text("problem.file", file));
        details.add(tx().text("problem.nothingLost"));
        return details;
    }

    private void refuse(Banner banner) {
        ctx.report("open-refused");
        ctx.nav().display(new AssignmentsScreen(ctx, banner));
    }

    private void assignment(Path file) {
        AssignmentShelf shelf = shelf();
        AssignmentShelf.Shelved read = shelf.read(file);
        if (!read.ok()) {
            refuse(Banner.problem(words().problem(ProblemKind.of(read.findings()), file), words().details(read.findings(), file)));
            return;
        }
        Banner banner;
        AssignmentShelf.Shelved shown = read;
        try {
            AssignmentShelf.Added added = shelf.add(file);
            shown = new AssignmentShelf.Shelved(added.file(), read.assignment(), read.findings());
            banner = Banner.info(tx().text(added.copied() ? "open.added" : "open.known", read.assignment().title()),
                    tx().text("open.addedWhere", added.file()));
        } catch (IOException | RuntimeException e) {
            banner = Banner.info(tx().text("open.notCopied", read.assignment().title()), String.valueOf(e.getMessage()));
        }
        ctx.nav().display(new AssignmentScreen(ctx, shown, banner));
    }

    private void result(Path file) {
        ReadResult<AssignmentResult> r = AssignmentResults.read(file);
        if (r.value() == null) {
            refuse(Banner.problem(words().problem(ProblemKind.of(r.findings()), file), words().details(r.findings(), file)));
            return;
        }
        AssignmentShelf.Shelved own = shelf().find(r.value().assignment().id()).orElse(null);
        ctx.nav().display(new ResultScreen(ctx, file, r.value(), own));
    }

    private void record(Path file) {
        StoredRecord s = new RecordReader(ctx.data().source()).read(file);
        if (new PastSession(ctx).debrief(s, tx().text("open.record", file.getFileName()))) return;
        List<String> details = new ArrayList<>();
        if (s.explanation() != null) details.add(tx().explain(s.explanation()));
        details.add(tx().text("problem.file", file));
        details.add(tx().text("problem.nothingLost"));
        boolean newer = s.record() != null && s.record().format() > nl.coachdans.sessions.SessionRecord.FORMAT;
        String kind = newer ? "problem.newer" : "problem.record";
        refuse(Banner.problem(tx().text(kind, file.getFileName()), details));
    }
}
