package nl.coachdans.ui.conversation;

import com.badlogic.gdx.scenes.scene2d.ui.Table;
import nl.coachdans.engine.TurnTaken;
import nl.coachdans.scenario.NodeKind;
import nl.coachdans.ui.look.Styles;
import nl.coachdans.ui.text.Texts;
import nl.coachdans.ui.widget.Ui;

import java.util.List;

/** The conversation so far: each earlier client line, quieter, and the coach's answer on the right. */
final class TranscriptView {
    private TranscriptView() {
    }

    static void addTo(Table content, Ui ui, Texts t, List<TurnTaken> talk, String clientName) {
        float g = ui.gap();
        for (TurnTaken turn : talk) {
            NodeKind kind = turn.line().kind();
            String prefix = kind == NodeKind.EMAIL ? "\u2709 " : "";
            String who = kind == NodeKind.NARRATION ? "" : clientName + ": ";
            content.add(ui.wrapped(prefix + who + t.of(turn.line().text()), Styles.MUTED)).growX().left().padBottom(g * 0.4f).row();
            Table bubble = ui.panel(Styles.COACH_BUBBLE);
            bubble.add(ui.wrapped(t.of(turn.said().text()), Styles.SMALL)).growX();
            Table row = new Table();
            row.add().width(g * 4);
            row.add(bubble).growX();
            content.add(row).growX().padBottom(g * 0.8f).row();
        }
    }
}
