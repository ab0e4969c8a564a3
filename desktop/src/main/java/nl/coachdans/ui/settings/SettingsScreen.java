package nl.coachdans.ui.settings;

import nl.coachdans.ui.BaseScreen;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import com.badlogic.gdx.scenes.scene2d.ui.TextButton;
import com.badlogic.gdx.scenes.scene2d.ui.TextField;
import nl.coachdans.scenario.Language;
import nl.coachdans.ui.UiContext;
import nl.coachdans.ui.look.Styles;
import nl.coachdans.settings.Settings;
import nl.coachdans.settings.TextSize;
import nl.coachdans.ui.widget.Ui;

/**
 * Language, text size, contrast, think first and the trainee's name. Every change applies at once
 * (the screen is redrawn in the new look) and is saved atomically to settings.json.
 */
public final class SettingsScreen extends BaseScreen {
    private TextField name;

    public SettingsScreen(UiContext ctx) {
        super(ctx, "settings");
    }

    @Override
    protected void build(Table root, Ui ui) {
        float g = ui.gap();
        Settings s = ctx.settings();
        Table page = new Table();
        page.top().left();
        page.defaults().left().growX().padBottom(g * 0.9f);

        row(page, ui, t().get("settings.language"), null, opts -> {
            opts.add(toggle(ui, "lang-nl", "Nederlands", s.lang() == Language.NL, () -> apply(s.withLanguage(Language.NL)))).padRight(g * 0.5f);
            opts.add(toggle(ui, "lang-en", "English", s.lang() == Language.EN, () -> apply(s.withLanguage(Language.EN))));
        });
        row(page, ui, t().get("settings.size"), null, opts -> {
            for (TextSize size : TextSize.values()) {
                String id = "size-" + size.code();
                opts.add(toggle(ui, id, t().get(size.key()), s.textSize() == size, () -> apply(s.withTextSize(size)))).padRight(g * 0.5f);
            }
        });
        row(page, ui, t().get("settings.contrast"), t().get("settings.contrastHint"), opts ->
                opts.add(toggle(ui, "contrast", onOff(s.highContrast()), s.highContrast(), () -> apply(s.withHighContrast(!s.highContrast())))));
        row(page, ui, t().get("settings.think"), t().get("settings.thinkHint"), opts ->
                opts.add(toggle(ui, "think", onOff(s.thinkFirst()), s.thinkFirst(), () -> apply(s.withThinkFirst(!s.thinkFirst())))));
        row(page, ui, t().get("settings.name"), t().get("settings.nameHint"), opts -> {
            name = ui.field("name", s.trainee(), t().get("settings.namePlaceholder"), Settings.MAX_NAME, () -> focus.focusId("back"));
            name.setTextFieldListener((field, c) -> saveName());
            opts.add(name).width(look().size().body() * 18f);
        });
        page.add(ui.button("back", t().get("common.back"), Styles.PRIMARY, () -> ctx.nav().menu())).padTop(g).fill(false, false).row();
        page.add(ui.wrapped(t().format("settings.file", ctx.settingsStore().file()), Styles.MUTED)).growX().row();

        Table header = new Table();
        header.add(ui.label(t().get("settings.title"), Styles.HEADING)).left().expandX();
        root.top().pad(g * 1.5f);
        root.add(header).growX().padBottom(g).row();
        root.add(scroll(column(page, 46f))).grow();
    }

    private void row(Table page, Ui ui, String label, String hint, java.util.function.Consumer<Table> options) {
        float g = ui.gap();
        Table r = new Table();
        r.left();
        r.defaults().left();
        r.add(ui.label(label, Styles.BOLD)).padBottom(hint == null ? g * 0.4f : 0).row();
        if (hint != null) r.add(ui.wrapped(hint, Styles.MUTED)).growX().padBottom(g * 0.4f).row();
        Table opts = new Table();
        opts.left();
        options.accept(opts);
        r.add(opts).left();
        page.add(r).growX().row();
    }

    private TextButton toggle(Ui ui, String id, String text, boolean on, Runnable action) {
        TextButton b = ui.button(id, text, Styles.TOGGLE, action);
        b.getLabel().setWrap(false);
        b.setProgrammaticChangeEvents(false);
        b.setChecked(on);
        return b;
    }

    private String onOff(boolean on) {
        return t().get(on ? "settings.on" : "settings.off");
    }

    private void apply(Settings next) {
        ctx.nav().applySettings(next);
    }

    private void saveName() {
        ctx.nav().applySettings(ctx.settings().withTrainee(name.getText()));
    }
}
