package nl.coachdans.ui.replay;

import nl.coachdans.replay.DancePath;
import nl.coachdans.replay.RecordStudy;
import nl.coachdans.replay.ReplayController;
import nl.coachdans.replay.ReplayController.Intent;
import nl.coachdans.replay.ReplayController.Outcome;
import nl.coachdans.replay.StudyMarks;
import nl.coachdans.replay.TurnMarkers;
import nl.coachdans.dance.Octant;
import nl.coachdans.dance.MoveWords;

import com.badlogic.gdx.Input;
import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.g2d.BitmapFont;
import com.badlogic.gdx.scenes.scene2d.ui.HorizontalGroup;
import com.badlogic.gdx.scenes.scene2d.ui.Label;
import com.badlogic.gdx.scenes.scene2d.ui.ScrollPane;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import com.badlogic.gdx.scenes.scene2d.ui.TextButton;
import com.badlogic.gdx.scenes.scene2d.ui.TextField;
import nl.coachdans.dance.Choreographer;
import nl.coachdans.dance.Choreography;
import nl.coachdans.engine.Session;
import nl.coachdans.engine.Transcript;
import nl.coachdans.sessions.Annotation;
import nl.coachdans.sessions.SessionRecord;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scoring.Scorer;
import nl.coachdans.ui.UiContext;
import nl.coachdans.ui.debrief.Names;
import nl.coachdans.sessions.RecordSaver;
import nl.coachdans.ui.look.Styles;
import nl.coachdans.ui.BaseScreen;
import nl.coachdans.ui.debrief.DebriefScreen;
import nl.coachdans.ui.text.FeatureTexts;
import nl.coachdans.ui.widget.Ui;

import java.util.function.Consumer;

/**
 * The dance replay: the floor with both dancers, the words of the current turn beside it, the
 * timeline of all turns below, and the study marks of "Coaching als dans" (herken / verbaast /
 * ergert with a note per coach move, and what inspires at the end), saved into the record after
 * every change. Everything works from the keyboard and nothing waits for the animation: it can be
 * paused and stepped at any moment. The state and the commands live in {@link ReplayController}; this
 * screen draws them and turns keys and clicks into its intents.
 */
public final class ReplayScreen extends BaseScreen {
    private final DebriefScreen.Data data;
    private final Consumer<SessionRecord> back;
    private final DancePath path;
    private final DancePath ghost;
    private final ReplayController replay;
    /** Null when the replay has no record to save its study marks into. */
    private final RecordStudy study;

    private FeatureTexts dt;
    private Names names;
    private MoveWords moveWords;
    private FloorColors colors;
    private DancerSprites sprites;
    private DanceFloor floor;
    private Table words;
    private ScrollPane wordsPane;
    private Label status;
    private Label speedLabel;
    private Label noteLabel;
    private TextButton playButton;
    private TextButton ghostButton;
    private final TextButton[] markButtons = new TextButton[Annotation.Reaction.values().length];
    private TextField noteField;
    private TextField inspireField;
    private int shownTurn = -1;
    private boolean builtAtEnd;
    private boolean wasPlaying;
    private boolean compact;
    private float builtSideWidth;

    /** {@code back} gets the record (with any study marks) when the trainee leaves; null goes to the menu. */
    public ReplayScreen(UiContext ctx, DebriefScreen.Data data, Consumer<SessionRecord> back) {
        super(ctx, "replay");
        this.data = data;
        this.back = back;
        Choreographer choreographer = new Choreographer();
        Choreography dance = choreographer.choreograph(data.scenario(), data.transcript(), data.profile());
        this.path = DancePath.of(dance);
        Choreography expert = expert(choreographer, data);
        this.ghost = expert == null ? null : DancePath.of(expert);
        boolean ghostIsSame = data.transcript().choices().equals(data.scenario().expert());
        SessionRecord rec = data.record();
        this.study = rec == null ? null : new RecordStudy(rec, new RecordSaver(ctx.data().records(), data.file()));
        this.replay = new ReplayController(path, new TurnMarkers(data.profile(), path.n), ghost != null, ghostIsSame,
                study == null ? new StudyMarks() : study.marks(), study);
        ctx.probe().replayOpened(replay);
    }

