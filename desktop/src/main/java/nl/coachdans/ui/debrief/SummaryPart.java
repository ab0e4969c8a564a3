package nl.coachdans.ui.debrief;

import com.badlogic.gdx.scenes.scene2d.ui.Table;
import nl.coachdans.debrief.Advice;
import nl.coachdans.lint.ContentLibrary;
import nl.coachdans.ui.look.Styles;
import nl.coachdans.ui.widget.Ui;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * PEARLS part 4, summary: one or two things to practise next, named and explained in the
 * framework's own words, and the scenario suggested next with a button to play it.
 */
final class SummaryPart {
    private final PartContext c;
    private final Optional<ContentLibrary.Entry> next;
    private final Consumer<ContentLibrary.Entry> play;

    SummaryPart(PartContext c, Optional<ContentLibrary.Entry> next, Consumer<ContentLibrary.Entry> play) {
        this.c = c;
        this.next = next;
        this.play = play;
    }

    Table build() {
        Ui ui = c.ui();
        float g = c.gap();
        Table page = c.page();
        page.add(ui.wrapped(c.dt().text("summary.practise"), Styles.HEADING)).padBottom(g * 0.4f).row();
        if (c.debrief().practise().isEmpty()) {
            Table box = ui.panel(Styles.FEEDBACK);
            box.add(ui.wrapped(c.dt().text("summary.nothing"), Styles.DEFAULT)).growX();
            page.add(ui.section("advice-none", box)).row();
        }
        int i = 1;
        for (Advice a : c.debrief().practise()) page.add(ui.section("advice-" + i++, advice(ui, a))).row();
        page.add(ui.wrapped(c.dt().text("summary.next"), Styles.HEADING)).padTop(g * 0.4f).padBottom(g * 0.4f).row();
        if (next.isPresent()) page.add(nextCard(ui, next.get())).row();
        else page.add(ui.wrapped(c.dt().text("summary.noNext"), Styles.DEFAULT)).row();
        return page;
    }

    private Table advice(Ui ui, Advice a) {
        float g = c.gap();
        Table box = ui.panel(a.kind() == Advice.Kind.CRITICAL_RISK ? Styles.DANGER_PANEL : Styles.FEEDBACK);
        box.defaults().growX().left();
        String title;
        String explanation;
        switch (a.kind()) {
            case CRITICAL_RISK, RISK -> {
                title = c.dt().text(a.kind() == Advice.Kind.CRITICAL_RISK ? "summary.avoidCritical" : "summary.avoid",
                        c.names().risk(a.framework(), a.id()), a.turn());
                explanation = c.names().riskExplanation(a.framework(), a.id());
            }
            case MISSED_STEP -> {
                title = c.dt().text("summary.missed", c.names().step(a.framework(), a.id()));
                explanation = c.names().stepExplanation(a.framework(), a.id());
            }
            case ORDER -> {
                title = c.dt().text("summary.order", c.names().step(a.framework(), a.id()), a.turn());
                explanation = c.names().stepExplanation(a.framework(), a.id());
            }
            default -> {
                title = c.dt().text("summary.dance");
                explanation = c.dt().text("summary.danceWhy");
            }
        }
        box.add(ui.wrapped(title, a.kind() == Advice.Kind.CRITICAL_RISK ? Styles.DANGER : Styles.BOLD)).padBottom(g * 0.3f).row();
        if (!explanation.isEmpty()) box.add(ui.wrapped(explanation, Styles.DEFAULT)).row();
        String src = a.framework() == null ? null : c.names().source(a.framework());
        if (src != null) box.add(ui.wrapped(c.dt().text("analysis.source", src), Styles.MUTED)).padTop(g * 0.3f).row();
        return box;
    }

    private Table nextCard(Ui ui, ContentLibrary.Entry e) {
        float g = c.gap();
        Table box = ui.panel(Styles.PANEL);
        box.defaults().growX().left();
        boolean same = e.id().equals(c.data().scenario().id());
        String client = e.scenario().client() == null ? "" : e.scenario().client().name() + " \u2013 ";
        box.add(ui.wrapped(client + c.names().of(e.scenario().title()), Styles.BOLD)).row();
        box.add(ui.wrapped(c.words().difficulty(e.scenario().difficulty()), Styles.MUTED)).row();
        if (e.scenario().situation() != null) box.add(ui.wrapped(c.names().of(e.scenario().situation()), Styles.DEFAULT)).padTop(g * 0.3f).row();
        String why = same ? "summary.nextSameWhy" : c.debrief().practise().isEmpty() ? "summary.nextHarder" : "summary.nextWhy";
        box.add(ui.wrapped(c.dt().text(why), Styles.SMALL)).padTop(g * 0.3f).row();
        // The same scenario again is the "play again" button below; a new one gets its own button here.
        if (!same) {
            box.add(ui.button("play-next", c.dt().text("summary.play"), Styles.PRIMARY, () -> play.accept(e)))
                    .left().fill(false, false).expand(false, false).padTop(g * 0.5f).row();
        }
        return box;
    }
}
