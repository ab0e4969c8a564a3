package nl.coachdans.ui.conversation;

import nl.coachdans.ui.BaseScreen;
import nl.coachdans.ui.debrief.DebriefScreen;
import com.badlogic.gdx.Input;
import com.badlogic.gdx.scenes.scene2d.ui.Button;
import com.badlogic.gdx.scenes.scene2d.ui.Label;
import com.badlogic.gdx.scenes.scene2d.ui.ScrollPane;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import com.badlogic.gdx.scenes.scene2d.ui.TextField;
import nl.coachdans.engine.CurrentNode;
import nl.coachdans.engine.Option;
import nl.coachdans.engine.Session;
import nl.coachdans.engine.TurnTaken;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.ui.UiContext;
import nl.coachdans.ui.look.Styles;
import nl.coachdans.play.PlaySession;
import nl.coachdans.ui.widget.ClientFigure;
import nl.coachdans.play.Mood;
import nl.coachdans.ui.widget.PauseOverlay;
import nl.coachdans.ui.widget.TypewriterLabel;
import nl.coachdans.ui.widget.Ui;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The conversation: the client's figure, the talk so far, the client's current words (typed out,
 * any key completes them) and the coach's options, chosen with 1-9 or arrows and Enter. The mode
 * decides the rest: feedback after each choice, Backspace for one step back.
 * With "think first" the trainee writes their own intervention before the options appear.
 */
public final class ConversationScreen extends BaseScreen {
    private PlaySession play;
    /** The live preview of a trainer's own client in practice: null otherwise. */
    private final PreviewWatch preview;
    /** What the last reload of the file changed, shown above the talk; null when nothing to say. */
    private String previewNote;
    /** The save time of a version whose first frame is still to be drawn, for the preview's trace. */
    private long previewSavedAt = -1;
    private final ClientFigure figure;
    /** The turn just taken, for its feedback; null after a step back or before the first choice. */
    private TurnTaken lastTurn;
    private boolean steppedBack;
    /** The trainee's own words for the current node; null until written (think first only). */
    private String thought;
    private TypewriterLabel typing;
    private TextField thoughtField;
    /** What was typed in the think-first field, kept when a resize rebuilds the screen. */
    private String draft = "";
    private float builtFigureSize;
    private ScrollPane pane;
    private Table card;
    /** True right after a rebuild: the first scroll shows the client's words, later ones follow focus. */
    private boolean freshContent;

    public ConversationScreen(UiContext ctx, PlaySession play) {
        super(ctx, "conversation");
        this.play = play;
        Scenario s = play.scenario();
        this.figure = new ClientFigure(look().palette(), s.client().appearance(), Mood.of(play.session().state(), s));
        this.preview = PreviewWatch.forOwnClient(ctx.data(), play, this::reload);
    }

    /** A new version of the client's file arrived (on the render thread). */
    private void reload(nl.coachdans.catalog.ClientFileWatch.Reload r) {
        String file = preview.file().getFileName().toString();
        if (!r.usable()) {
            var f = r.errors().isEmpty() ? null : r.errors().get(0);
            String first = f == null ? "" : nl.coachdans.scenario.FindingText.of(ctx.texts().language()).withPlace(f)
                    + (f.line() > 0 ? " \u2013 " + file + ":" + f.line() : "");
            previewNote = t().format("conversation.previewErrors", file, first);
            report("preview-errors count=" + r.errors().size());
            rebuild();
            return;
        }
        PlaySession.Reloaded next = play.reloaded(r.scenario(), ctx.settings().lang().code());
        play = next.play();
        previewNote = next.lost() == null
                ? t().format("conversation.previewReloaded", file, next.kept() + 1)
                : t().format("conversation.previewShortened", file, next.lost(), next.kept() + 1);
        previewSavedAt = r.savedAtMillis();
        report("preview-reloaded kept=" + next.kept() + " lost=" + (next.lost() == null ? "" : next.lost()));
        rebuild();
    }

    @Override
    public void render(float delta) {
        super.render(delta);
        if (previewSavedAt >= 0) {
            // The first frame that shows the new version: how long after the file was saved.
            String[] line = t().of(play.session().current().text()).strip().split("\\s+");
            String words = String.join("_", java.util.Arrays.copyOf(line, Math.min(3, line.length)));
            report("preview-frame ms=" + (System.currentTimeMillis() - previewSavedAt) + " node=" + play.session().current().id() + " shown=" + words);
            previewSavedAt = -1;
        }
    }

    @Override
    protected String detail() {
        return play.session().current().id() + (thinking() ? "-think" : "");
    }

    private boolean thinking() {
        return ctx.settings().thinkFirst() && !play.session().ended() && thought == null;
    }

    @Override
    protected int keepIndex(int previous) {
        return 0; // every rebuild shows new content: start at the first option
    }

