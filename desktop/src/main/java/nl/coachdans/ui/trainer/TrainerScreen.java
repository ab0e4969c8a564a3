package nl.coachdans.ui.trainer;

import nl.coachdans.ui.FeatureScreen;
import nl.coachdans.classreport.ClassReportLoader;
import nl.coachdans.files.SafeWrite;
import nl.coachdans.files.TypedPath;
import nl.coachdans.settings.FolderMemory;
import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.scenes.scene2d.ui.HorizontalGroup;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import com.badlogic.gdx.scenes.scene2d.ui.TextButton;
import com.badlogic.gdx.scenes.scene2d.ui.TextField;
import nl.coachdans.classreport.ClassReportHtml;
import nl.coachdans.ui.UiContext;
import nl.coachdans.assignments.AssignmentShelf;
import nl.coachdans.ui.text.AssignmentWords;
import nl.coachdans.ui.widget.Banner;
import nl.coachdans.assignments.ProblemKind;
import nl.coachdans.ui.look.Styles;
import nl.coachdans.ui.widget.Ui;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * For trainers: the class report of {@code coachdans report} in the game. The trainer types or
 * pastes the folder with the students' files (the last one is remembered), optionally picks the
 * assignment to judge against, and reads the report; every file is listed with its status. The
 * HTML report is written next to the folder, never over an existing file without asking.
 *
 * <p>Reading replays every record, which takes a moment for a large class, so it runs on a worker
 * thread; the screen says it is reading, and the result is taken over on the render thread.
 */
public final class TrainerScreen extends FeatureScreen {
    private final FolderMemory memory;
    private String folderText;
    private String assignmentText;
    private TextField folderField;
    private TextField assignmentField;
    private List<AssignmentShelf.Shelved> shelf = List.of();
    private ClassReportLoader.Loaded loaded;
    private boolean reading;
    private boolean disposed;
    private SafeWrite.Outcome html;
    private byte[] pendingHtml;
    private String focusNext;
    /** A folder given when the screen was made (dropped on the window) is read once it shows. */
    private boolean readLater;

    public TrainerScreen(UiContext ctx) {
        this(ctx, null);
    }

    /** With a folder to read at once (a folder dropped on the window). */
    public TrainerScreen(UiContext ctx, Path folder) {
        super(ctx, "trainer");
        this.memory = new FolderMemory(ctx.options().home());
        FolderMemory.Folders f = memory.load();
        this.folderText = folder != null ? folder.toString() : f.classFolder() == null ? "" : f.classFolder();
        this.assignmentText = f.reportAssignment() == null ? "" : f.reportAssignment();
        if (folder != null) readLater = true;
    }

    @Override
    public void show() {
        shelf = new AssignmentShelf(ctx.options().home(), ctx.data().playable()).list().stream()
                .filter(AssignmentShelf.Shelved::ok).toList();
        super.show();
        if (readLater) {
            readLater = false;
            read();
        }
    }

    @Override
    protected void build(Table root, Ui ui) {
        float g = ui.gap();
        Table page = new Table();
        page.top().left();
        page.defaults().growX().left().padBottom(g);
        page.add(ui.wrapped(tx().text("trainer.intro"), Styles.DEFAULT)).row();
        page.add(chooser(ui)).row();

        if (reading) {
            page.add(ui.section("reading", ui.wrapped(tx().text("trainer.reading", folderText), Styles.BOLD))).row();
        } else if (loaded != null && !loaded.ok()) {
            page.add(problem().render(ui)).row();
        } else if (loaded != null) {
            page.add(htmlBox(ui)).row();
            new ClassReportView(loaded.report(), ui, tx(), t(), names(), look()).addTo(page);
        }

        layout(root, ui, tx().text("trainer.title"), page, 60f, () -> ctx.nav().menu());
        String wanted = focusNext;
        focusNext = null;
        if (wanted != null && focus.ids().contains(wanted)) focus.focusId(wanted);
        else if (loaded == null && !reading) focus.focusId("folder");
    }

