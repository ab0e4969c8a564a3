package nl.coachdans.ui.assignment;

import nl.coachdans.assignments.ResultExport;
import com.badlogic.gdx.scenes.scene2d.ui.HorizontalGroup;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import com.badlogic.gdx.scenes.scene2d.ui.TextField;
import nl.coachdans.assignments.Assignment;
import nl.coachdans.assignments.AssignmentResult;
import nl.coachdans.ui.UiContext;
import nl.coachdans.ui.look.Styles;
import nl.coachdans.ui.text.FeatureTexts;
import nl.coachdans.settings.FolderMemory;
import nl.coachdans.files.TypedPath;
import nl.coachdans.ui.widget.FocusCycle;
import nl.coachdans.ui.widget.Ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.function.Consumer;

/**
 * "Hand in": writes the result file for one assignment into a folder the trainee types (the last
 * one is remembered), says where it went, and asks before replacing a file that is already there
 * (replace, keep both under a new name, or cancel). Keeps its state across rebuilds of its screen.
 */
final class ExportPanel {
    private final UiContext ctx;
    private final Assignment assignment;
    private final Runnable rebuild;
    private final Consumer<String> report;
    private final FolderMemory memory;
    private String folderText;
    private TextField field;
    /** The result waiting for the trainee's answer, and the file that is in the way. */
    private AssignmentResult pending;
    private Path existing;
    private ResultExport.Outcome last;
    /** The part to focus after the next build; null leaves the focus where it is. */
    private String focusNext;

    ExportPanel(UiContext ctx, Assignment assignment, Runnable rebuild, Consumer<String> report) {
        this.ctx = ctx;
        this.assignment = assignment;
        this.rebuild = rebuild;
        this.report = report;
        this.memory = new FolderMemory(ctx.options().home());
        String remembered = memory.load().resultFolder();
        this.folderText = remembered != null ? remembered : defaultFolder().toString();
    }

    /** Documents when there is such a folder, else the home folder: somewhere the trainee finds it again. */
    static Path defaultFolder() {
        Path home = Paths.get(System.getProperty("user.home", "."));
        for (String name : new String[] {"Documents", "Documenten"}) {
            if (Files.isDirectory(home.resolve(name))) return home.resolve(name);
        }
        return home;
    }

    Table build(Ui ui, FocusCycle focus, FeatureTexts tx) {
        float g = ui.gap();
        Table box = ui.panel(Styles.PANEL);
        box.defaults().growX().left();
        box.add(ui.label(tx.text("export.title"), Styles.BOLD)).colspan(2).padBottom(g * 0.3f).row();
        box.add(ui.wrapped(tx.text("export.explain", assignment.trainer()), Styles.DEFAULT)).colspan(2).padBottom(g * 0.4f).row();
        String name = ctx.settings().trainee();
        box.add(ui.wrapped(name.isBlank() ? tx.text("export.noName") : tx.text("export.name", name),
                name.isBlank() ? Styles.WARNING : Styles.SMALL)).colspan(2).padBottom(g * 0.4f).row();
        box.add(ui.label(tx.text("export.folder"), Styles.SMALL)).colspan(2).row();
        field = ui.field("result-folder", folderText, null, 0, this::export);
        field.setTextFieldListener((f, c) -> folderText = f.getText());
        box.add(field).growX().padRight(g * 0.5f);
        box.add(ui.button("export", tx.text("export.button"), Styles.PRIMARY, this::export)).fill(false, false).expand(false, false).row();
        if (pending != null) {
            Table ask = ui.panel(Styles.DANGER_PANEL);
            ask.defaults().left();
            ask.add(ui.wrapped(tx.text("export.exists", existing), Styles.WARNING)).growX().padBottom(g * 0.4f).row();
            // The answers flow onto a second line when the text is large.
            HorizontalGroup answers = new HorizontalGroup();
            answers.wrap();
            answers.space(g * 0.5f);
            answers.wrapSpace(g * 0.3f);
            answers.addActor(ui.button("cancel", tx.text("export.cancel"), Styles.DEFAULT, this::cancel));
            answers.addActor(ui.button("keep-both", tx.text("export.keepBoth"), Styles.DEFAULT, () -> write(ResultExport.besides(existing), false)));
            answers.addActor(ui.button("replace", tx.text("export.replace"), Styles.DEFAULT, () -> write(existing, true)));
            ask.add(answers).growX().row();
            box.add(ask).colspan(2).padTop(g * 0.5f).row();
        } else if (last != null && last.status() == ResultExport.Status.WRITTEN) {
            box.add(ui.section("export-status", ui.wrapped(tx.text("export.written", last.file(), assignment.trainer()), Styles.SUCCESS)))
                    .colspan(2).padTop(g * 0.5f).row();
        } else if (last != null) {
            String why = last.file() == null ? tx.text("export.badFolder", last.problem()) : tx.text("export.failed", last.file(), last.problem());
            box.add(ui.section("export-status", ui.wrapped(why, Styles.DANGER))).colspan(2).padTop(g * 0.5f).row();
        }
        return box;
    }

    private void export() {
        folderText = field == null ? folderText : field.getText();
        Path folder = TypedPath.parse(folderText).orElse(null);
        if (folder == null) {
            last = new ResultExport.Outcome(ResultExport.Status.FAILED, null, folderText.strip());
            focusNext = "export-status";
            rebuild.run();
            return;
        }
        AssignmentResult result = ResultExport.result(assignment, ctx.data().history(), ctx.settings().trainee(), ctx.clock().instant());
        pending = result;
        write(ResultExport.target(folder.toAbsolutePath(), result), false);
    }

    private void write(Path file, boolean replace) {
        AssignmentResult result = pending;
        if (result == null) return;
        last = ResultExport.write(file, result, replace);
        if (last.status() == ResultExport.Status.EXISTS) {
            existing = file;
            focusNext = "cancel"; // the safe answer first
            report.accept("result-exists file=" + file.getFileName());
            rebuild.run();
            return;
        }
        pending = null;
        existing = null;
        focusNext = "export-status"; // where it went (or why not) is read next
        if (last.status() == ResultExport.Status.WRITTEN) {
            folderText = file.toAbsolutePath().getParent().toString();
            memory.save(memory.load().withResultFolder(folderText));
            report.accept("result-written file=" + file.getFileName() + " records=" + result.records().size() + " replaced=" + replace);
        }
        rebuild.run();
    }

    private void cancel() {
        pending = null;
        existing = null;
        last = null;
        focusNext = "export";
        rebuild.run();
    }

    /** The part to focus after the next build (the safe answer when asking), once; null for none. */
    String takeFocus() {
        String f = focusNext;
        focusNext = null;
        return f;
    }
}