    @Override
    protected void build(Table root, Ui ui) {
        float g = ui.gap();
        Session s = play.session();
        Scenario sc = play.scenario();
        CurrentNode node = s.current();
        String client = sc.client() == null ? "" : sc.client().name();

        root.pad(g);
        root.add(ConversationHeader.build(ui, t(), ctx.words(), play)).growX().padBottom(g * 0.6f).row();

        Table body = new Table();
        Table side = new Table();
        side.top();
        float figureSize = figureSize();
        builtFigureSize = figureSize;
        side.add(figure).size(figureSize, figureSize * 1.18f).padBottom(g * 0.5f).row();
        side.add(ui.label(client, Styles.BOLD)).row();
        if (sc.client() != null && sc.client().role() != null) {
            side.add(ui.wrapped(t().of(sc.client().role()), Styles.MUTED)).width(Math.max(figureSize, look().size().body() * 6f)).row();
        }
        body.add(side).top().padRight(g * 1.5f);

        Table content = new Table();
        content.top().left();
        content.defaults().growX().left();
        TranscriptView.addTo(content, ui, t(), s.talk(), client);
        play.saveProblem().ifPresent(p -> content.add(ui.wrapped(t().format("conversation.saveFailed", p), Styles.WARNING)).padBottom(g).row());
        if (previewNote != null) content.add(ui.wrapped(previewNote, Styles.ACCENT)).padBottom(g).row();
        addFeedback(content, ui);
        NodeCard.Built card = NodeCard.build(ui, t(), node, client);
        typing = card.typing();
        this.card = card.card();
        content.add(this.card).padBottom(g).row();

        if (s.ended()) {
            Button toDebrief = ui.button("debrief", t().get("conversation.toDebrief"), Styles.PRIMARY, this::toDebrief);
            content.add(toDebrief).left().fill(false, false).expand(false, false).padBottom(g).row();
        } else if (!thinking()) {
            addOptions(content, ui, s.choices());
        }
        pane = scroll(content);
        freshContent = true;
        Table right = new Table();
        right.add(pane).grow().row();
        // The think-first field stays below the scrolling text, so the trainee always sees what
        // they type, however long the client's email.
        if (thinking()) right.add(composer(ui)).growX().padTop(g * 0.6f);
        body.add(column(right, 48f)).grow();
        root.add(body).grow().row();
        root.add(ui.wrapped(hints(), Styles.MUTED)).growX().padTop(g * 0.5f);

        figure.show(Mood.of(s.state(), sc));
        // Focus goes to the first option (or the thought field); BaseScreen scrolls it into view,
        // so the newest part shows and the talk so far stays above it.
        report("node " + node.id() + " kind=" + node.kind().name().toLowerCase(java.util.Locale.ROOT)
                + " turn=" + (play.turnsTaken() + 1) + " thinking=" + thinking()
                + " choices=" + (thinking() || s.ended() ? "" : s.choices().stream().map(Option::id).collect(Collectors.joining(",")))
                + " items=" + String.join(",", focus.ids()));
    }

    /**
     * After new content: scroll as far down as possible (the options) while the top of the
     * client's words stays in view, so a long email is read from its start.
     */
    @Override
    protected boolean placeScroll() {
        if (!freshContent || pane == null || card == null) return false;
        freshContent = false;
        com.badlogic.gdx.math.Vector2 v = card.localToActorCoordinates(pane.getActor(), new com.badlogic.gdx.math.Vector2(0, 0));
        float contentHeight = pane.getActor().getHeight();
        float cardTop = contentHeight - (v.y + card.getHeight()) - look().gap();
        pane.setScrollY(Math.max(0, Math.min(cardTop, pane.getMaxY())));
        pane.updateVisualScroll();
        return true;
    }

    /** About a fifth of the window, so the talk keeps most of a small window. */
    private float figureSize() {
        float width = stage.getWidth() > 0 ? stage.getWidth() : 1280;
        return Math.max(110, Math.min(look().size().body() * 9f, width * 0.18f));
    }

    @Override
    protected void onResize(int width, int height) {
        if (builtFigureSize != 0 && Math.abs(figureSize() - builtFigureSize) > 8) {
            draft = thoughtField == null ? draft : thoughtField.getText();
            rebuild();
        }
    }

    private void addFeedback(Table content, Ui ui) {
        float g = ui.gap();
        if (steppedBack) {
            Table box = ui.panel(Styles.FEEDBACK);
            box.add(ui.wrapped(t().get("conversation.steppedBack"), Styles.SMALL)).growX();
            content.add(box).padBottom(g).row();
        } else if (lastTurn != null && lastTurn.feedback() != null) {
            Table box = ui.panel(Styles.FEEDBACK);
            box.add(ui.label(t().get("conversation.feedback"), Styles.ACCENT)).left().row();
            box.add(ui.wrapped(t().of(lastTurn.feedback()), Styles.DEFAULT)).growX();
            content.add(box).padBottom(g).row();
        }
    }

