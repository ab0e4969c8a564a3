package nl.coachdans.ui.debrief;

import nl.coachdans.debrief.SelfRatings;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import nl.coachdans.debrief.Debrief;
import nl.coachdans.ui.look.Look;
import nl.coachdans.ui.text.FeatureTexts;
import nl.coachdans.ui.text.Words;
import nl.coachdans.ui.widget.FocusCycle;
import nl.coachdans.ui.widget.Ui;

/**
 * What every part of the debrief is built from: the widget factory (which registers focusable
 * parts), the strings, the content's names, the session and, once built, the debrief itself.
 */
record PartContext(Ui ui, FeatureTexts dt, Names names, Words words, Look look, DebriefScreen.Data data,
                   Debrief debrief, SelfRatings ratings, FocusCycle focus) {

    float gap() {
        return ui.gap();
    }

    /** An empty page of a part: top-left, every row as wide as the page, a gap below each. */
    Table page() {
        Table page = new Table();
        page.top().left();
        page.defaults().growX().left().padBottom(gap());
        return page;
    }
}