    /** The expert path danced from the same start, or null when it cannot be replayed. */
    private static Choreography expert(Choreographer choreographer, DebriefScreen.Data data) {
        Scenario sc = data.scenario();
        if (sc.expert().isEmpty()) return null;
        try {
            Transcript t = Session.replay(sc, data.curriculum(), data.transcript().seed(), sc.expert()).transcript();
            return choreographer.choreograph(sc, t, new Scorer(data.curriculum()).score(sc, t));
        } catch (RuntimeException e) {
            return null; // content that no longer replays simply has no ghost
        }
    }

    @Override
    protected String detail() {
        return data.scenario().id() + "-t" + replay.turn() + (replay.ghostShown() ? "-ghost" : "") + (replay.editingNote() ? "-note" : "");
    }

    private int turn() {
        return replay.turn();
    }

    // ---- building --------------------------------------------------------------------------

    @Override
    protected void build(Table root, Ui ui) {
        dt = ctx.debriefTexts();
        names = new Names(data.curriculum(), data.scenario(), t());
        moveWords = new MoveWords(dt::text);
        disposeFloor();
        colors = new FloorColors(look().palette());
        sprites = new DancerSprites(colors);
        BitmapFont bold = look().skin().getFont("font-bold"), small = look().skin().getFont("font-small");
        floor = new DanceFloor(path, ghost, replay.head(), colors, sprites, bold, small, roseWords());
        floor.showGhost(replay.ghostShown());
        float g = ui.gap(), unit = look().size().body();
        builtAtEnd = replay.atEnd();
        compact = compact();

        root.top().pad(g);
        Table header = new Table();
        root.add(header).growX().padBottom(g * 0.4f).row();
        Table body = new Table();
        root.add(body).grow().row();
        Timeline timeline = new Timeline(path.n, replay.head(), replay.markers(), replay.marks(), colors, sprites, look().palette(), small, unit,
                dt.text("replay.startShort"), figure -> shown(replay.jump(figure)));
        root.add(timeline).growX().height(unit * 3.5f).padTop(g * 0.3f).row();

        // Controls first, then the study marks, then back: the order Tab walks through.
        HorizontalGroup controls = controls(ui);
        Table side = side(ui);
        root.add(controls).growX().padTop(g * 0.2f).row();
        // With large text the key list moves into the words panel, so the floor keeps its room.
        if (!compact) root.add(ui.wrapped(dt.text("replay.keys"), Styles.MUTED)).growX().padTop(g * 0.3f);

        Label title = ui.label(dt.text("replay.title", t().of(data.scenario().title())), Styles.HEADING);
        title.setEllipsis(true);
        header.add(title).growX().minWidth(0).left().padRight(g);
        header.add(ui.button("back", dt.text(back == null ? "replay.toMenu" : "replay.toDebrief"), Styles.DEFAULT, this::leave)).right();

        builtSideWidth = sideWidth();
        body.add(floor).grow().padRight(g);
        body.add(side).width(builtSideWidth).growY();

        shownTurn = -1;
        showTurn();
        if (replay.editingNote() && noteField != null) focus.focus(noteField);
    }

    private float stageWidth() {
        return stage.getWidth() > 0 ? stage.getWidth() : 1280;
    }

    /**
     * Large text or a small window: the transport buttons show only their symbols, and the study
     * marks and key list scroll with the words, so the floor and the words keep enough room.
     */
    private boolean compact() {
        float unit = look().size().body();
        float h = stage.getHeight() > 0 ? stage.getHeight() : 720;
        return stageWidth() / unit < 60 || h / unit < 34;
    }

    /** The words panel's width: about two fifths of the window, within what its text needs. */
    private float sideWidth() {
        float unit = look().size().body();
        return Math.min(stageWidth() * 0.45f, Math.max(unit * 13f, Math.min(unit * 30f, stageWidth() * 0.4f)));
    }

    @Override
    protected void onResize(int width, int height) {
        if (compact() != compact || Math.abs(sideWidth() - builtSideWidth) > 8) rebuild();
    }

