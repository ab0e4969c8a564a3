package nl.coachdans.ui;

import nl.coachdans.ui.text.Names;
import com.badlogic.gdx.scenes.scene2d.ui.ScrollPane;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import nl.coachdans.scoring.Band;
import nl.coachdans.ui.look.Styles;
import nl.coachdans.ui.text.FeatureTexts;
import nl.coachdans.ui.widget.Ui;

/**
 * What the assignment, progress and trainer screens share: their own strings, content names, the
 * page layout of the game's list screens (title and back button on top, one scrolling column,
 * the keys below), band chips, and PageUp/PageDown to scroll long pages without moving the focus.
 */
public abstract class FeatureScreen extends BaseScreen {
    private ScrollPane pane;
    /** Set by every build: the next frame reports the parts and the focus again (see render). */
    private boolean laidOut;

    protected FeatureScreen(UiContext ctx, String name) {
        super(ctx, name);
    }

    /** This screen's strings in the current language. */
    protected FeatureTexts tx() {
        return ctx.trainerTexts();
    }

    protected Names names() {
        return new Names(t(), ctx.data().library());
    }

    /** Lays out a list screen: heading and back button, the page scrolling below, a line of keys. */
    protected void layout(Table root, Ui ui, String title, Table page, float ems, Runnable back) {
        float g = ui.gap();
        Table header = new Table();
        header.add(ui.wrapped(title, Styles.HEADING)).growX().left().padRight(g);
        header.add(ui.button("back", t().get("common.back"), Styles.DEFAULT, back)).top().right();
        root.top().pad(g * 1.5f);
        root.add(header).growX().padBottom(g).row();
        pane = scroll(column(page, ems));
        root.add(pane).grow().row();
        root.add(ui.wrapped(tx().text("keys.list"), Styles.MUTED)).growX().padTop(g * 0.5f);
        laidOut = true;
    }

    /**
     * These screens rebuild in place (a report read, a file written, a question asked), which the
     * "screen" trace line does not cover; a "layout" line after each rebuild tells the window test
     * the parts and the focus as they are now.
     */
    @Override
    public void render(float delta) {
        if (laidOut) {
            laidOut = false;
            report("layout " + name() + " items=" + String.join(",", focus.ids())
                    + " focus=" + (focus.index() < 0 ? "" : focus.ids().get(focus.index())));
        }
        super.render(delta);
    }

    /** A band as the debrief shows it: a chip whose colour and word both say the band. */
    protected Table chip(Ui ui, Band band) {
        Table chip = ui.panel(Styles.CHIP);
        chip.add(ui.label(ctx.words().band(band), Styles.band(band)));
        return chip;
    }

    @Override
    protected boolean onKey(int keycode) {
        return pane != null && !focus.typingInField() && pageScroll(pane, keycode);
    }
}
