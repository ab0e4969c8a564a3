package nl.coachdans.ui.conversation;

import com.badlogic.gdx.scenes.scene2d.ui.Table;
import nl.coachdans.engine.CurrentNode;
import nl.coachdans.scenario.NodeKind;
import nl.coachdans.ui.look.Styles;
import nl.coachdans.ui.text.Texts;
import nl.coachdans.ui.widget.TypewriterLabel;
import nl.coachdans.ui.widget.Ui;

/**
 * The client's current words as the trainee meets them: an email with From/To/Subject, a speech
 * bubble with the client's name, a narration panel, or the ending.
 */
final class NodeCard {
    /** Glyphs per second; fast enough never to feel like waiting, slow enough to read along. */
    static final float TYPING_SPEED = 80f;

    private NodeCard() {
    }

    /** The card and its typing label (so the screen can finish it on any key). */
    record Built(Table card, TypewriterLabel typing) { }

    static Built build(Ui ui, Texts t, CurrentNode node, String clientName) {
        float g = ui.gap();
        String text = t.of(node.text());
        TypewriterLabel body = new TypewriterLabel(text, ui.skin().get(Styles.DEFAULT, com.badlogic.gdx.scenes.scene2d.ui.Label.LabelStyle.class), TYPING_SPEED);
        Table card;
        if (node.kind() == NodeKind.EMAIL) {
            card = ui.panel(Styles.PANEL);
            Table header = ui.panel(Styles.EMAIL_HEADER);
            header.defaults().left();
            header.add(ui.label(t.get("email.from"), Styles.MUTED)).padRight(g);
            header.add(ui.label(clientName, Styles.BOLD)).growX().row();
            header.add(ui.label(t.get("email.to"), Styles.MUTED)).padRight(g);
            header.add(ui.label(t.get("email.you"), Styles.SMALL)).growX().row();
            header.add(ui.label(t.get("email.subject"), Styles.MUTED)).padRight(g);
            header.add(ui.wrapped(node.subject() == null ? "" : t.of(node.subject()), Styles.BOLD)).growX();
            card.add(ui.label("\u2709 " + t.get("email.kind"), Styles.ACCENT)).left().padBottom(g * 0.4f).row();
            card.add(header).growX().padBottom(g * 0.8f).row();
            card.add(body).growX().left();
        } else if (node.kind() == NodeKind.UTTERANCE) {
            card = new Table();
            card.add(ui.label(clientName, Styles.ACCENT)).left().padBottom(g * 0.25f).row();
            Table bubble = ui.panel(Styles.BUBBLE);
            bubble.add(body).growX();
            card.add(bubble).growX();
        } else {
            card = ui.panel(Styles.PANEL_ALT);
            String kind = t.get(node.kind() == NodeKind.ENDING ? "node.ending" : "node.narration");
            card.add(ui.label(kind, Styles.ACCENT)).left().padBottom(g * 0.3f).row();
            card.add(body).growX().left();
        }
        return new Built(card, body);
    }
}