    private Table composer(Ui ui) {
        float g = ui.gap();
        Table box = ui.panel(Styles.PANEL_ALT);
        box.defaults().growX().left();
        box.add(ui.wrapped(t().get("conversation.thinkPrompt"), Styles.BOLD)).colspan(2).padBottom(g * 0.4f).row();
        thoughtField = ui.field("thought", draft, t().get("conversation.thinkPlaceholder"), 500, this::submitThought);
        box.add(thoughtField).padRight(g * 0.5f);
        box.add(ui.button("show-options", t().get("conversation.showOptions"), Styles.DEFAULT, this::submitThought))
                .fill(false, false).expand(false, false);
        return box;
    }

    private void submitThought() {
        thought = thoughtField == null ? "" : thoughtField.getText().strip();
        draft = "";
        rebuild();
    }

    private void addOptions(Table content, Ui ui, List<Option> choices) {
        float g = ui.gap();
        if (thought != null && !thought.isEmpty()) {
            Table mine = ui.panel(Styles.PANEL_ALT);
            mine.add(ui.label(t().get("conversation.yourWords"), Styles.MUTED)).left().row();
            mine.add(ui.wrapped(thought, Styles.DEFAULT)).growX();
            content.add(mine).padBottom(g * 0.6f).row();
        }
        content.add(ui.label(t().get("conversation.options"), Styles.BOLD)).padBottom(g * 0.4f).row();
        int n = 1;
        for (Option c : choices) {
            Table inner = new Table();
            Label number = ui.label(n <= 9 ? String.valueOf(n) : "", Styles.ACCENT);
            inner.add(number).top().left().width(look().size().body() * 1.6f);
            inner.add(ui.wrapped(t().of(c.text()), Styles.DEFAULT)).growX().left();
            Button b = ui.container(c.id(), inner, Styles.OPTION, () -> choose(c));
            content.add(b).padBottom(g * 0.5f).row();
            n++;
        }
    }

    private void choose(Option c) {
        if (play.session().ended()) return;
        lastTurn = play.choose(c.id(), thought);
        steppedBack = false;
        thought = null;
        rebuild();
    }

    private void stepBack() {
        if (!play.canStepBack()) return;
        play.stepBack();
        lastTurn = null;
        steppedBack = true;
        thought = null;
        rebuild();
    }

    private void toDebrief() {
        ctx.nav().debrief(new DebriefScreen.Data(play.scenario(), play.curriculum(), play.transcript(), play.profile(),
                play.record(), null, true));
    }

    private String hints() {
        if (play.session().ended()) {
            return t().get(play.canStepBack() ? "conversation.keysEndPractice" : "conversation.keysEnd");
        }
        if (thinking()) return t().get("conversation.keysThink");
        return t().get(play.mode().allowsTakingBack() ? "conversation.keysPractice" : "conversation.keysExam");
    }

    @Override
    protected void onAnyInput() {
        if (typing != null) typing.finish();
    }

    @Override
    protected boolean onKey(int keycode) {
        if (focus.typingInField()) return false;
        int n = numberOf(keycode);
        if (n > 0 && !thinking() && !play.session().ended()) {
            List<Option> choices = play.session().choices();
            if (n <= choices.size()) choose(choices.get(n - 1));
            return true;
        }
        if (pageScroll(pane, keycode)) return true;
        if (keycode == Input.Keys.BACKSPACE || keycode == Input.Keys.FORWARD_DEL) {
            stepBack();
            return true;
        }
        return false;
    }

    private static int numberOf(int keycode) {
        if (keycode >= Input.Keys.NUM_1 && keycode <= Input.Keys.NUM_9) return keycode - Input.Keys.NUM_1 + 1;
        if (keycode >= Input.Keys.NUMPAD_1 && keycode <= Input.Keys.NUMPAD_9) return keycode - Input.Keys.NUMPAD_1 + 1;
        return 0;
    }

    @Override
    protected List<PauseOverlay.Action> pauseActions() {
        return List.of(
                new PauseOverlay.Action("resume", t().get("pause.resume"), this::closePause),
                new PauseOverlay.Action("restart", t().get("pause.restart"), this::restart),
                new PauseOverlay.Action("menu", t().get("pause.menu"), () -> ctx.nav().menu()));
    }

    @Override
    protected String pauseHintKey() {
        return "pause.hint";
    }

    private void restart() {
        ctx.data().usable(play.scenario().id()).ifPresentOrElse(e -> ctx.nav().start(e, play.mode()), () -> ctx.nav().menu());
    }

    @Override
    public void hide() {
        super.hide();
        if (preview != null) preview.stop();
    }

    @Override
    public void dispose() {
        super.dispose();
        if (preview != null) preview.stop();
        figure.dispose();
    }
}