    private Table chooser(Ui ui) {
        float g = ui.gap();
        Table box = ui.panel(Styles.PANEL_ALT);
        box.defaults().left();
        box.add(ui.wrapped(tx().text("trainer.folder"), Styles.BOLD)).growX().colspan(2).padBottom(g * 0.3f).row();
        folderField = ui.field("folder", folderText, tx().text("trainer.folderPlaceholder"), 0, this::read);
        folderField.setTextFieldListener((f, c) -> folderText = f.getText());
        box.add(folderField).growX().padRight(g * 0.5f);
        TextButton read = ui.button("read", tx().text("trainer.read"), Styles.PRIMARY, this::read);
        read.setDisabled(reading);
        box.add(read).row();

        box.add(ui.wrapped(tx().text("trainer.assignment"), Styles.BOLD)).growX().colspan(2).padTop(g * 0.6f).padBottom(g * 0.3f).row();
        // The assignments on the trainer's own shelf as quick picks; they flow onto more lines.
        HorizontalGroup picks = new HorizontalGroup();
        picks.wrap();
        picks.space(g * 0.4f);
        picks.wrapSpace(g * 0.3f);
        picks.addActor(toggle(ui, "assignment-none", tx().text("trainer.noAssignment"), assignmentText.isBlank(), ""));
        for (AssignmentShelf.Shelved s : shelf) {
            String file = s.file().toString();
            picks.addActor(toggle(ui, "assignment-" + s.assignment().id(), s.assignment().title(), file.equals(assignmentText.strip()), file));
        }
        box.add(picks).growX().colspan(2).padBottom(g * 0.3f).row();
        assignmentField = ui.field("assignment-file", assignmentText, tx().text("trainer.assignmentPlaceholder"), 0, this::read);
        assignmentField.setTextFieldListener((f, c) -> assignmentText = f.getText());
        box.add(assignmentField).growX().colspan(2).row();
        box.add(ui.wrapped(tx().text("trainer.hint"), Styles.MUTED)).growX().colspan(2).padTop(g * 0.3f).row();
        return box;
    }

    private TextButton toggle(Ui ui, String id, String text, boolean on, String file) {
        TextButton b = ui.button(id, text, Styles.TOGGLE, () -> {
            assignmentText = file;
            focusNext = id;
            rebuild();
        });
        b.setProgrammaticChangeEvents(false);
        b.setChecked(on);
        return b;
    }

    private Banner problem() {
        ClassReportLoader.Problem p = loaded.problem();
        Path folder = loaded.folder();
        List<String> details = new ArrayList<>();
        String headline = switch (p) {
            case NO_FOLDER -> tx().text("trainer.noFolder", folder == null ? folderText : folder);
            case NOT_A_FOLDER -> tx().text("trainer.notAFolder", folder);
            case UNREADABLE_FOLDER -> tx().text("trainer.unreadable", folder);
            case BAD_ASSIGNMENT -> AssignmentWords.of(ctx)
                    .problem(ProblemKind.of(loaded.findings()), loaded.assignmentFile());
        };
        if (p == ClassReportLoader.Problem.BAD_ASSIGNMENT) {
            details.addAll(AssignmentWords.of(ctx).details(loaded.findings(), loaded.assignmentFile()));
        } else if (loaded.message() != null) {
            details.add(loaded.message());
        }
        return Banner.problem(headline, details);
    }