    private RoseLayer.Words roseWords() {
        String[] octants = new String[8];
        for (Octant o : Octant.values()) octants[o.ordinal()] = dt.text(o.key());
        return new RoseLayer.Words(dt.text("rose.above"), dt.text("rose.below"), dt.text("rose.together"), dt.text("rose.against"), octants);
    }

    private HorizontalGroup controls(Ui ui) {
        float g = ui.gap();
        HorizontalGroup row = new HorizontalGroup();
        row.wrap().space(g * 0.5f).wrapSpace(g * 0.4f).rowLeft().left();
        playButton = ui.button("play", "", Styles.PRIMARY, () -> act(Intent.TOGGLE_PLAY));
        row.addActor(playButton);
        String s = compact ? "Short" : "";
        row.addActor(ui.button("prev", dt.text("replay.prev" + s), Styles.DEFAULT, () -> act(Intent.BACK)));
        row.addActor(ui.button("next", dt.text("replay.next" + s), Styles.DEFAULT, () -> act(Intent.FORWARD)));
        row.addActor(ui.button("first", dt.text("replay.first" + s), Styles.DEFAULT, () -> act(Intent.FIRST)));
        row.addActor(ui.button("last", dt.text("replay.last" + s), Styles.DEFAULT, () -> act(Intent.LAST)));
        row.addActor(ui.button("slower", dt.text("replay.slower" + s), Styles.DEFAULT, () -> act(Intent.SLOWER)));
        speedLabel = ui.label("", Styles.BOLD);
        row.addActor(speedLabel);
        row.addActor(ui.button("faster", dt.text("replay.faster" + s), Styles.DEFAULT, () -> act(Intent.FASTER)));
        ghostButton = ui.button("ghost", "", Styles.TOGGLE, () -> act(Intent.TOGGLE_GHOST));
        ghostButton.setProgrammaticChangeEvents(false);
        ghostButton.setDisabled(ghost == null);
        row.addActor(ghostButton);
        status = ui.label("", Styles.WARNING);
        row.addActor(status);
        updateControls();
        return row;
    }

    private Table side(Ui ui) {
        float g = ui.gap();
        Table side = new Table();
        side.top();
        words = new Table();
        words.top().left();
        words.defaults().growX().left();
        Table scrolled = new Table();
        scrolled.top().left();
        scrolled.add(words).growX().row();
        wordsPane = scroll(scrolled);
        side.add(wordsPane).grow().row();

        Table study = ui.panel(Styles.PANEL_ALT);
        study.defaults().left();
        study.add(ui.wrapped(dt.text("study.title"), Styles.BOLD)).growX().colspan(4).padBottom(g * 0.3f).row();
        // The buttons wrap onto a second line when the text is large or the panel narrow.
        HorizontalGroup buttons = new HorizontalGroup();
        buttons.wrap().space(g * 0.4f).wrapSpace(g * 0.3f).rowLeft().left();
        for (Annotation.Reaction r : Annotation.Reaction.values()) {
            String code = r.code();
            TextButton b = ui.button(code, dt.text("study." + code), Styles.TOGGLE, () -> shown(replay.mark(r)));
            b.setProgrammaticChangeEvents(false);
            markButtons[r.ordinal()] = b;
            buttons.addActor(b);
        }
        buttons.addActor(ui.button("note", dt.text("study.note"), Styles.DEFAULT, () -> act(Intent.OPEN_NOTE)));
        study.add(buttons).growX().colspan(4).padBottom(g * 0.3f).row();
        noteLabel = ui.wrapped("", Styles.SMALL);
        study.add(noteLabel).growX().colspan(4).row();
        if (replay.editingNote()) {
            noteField = ui.field("note-field", replay.note(), dt.text("study.notePlaceholder"), 300, this::saveNote);
            study.add(noteField).growX().colspan(4).padTop(g * 0.2f).row();
            study.add(ui.wrapped(dt.text("study.noteHint"), Styles.MUTED)).growX().colspan(4).row();
        } else {
            noteField = null;
        }
        if (builtAtEnd) {
            study.add(ui.wrapped(dt.text("study.inspires"), Styles.BOLD)).growX().colspan(4).padTop(g * 0.5f).row();
            inspireField = ui.field("inspires", replay.marks().inspiration(), dt.text("study.inspiresPlaceholder"), 500, this::saveInspiration);
            Table row = new Table();
            row.add(inspireField).growX().padRight(g * 0.4f);
            row.add(ui.button("inspires-save", dt.text("study.save"), Styles.DEFAULT, this::saveInspiration));
            study.add(row).growX().colspan(4).padTop(g * 0.2f).row();
        } else {
            inspireField = null;
        }
        if (compact) {
            scrolled.add(study).growX().padTop(g * 0.5f).row();
            scrolled.add(ui.wrapped(dt.text("replay.keys"), Styles.MUTED)).growX().padTop(g * 0.5f).row();
        } else {
            side.add(study).growX().padTop(g * 0.5f).row();
        }
        return side;
    }

