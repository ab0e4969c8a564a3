package nl.coachdans.ui.conversation;

import com.badlogic.gdx.scenes.scene2d.ui.Table;
import nl.coachdans.engine.Turn;
import nl.coachdans.scenario.Choice;
import nl.coachdans.scenario.Node;
import nl.coachdans.scenario.NodeKind;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.ui.look.Styles;
import nl.coachdans.ui.text.Texts;
import nl.coachdans.ui.widget.Ui;

import java.util.List;

/** The conversation so far: each earlier client line, quieter, and the coach's answer on the right. */
final class TranscriptView {
    private TranscriptView() {
    }

    static void addTo(Table content, Ui ui, Texts t, Scenario scenario, List<Turn> turns, String clientName) {
        float g = ui.gap();
        for (Turn turn : turns) {
            Node node = scenario.node(turn.node());
            String prefix = node != null && node.kind() == NodeKind.EMAIL ? "\u2709 " : "";
            String who = node != null && node.kind() == NodeKind.NARRATION ? "" : clientName + ": ";
            content.add(ui.wrapped(prefix + who + t.of(turn.shown()), Styles.MUTED)).growX().left().padBottom(g * 0.4f).row();
            Choice c = scenario.findChoice(turn.choice()).map(java.util.Map.Entry::getValue).orElse(null);
            Table bubble = ui.panel(Styles.COACH_BUBBLE);
            bubble.add(ui.wrapped(c == null ? turn.choice() : t.of(c.text()), Styles.SMALL)).growX();
            Table row = new Table();
            row.add().width(g * 4);
            row.add(bubble).growX();
            content.add(row).growX().padBottom(g * 0.8f).row();
        }
    }
}
