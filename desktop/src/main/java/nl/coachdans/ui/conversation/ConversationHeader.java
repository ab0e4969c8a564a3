package nl.coachdans.ui.conversation;

import com.badlogic.gdx.scenes.scene2d.ui.Label;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import nl.coachdans.engine.TurnTaken;
import nl.coachdans.scenario.LocalizedText;
import nl.coachdans.ui.look.Styles;
import nl.coachdans.play.PlaySession;
import nl.coachdans.ui.text.Texts;
import nl.coachdans.ui.text.Words;
import nl.coachdans.ui.widget.Ui;

/**
 * The conversation's top line: the scenario, where the talk is (chapter, turn of about how many)
 * and the mode. On a narrow window the title gives way first (shortened with …), then the progress.
 */
final class ConversationHeader {
    private ConversationHeader() {
    }

    static Table build(Ui ui, Texts t, Words words, PlaySession play) {
        float g = ui.gap();
        Table h = new Table();
        Label title = ui.label(t.of(play.scenario().title()), Styles.BOLD);
        title.setEllipsis(true);
        h.add(title).left().expandX().fillX().minWidth(0).padRight(g);
        String chapter = currentChapter(t, play);
        Label where = ui.label((chapter.isEmpty() ? "" : chapter + "  \u00B7  ") + progress(t, play), Styles.MUTED);
        where.setEllipsis(true);
        h.add(where).minWidth(0).padRight(g);
        Table chip = ui.panel(Styles.CHIP);
        chip.add(ui.label(words.mode(play.mode()), Styles.SMALL));
        h.add(chip);
        return h;
    }

    /** "Turn 3 of about 13": the expert path's length is the honest estimate of a whole talk. */
    private static String progress(Texts t, PlaySession play) {
        int expected = play.scenario().expert().size();
        int turn = play.turnsTaken() + 1;
        if (play.session().ended()) return t.get("conversation.finished");
        return expected > 0 ? t.format("conversation.turnOf", turn, expected) : t.format("conversation.turn", turn);
    }

    /** The chapter of the latest node that started one (nodes name a chapter only where it begins). */
    private static String currentChapter(Texts t, PlaySession play) {
        LocalizedText chapter = null;
        for (TurnTaken turn : play.session().talk()) {
            if (turn.line().chapter() != null) chapter = turn.line().chapter();
        }
        if (play.session().current().chapter() != null) chapter = play.session().current().chapter();
        return chapter == null ? "" : t.of(chapter);
    }
}