    /** Fills the words beside the floor for the current turn; only when the turn changes. */
    private void showTurn() {
        int k = turn();
        if (k == shownTurn) return;
        shownTurn = k;
        Ui ui = new Ui(look(), focus);
        float g = look().gap();
        words.clear();
        if (k == 0) {
            words.add(ui.wrapped(dt.text("replay.start"), Styles.HEADING)).padBottom(g * 0.4f).row();
            words.add(ui.wrapped(dt.text("replay.intro", names.client()), Styles.DEFAULT)).padBottom(g * 0.5f).row();
            words.add(ui.wrapped(dt.text("study.intro"), Styles.SMALL)).padBottom(g * 0.5f).row();
        } else {
            var turnData = data.transcript().turns().get(k - 1);
            words.add(ui.wrapped(dt.text("replay.turn", k, path.n), Styles.HEADING)).padBottom(g * 0.2f).row();
            var choice = data.scenario().findChoice(turnData.choice()).map(java.util.Map.Entry::getValue).orElse(null);
            if (choice != null && choice.move() != null) {
                words.add(ui.wrapped(dt.text("replay.move", moveWords.move(choice.move())), Styles.SMALL)).padBottom(g * 0.3f).row();
            }
            for (var s : replay.markers().steps(k)) words.add(ui.wrapped(dt.text("replay.step", names.step(s.framework(), s.id())), Styles.SUCCESS)).row();
            for (var r : replay.markers().risks(k)) words.add(ui.wrapped(dt.text("replay.risk", names.risk(r.framework(), r.id())), Styles.DANGER)).row();
            var node = data.scenario().node(turnData.node());
            byte tune = path.tune(k);
            if (tune == 1) words.add(ui.wrapped(dt.text("replay.inTune", names.client()), Styles.SUCCESS)).row();
            if (tune == -1 && node != null) {
                words.add(ui.wrapped(dt.text("replay.outOfTune", names.client(), moveWords.need(node.needs())), Styles.WARNING)).row();
            }
            words.add(ui.label(speaker(node), Styles.BOLD)).padTop(g * 0.5f).row();
            words.add(ui.wrapped(names.of(turnData.shown()).strip(), Styles.DEFAULT)).padBottom(g * 0.5f).row();
            Table bubble = ui.panel(Styles.COACH_BUBBLE);
            bubble.add(ui.label(dt.text("replay.you"), Styles.BOLD)).left().row();
            bubble.add(ui.wrapped(names.choice(turnData.choice()), Styles.DEFAULT)).growX().left();
            words.add(bubble).padBottom(g * 0.5f).row();
            if (k == path.n && data.transcript().ended()) {
                words.add(ui.wrapped(dt.text("replay.ending", ctx.words().quality(data.transcript().ending())), Styles.BOLD)).row();
                if (data.transcript().endingText() != null) words.add(ui.wrapped(names.of(data.transcript().endingText()), Styles.SMALL)).row();
            }
        }
        words.add(legend(ui)).padTop(g * 0.6f).row();
        wordsPane.setScrollY(0);
        wordsPane.updateVisualScroll();
        updateMarks();
    }

    /** Who speaks at a node: the client, the client by e-mail, or nobody (a narrated moment). */
    private String speaker(nl.coachdans.scenario.Node node) {
        if (node == null || node.kind() == null) return names.client();
        return switch (node.kind()) {
            case NARRATION -> dt.text("replay.narration");
            case EMAIL -> dt.text("replay.email", names.client());
            default -> names.client();
        };
    }

