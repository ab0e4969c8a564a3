package nl.coachdans.ui.screen;

import com.badlogic.gdx.scenes.scene2d.ui.Table;
import com.badlogic.gdx.scenes.scene2d.ui.TextButton;
import nl.coachdans.ui.UiContext;
import nl.coachdans.ui.look.Styles;
import nl.coachdans.ui.widget.Ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Assignments from a trainer. Until the trainee has an assignment file there is nothing to do
 * here, and the screen says so: the open action is shown disabled with the reason and the folder
 * where an assignment file goes.
 */
public final class AssignmentsScreen extends BaseScreen {
    private List<Path> files = List.of();

    public AssignmentsScreen(UiContext ctx) {
        super(ctx);
    }

    @Override
    protected String name() {
        return "assignments";
    }

    private Path folder() {
        return ctx.options().home().resolve("assignments");
    }

    @Override
    public void show() {
        files = list(folder());
        super.show();
    }

    static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    @Override
    protected void build(Table root, Ui ui) {
        float g = ui.gap();
        Table page = new Table();
        page.top().left();
        page.defaults().growX().left().padBottom(g * 0.7f);
        Table box = ui.panel(Styles.PANEL);
        box.defaults().growX().left().padBottom(g * 0.5f);
        if (files.isEmpty()) {
            box.add(ui.wrapped(t().get("assignments.none"), Styles.BOLD)).row();
            box.add(ui.wrapped(t().get("assignments.explain"), Styles.DEFAULT)).row();
        } else {
            box.add(ui.wrapped(t().format("assignments.found", files.size()), Styles.BOLD)).row();
            for (Path f : files) box.add(ui.wrapped("\u2022 " + f.getFileName(), Styles.DEFAULT)).row();
            box.add(ui.wrapped(t().get("assignments.cannotRead"), Styles.DEFAULT)).row();
        }
        page.add(ui.section("status", box)).row();
        TextButton open = ui.button("open", t().get("assignments.open"), Styles.DEFAULT, () -> { });
        open.setDisabled(true);
        page.add(open).left().fill(false, false).expand(false, false).padBottom(g * 0.3f).row();
        page.add(ui.wrapped(t().format("assignments.where", folder()), Styles.MUTED)).row();

        Table header = new Table();
        header.add(ui.label(t().get("assignments.title"), Styles.HEADING)).left().expandX();
        header.add(ui.button("back", t().get("common.back"), Styles.DEFAULT, () -> ctx.nav().menu()));
        root.top().pad(g * 1.5f);
        root.add(header).growX().padBottom(g).row();
        root.add(scroll(column(page, 44f))).grow();
        focus.focusId("back");
    }
}