    private Table htmlBox(Ui ui) {
        float g = ui.gap();
        Table box = ui.panel(Styles.PANEL);
        box.defaults().left();
        Path target = SafeWrite.nextTo(loaded.folder(), tx().text("trainer.htmlSuffix"));
        box.add(ui.wrapped(tx().text("trainer.htmlExplain", target), Styles.SMALL)).growX().colspan(3).padBottom(g * 0.4f).row();
        box.add(ui.button("html", tx().text("trainer.html"), Styles.DEFAULT, () -> writeHtml(target, false))).colspan(3).left().row();
        if (pendingHtml != null && html != null && html.status() == SafeWrite.Status.EXISTS) {
            box.add(ui.wrapped(tx().text("export.exists", html.file()), Styles.WARNING)).growX().colspan(3).padTop(g * 0.4f).row();
            HorizontalGroup answers = new HorizontalGroup();
            answers.wrap();
            answers.space(g * 0.5f);
            answers.wrapSpace(g * 0.3f);
            answers.addActor(ui.button("html-cancel", tx().text("export.cancel"), Styles.DEFAULT, () -> {
                pendingHtml = null;
                html = null;
                focusNext = "html";
                rebuild();
            }));
            answers.addActor(ui.button("html-keep-both", tx().text("export.keepBoth"), Styles.DEFAULT,
                    () -> writeHtml(SafeWrite.besides(html.file()), false)));
            answers.addActor(ui.button("html-replace", tx().text("export.replace"), Styles.DEFAULT, () -> writeHtml(html.file(), true)));
            box.add(answers).growX().colspan(3).padTop(g * 0.3f).row();
        } else if (html != null && html.status() == SafeWrite.Status.WRITTEN) {
            box.add(ui.wrapped(tx().text("trainer.htmlWritten", html.file()), Styles.SUCCESS)).growX().colspan(3).padTop(g * 0.4f).row();
        } else if (html != null) {
            box.add(ui.wrapped(tx().text("export.failed", html.file(), html.problem()), Styles.DANGER)).growX().colspan(3).padTop(g * 0.4f).row();
        }
        return ui.section("html-box", box);
    }

    private void writeHtml(Path target, boolean replace) {
        if (loaded == null || !loaded.ok()) return;
        byte[] bytes = pendingHtml != null ? pendingHtml : ClassReportHtml.render(loaded.report(), t().language()).getBytes(StandardCharsets.UTF_8);
        html = SafeWrite.write(target, bytes, replace);
        if (html.status() == SafeWrite.Status.EXISTS) {
            pendingHtml = bytes;
            focusNext = "html-cancel";
            report("html-exists file=" + target.getFileName());
        } else {
            pendingHtml = null;
            focusNext = "html";
            if (html.status() == SafeWrite.Status.WRITTEN) report("html-written file=" + target.getFileName() + " replaced=" + replace);
        }
        rebuild();
    }

    private void read() {
        if (reading) return;
        folderText = folderField == null ? folderText : folderField.getText();
        assignmentText = assignmentField == null ? assignmentText : assignmentField.getText();
        Path folder = TypedPath.parse(folderText).orElse(null);
        Path assignment = TypedPath.parse(assignmentText).orElse(null);
        if (folder != null) memory.save(memory.load().withClassFolder(folder.toString())
                .withReportAssignment(assignment == null ? null : assignment.toString()));
        reading = true;
        html = null;
        pendingHtml = null;
        focusNext = "reading";
        rebuild();
        ClassReportLoader loader = new ClassReportLoader(ctx.data().source(), ctx.data().playable());
        Thread worker = new Thread(() -> {
            ClassReportLoader.Loaded result;
            try {
                result = loader.load(folder, assignment);
            } catch (RuntimeException e) {
                result = new ClassReportLoader.Loaded(folder, assignment, null, ClassReportLoader.Problem.UNREADABLE_FOLDER, null,
                        String.valueOf(e.getMessage()));
            }
            ClassReportLoader.Loaded done = result;
            Gdx.app.postRunnable(() -> loaded(done));
        }, "coachdans-class-report");
        worker.setDaemon(true);
        worker.start();
    }

    private void loaded(ClassReportLoader.Loaded result) {
        if (disposed) return;
        reading = false;
        loaded = result;
        focusNext = result.ok() ? "totals" : "banner";
        rebuild();
        if (result.ok()) {
            var s = result.report().totals();
            report("trainer-report files=" + s.files() + " records=" + s.records() + " ok=" + s.ok() + " altered=" + s.altered()
                    + " stale=" + s.stale() + " corrupt=" + s.corrupt() + " counted=" + s.counted() + " students=" + s.students()
                    + " assignment=" + (result.report().assignment() == null ? "-" : result.report().assignment().id()));
        } else {
            report("trainer-report problem=" + result.problem().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    @Override
    public void dispose() {
        disposed = true;
        super.dispose();
    }
}