    /** What the shapes and colours on the floor mean, in the floor's own colours. */
    private Table legend(Ui ui) {
        float g = look().gap();
        Table t = new Table();
        t.defaults().left().growX().padBottom(g * 0.15f);
        BitmapFont small = look().skin().getFont("font-small");
        t.add(colored(dt.text("legend.coach"), colors.coach, small)).row();
        t.add(colored(dt.text("legend.client", names.client()), colors.client, small)).row();
        if (ghost != null) t.add(colored(dt.text("legend.ghost"), colors.ghost, small)).row();
        t.add(colored(dt.text("legend.tune"), colors.tune, small)).row();
        t.add(colored(dt.text("legend.stumble"), colors.stumble, small)).row();
        t.add(ui.wrapped(dt.text("legend.link"), Styles.MUTED)).growX().row();
        return t;
    }

    private static Label colored(String text, Color color, BitmapFont font) {
        Label l = new Label(text, new Label.LabelStyle(font, color));
        l.setWrap(true);
        return l;
    }

    private void updateControls() {
        playButton.setText(dt.text(replay.playing() ? "replay.pause" : "replay.play"));
        speedLabel.setText(dt.text(compact ? "replay.speedShort" : "replay.speed", speedText()));
        // In the compact row the ghost button only names the ghost; its checked look shows on or off.
        ghostButton.setText(dt.text(!replay.hasGhost() ? "replay.ghostNone" : compact ? "replay.ghostShort"
                : replay.ghostShown() ? "replay.ghostOn" : "replay.ghostOff"));
        ghostButton.setChecked(replay.ghostShown());
        status.setText(!replay.number().isEmpty() ? dt.text("replay.goTo", replay.number())
                : !replay.unsaved() ? "" : dt.text("study.saveFailed", replay.noRecord() ? dt.text("study.noRecord") : replay.saveProblem()));
    }

    private String speedText() {
        float s = replay.speed();
        return s == Math.rint(s) ? String.valueOf((int) s) : String.valueOf(s).replace('.', t().language().code().equals("nl") ? ',' : '.');
    }

    private void updateMarks() {
        Annotation a = replay.mark();
        for (Annotation.Reaction r : Annotation.Reaction.values()) {
            TextButton b = markButtons[r.ordinal()];
            b.setChecked(a != null && a.reaction() == r);
            b.setDisabled(turn() == 0);
        }
        if (noteLabel != null) {
            String text = turn() == 0 ? "" : a == null ? dt.text("study.unmarked")
                    : a.note() == null ? dt.text("study.marked", dt.text("study.word." + a.reaction().code()))
                    : dt.text("study.markedNote", dt.text("study.word." + a.reaction().code()), a.note());
            noteLabel.setText(text);
        }
    }

    // ---- actions ---------------------------------------------------------------------------

    private void act(Intent intent) {
        shown(replay.handle(intent));
    }

    /**
     * Shows what an intent did and reports it, one event each; returns whether the replay used it
     * (Enter without a number belongs to the focused button).
     */
    private boolean shown(Outcome outcome) {
        switch (outcome) {
            case MOVED -> {
                floor.showGhost(replay.ghostShown());
                updateControls();
                reportState();
            }
            case MARKED -> {
                updateMarks();
                updateControls();
                reportMark();
            }
            case MARK_REFUSED -> report("replay-mark-refused turn=" + turn());
            case NOTE_OPENED -> {
                rebuild();
                report("replay-note-open turn=" + turn() + " items=" + String.join(",", focus.ids()) + " focus=note-field");
            }
            case NOTE_REFUSED -> {
                noteLabel.setText(dt.text(turn() == 0 ? "study.noteNoTurn" : "study.noteFirst"));
                report("replay-note-refused turn=" + turn());
            }
            case NUMBER -> {
                updateControls();
                report("replay-number " + replay.number());
            }
            case NOTHING -> {
            }
            case NOT_MINE -> {
                return false;
            }
        }
        return true;
    }

    private void saveNote() {
        if (noteField == null) return;
        replay.saveNote(noteField.getText());
        rebuild();
        focus.focusId("note");
        updateControls();
        reportMark();
    }

