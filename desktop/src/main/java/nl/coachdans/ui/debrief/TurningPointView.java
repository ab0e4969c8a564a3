package nl.coachdans.ui.debrief;

import com.badlogic.gdx.scenes.scene2d.ui.Table;
import nl.coachdans.debrief.Alternative;
import nl.coachdans.debrief.TurningPoint;
import nl.coachdans.engine.Turn;
import nl.coachdans.ui.look.Styles;
import nl.coachdans.ui.widget.Ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One turning point: what the client said, then every option offered at that turn with what it
 * would have led to: the client's next words, the steps and risks, the change in the client's
 * state and the best ending still reachable. The trainee's choice and the expert's are marked.
 */
final class TurningPointView {
    private static final int QUOTE_MAX = 260;

    private final PartContext c;

    TurningPointView(PartContext c) {
        this.c = c;
    }

    Table build(TurningPoint tp) {
        Ui ui = c.ui();
        float g = c.gap();
        Table box = ui.panel(Styles.PANEL);
        box.defaults().growX().left();
        box.add(ui.wrapped(c.dt().text("turning.at", tp.turn()), Styles.BOLD)).row();
        box.add(ui.wrapped(c.dt().text(tp.reason() == TurningPoint.Reason.BETTER_OPTION ? "turning.better" : "turning.avoided"),
                Styles.MUTED)).padBottom(g * 0.4f).row();
        Turn turn = tp.turn() >= 1 && tp.turn() <= c.data().transcript().turns().size() ? c.data().transcript().turns().get(tp.turn() - 1) : null;
        if (turn != null) {
            String quote = Names.shorten(c.names().of(turn.shown()), QUOTE_MAX);
            boolean told = narrated(c.data().scenario().node(turn.node()));
            box.add(ui.wrapped(told ? c.dt().text("turning.scene", quote) : c.dt().text("turning.clientSaid", c.names().client(), quote),
                    Styles.SMALL)).padBottom(g * 0.6f).row();
        }
        for (Alternative a : ordered(tp.options())) box.add(option(ui, a)).padBottom(g * 0.5f).row();
        return box;
    }

    private static boolean narrated(nl.coachdans.scenario.Node node) {
        return node != null && (node.kind() == nl.coachdans.scenario.NodeKind.NARRATION || node.kind() == nl.coachdans.scenario.NodeKind.ENDING);
    }

    /** The trainee's choice first, then the expert's, then the rest as offered. */
    private static List<Alternative> ordered(List<Alternative> options) {
        List<Alternative> out = new ArrayList<>();
        options.stream().filter(Alternative::chosen).forEach(out::add);
        options.stream().filter(a -> a.expert() && !a.chosen()).forEach(out::add);
        options.stream().filter(a -> !a.expert() && !a.chosen()).forEach(out::add);
        return out;
    }

    private Table option(Ui ui, Alternative a) {
        float g = c.gap();
        Table box = ui.panel(a.chosen() ? Styles.PANEL_ALT : Styles.PANEL);
        box.defaults().growX().left();
        String badge = a.chosen() && a.expert() ? c.dt().text("turning.chosenExpert")
                : a.chosen() ? c.dt().text("turning.chosen") : a.expert() ? c.dt().text("turning.expert") : c.dt().text("turning.other");
        box.add(ui.label(badge, a.expert() ? Styles.SUCCESS : a.chosen() ? Styles.ACCENT : Styles.MUTED)).padBottom(g * 0.2f).row();
        box.add(ui.wrapped(c.names().choice(a.choice()), Styles.DEFAULT)).padBottom(g * 0.3f).row();
        String answer = Names.shorten(c.names().of(a.clientAnswer()), QUOTE_MAX);
        if (!answer.isEmpty()) {
            // The next node may be narration or an ending rather than the client speaking.
            String next = a.leadsTo();
            boolean told = next != null && narrated(c.data().scenario().node(next));
            box.add(ui.wrapped(told ? c.dt().text("turning.then", answer) : c.dt().text("turning.answer", c.names().client(), answer),
                    Styles.SMALL)).padBottom(g * 0.2f).row();
        }
        for (String s : a.steps()) box.add(ui.wrapped(c.dt().text("turning.step", c.names().stepTag(s)), Styles.SUCCESS)).row();
        for (String r : a.risks()) box.add(ui.wrapped(c.dt().text("turning.risk", c.names().riskTag(r)), Styles.DANGER)).row();
        String change = stateChange(a.stateChange());
        if (!change.isEmpty()) box.add(ui.wrapped(change, Styles.SMALL)).row();
        String best = a.bestReachable() == null ? c.dt().text("turning.noEnding") : c.dt().text("turning.best", c.words().quality(a.bestReachable()));
        box.add(ui.wrapped(best, Styles.MUTED)).padTop(g * 0.2f).row();
        return box;
    }

    private String stateChange(Map<String, Integer> change) {
        List<String> parts = new ArrayList<>();
        change.forEach((k, v) -> parts.add(c.dt().text(v > 0 ? "turning.up" : "turning.down", c.names().variable(k), Math.abs(v))));
        return parts.isEmpty() ? "" : c.dt().text("turning.state", String.join(c.dt().text("list.separator"), parts));
    }
}
