package nl.coachdans.ui.debrief;

import com.badlogic.gdx.scenes.scene2d.ui.Table;
import nl.coachdans.engine.ClientState;
import nl.coachdans.engine.Turn;
import nl.coachdans.sessions.SessionRecord;
import nl.coachdans.scenario.LocalizedText;
import nl.coachdans.scenario.Node;
import nl.coachdans.scenario.NodeKind;
import nl.coachdans.scenario.StateVariable;
import nl.coachdans.scoring.ScoreProfile;
import nl.coachdans.ui.look.Styles;
import nl.coachdans.ui.widget.Ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PEARLS part 2, description: what happened, without judging yet: how the conversation ended (its
 * text and lesson), the client's state over the turns as a chart, and the talk itself.
 */
final class DescriptionPart {
    private static final int CLIENT_LINE_MAX = 320;

    private final PartContext c;

    DescriptionPart(PartContext c) {
        this.c = c;
    }

    Table build() {
        Ui ui = c.ui();
        Table page = c.page();
        page.add(ui.section("ending", ending(ui))).row();
        page.add(ui.section("chart", chart(ui))).row();
        page.add(ui.section("talk", talk(ui))).row();
        return page;
    }

    private Table ending(Ui ui) {
        float g = c.gap();
        Table box = ui.panel(Styles.PANEL);
        box.defaults().growX().left();
        ScoreProfile p = c.data().profile();
        if (p.finished()) {
            box.add(ui.wrapped(c.dt().text("description.ending", c.words().quality(p.ending())), Styles.BOLD)).padBottom(g * 0.4f).row();
            if (c.data().transcript().endingText() != null) {
                box.add(ui.wrapped(c.names().of(c.data().transcript().endingText()), Styles.DEFAULT)).padBottom(g * 0.4f).row();
            }
            // The lesson of the ending variant the path earned, as the ending's text is.
            LocalizedText lesson = c.data().transcript().endingLesson();
            if (lesson != null) {
                box.add(ui.label(c.dt().text("description.lesson"), Styles.ACCENT)).row();
                box.add(ui.wrapped(c.names().of(lesson), Styles.DEFAULT)).row();
            }
        } else {
            box.add(ui.wrapped(c.dt().text("description.unfinished"), Styles.DEFAULT)).row();
        }
        return box;
    }

    private Table chart(Ui ui) {
        float g = c.gap();
        Table box = ui.panel(Styles.PANEL);
        box.defaults().growX().left();
        box.add(ui.wrapped(c.dt().text("chart.title", c.names().client()), Styles.BOLD)).padBottom(g * 0.2f).row();
        box.add(ui.wrapped(c.dt().text("chart.how"), Styles.MUTED)).padBottom(g * 0.5f).row();
        List<StateChart.Series> series = series();
        List<ClientState> trajectory = c.data().profile().trajectory();
        StateChart chart = new StateChart(trajectory, series, c.look(), c.dt().text("chart.start"),
                c.dt().text("chart.axis"), c.dt().text("chart.low"), c.dt().text("chart.high"));
        box.add(chart).height(c.look().size().body() * 12f).padBottom(g * 0.5f).row();

        Table legend = new Table();
        legend.left();
        for (StateChart.Series s : series) {
            legend.add(new LegendKey(s, c.look())).padRight(g * 0.4f);
            legend.add(ui.label(s.name(), Styles.SMALL)).padRight(g * 1.4f);
        }
        box.add(legend).padBottom(g * 0.4f).row();
        box.add(ui.wrapped(summary(series, trajectory), Styles.SMALL)).row();
        return box;
    }

    private List<StateChart.Series> series() {
        List<StateChart.Series> out = new ArrayList<>();
        int i = 0;
        Map<String, nl.coachdans.scenario.Role> roles = new java.util.HashMap<>();
        for (nl.coachdans.scenario.Role r : nl.coachdans.scenario.Role.values()) {
            String name = c.data().scenario().variableFor(r);
            if (name != null) roles.put(name, r);
        }
        for (Map.Entry<String, StateVariable> e : c.data().scenario().state().entrySet()) {
            int slot = ChartColors.slot(roles.get(e.getKey()), i++);
            StateVariable v = e.getValue();
            out.add(new StateChart.Series(e.getKey(), c.names().variable(e.getKey()), v.min(), v.max(),
                    ChartColors.color(slot, c.look().palette()), ChartColors.mark(slot), ChartColors.dash(slot), ChartColors.gap(slot)));
        }
        return out;
    }

    /** The chart in one sentence: where each line starts and ends (also for readers who skip charts). */
    private String summary(List<StateChart.Series> series, List<ClientState> trajectory) {
        if (trajectory.isEmpty()) return "";
        ClientState first = trajectory.get(0), last = trajectory.get(trajectory.size() - 1);
        List<String> parts = new ArrayList<>();
        for (StateChart.Series s : series) {
            parts.add(c.dt().text("chart.change", s.name(), first.get(s.id()), last.get(s.id())));
        }
        return String.join(c.dt().text("list.separator"), parts);
    }

    private Table talk(Ui ui) {
        float g = c.gap();
        Table box = new Table();
        box.defaults().growX().left();
        box.add(ui.label(c.dt().text("talk.title"), Styles.BOLD)).padBottom(g * 0.4f).row();
        String client = c.names().client();
        for (Turn turn : c.data().transcript().turns()) {
            Node node = c.data().scenario().node(turn.node());
            String said = Names.shorten(c.names().of(turn.shown()), CLIENT_LINE_MAX);
            String who = node != null && node.kind() == NodeKind.NARRATION ? "" : client + ": ";
            box.add(ui.wrapped(c.dt().text("talk.turn", turn.number()) + "  " + who + said, Styles.MUTED)).row();
            String thought = thoughtAt(turn.number());
            if (thought != null) box.add(ui.wrapped(c.dt().text("talk.thought", thought), Styles.SMALL)).padLeft(g).row();
            box.add(ui.wrapped(c.dt().text("talk.you", c.names().choice(turn.choice())), Styles.DEFAULT))
                    .padLeft(g).padBottom(g * 0.5f).row();
        }
        return box;
    }

    private String thoughtAt(int number) {
        SessionRecord r = c.data().record();
        if (r == null || number < 1 || number > r.choices().size()) return null;
        return r.choices().get(number - 1).thought();
    }
}