    private void saveInspiration() {
        if (inspireField == null) return;
        replay.saveInspiration(inspireField.getText());
        focus.focusId("inspires-save");
        updateControls();
        report("replay-inspiration set=" + (replay.marks().inspiration() != null) + " saved=" + !replay.unsaved());
    }

    private void leave() {
        replay.leave(noteField == null ? null : noteField.getText(), inspireField == null ? null : inspireField.getText());
        updateControls();
        if (back != null) back.accept(study == null ? data.record() : study.record());
        else ctx.nav().menu();
    }

    private void reportMark() {
        Annotation a = replay.mark();
        report("replay-mark turn=" + turn() + " reaction=" + (a == null ? "none" : a.reaction().code()) + " note=" + (a != null && a.note() != null)
                + " saved=" + !replay.unsaved());
    }

    private void reportState() {
        report("replay turn=" + turn() + " of=" + path.n + " playing=" + replay.playing() + " speed=" + replay.speed()
                + " ghost=" + replay.ghostShown() + " same=" + replay.ghostIsSame());
    }

    // ---- frames and keys -------------------------------------------------------------------

    @Override
    public void render(float delta) {
        if (replay.update(delta)) {
            floor.arrived();
            report("replay-at turn=" + turn() + " stumble=" + path.stumble(turn()) + " tune=" + path.tune(turn()));
        }
        if (turn() != shownTurn) showTurn();
        if (replay.playing() != wasPlaying) {
            wasPlaying = replay.playing();
            updateControls();
        }
        // The end asks what inspires; a replay that loops passes the end without stopping to ask.
        if (replay.atEnd() != builtAtEnd && !replay.looping()) {
            rebuild();
            if (replay.atEnd()) {
                report("replay-end items=" + String.join(",", focus.ids()) + " focus=" + (focus.index() < 0 ? "" : focus.ids().get(focus.index())));
            }
        }
        super.render(delta);
    }

    @Override
    protected boolean onKey(int keycode) {
        if (pageScroll(wordsPane, keycode)) return true;
        if (focus.typingInField()) return false;
        int digit = digit(keycode);
        if (digit >= 0) return shown(replay.digit(digit));
        Intent intent = intent(keycode);
        return intent != null && shown(replay.handle(intent));
    }

    /** The replay's keys; null for a key that is not one of them. */
    private static Intent intent(int keycode) {
        return switch (keycode) {
            case Input.Keys.SPACE -> Intent.TOGGLE_PLAY;
            case Input.Keys.LEFT -> Intent.BACK;
            case Input.Keys.RIGHT -> Intent.FORWARD;
            case Input.Keys.HOME -> Intent.FIRST;
            case Input.Keys.END -> Intent.LAST;
            case Input.Keys.PLUS, Input.Keys.EQUALS, Input.Keys.NUMPAD_ADD -> Intent.FASTER;
            case Input.Keys.MINUS, Input.Keys.NUMPAD_SUBTRACT -> Intent.SLOWER;
            case Input.Keys.G -> Intent.TOGGLE_GHOST;
            case Input.Keys.H -> Intent.MARK_HERKEN;
            case Input.Keys.V -> Intent.MARK_VERBAAST;
            case Input.Keys.E -> Intent.MARK_ERGERT;
            case Input.Keys.N -> Intent.OPEN_NOTE;
            case Input.Keys.BACKSPACE -> Intent.ERASE_DIGIT;
            case Input.Keys.ENTER, Input.Keys.NUMPAD_ENTER -> Intent.GO_TO_NUMBER;
            default -> null;
        };
    }

    private static int digit(int keycode) {
        if (keycode >= Input.Keys.NUM_0 && keycode <= Input.Keys.NUM_9) return keycode - Input.Keys.NUM_0;
        if (keycode >= Input.Keys.NUMPAD_0 && keycode <= Input.Keys.NUMPAD_9) return keycode - Input.Keys.NUMPAD_0;
        return -1;
    }

    @Override
    protected void openPause() {
        replay.pause();
        updateControls();
        super.openPause();
    }

    private void disposeFloor() {
        if (floor != null) floor.dispose();
        if (sprites != null) sprites.dispose();
        floor = null;
        sprites = null;
    }

    @Override
    public void dispose() {
        super.dispose();
        disposeFloor();
    }
}
