package nl.coachdans.replay;

import nl.coachdans.sessions.Annotation;
import java.util.List;
import java.util.Objects;

/**
 * The dance replay without its pictures: which turn is shown, playing and pausing, stepping and
 * speed, the expert's ghost, the study marks with their notes and what inspires, the number typed to
 * jump to a turn, and saving it all into the record after every change. The screen draws this state
 * and turns keys and clicks into {@link Intent}s; each answer says what happened, so the screen
 * knows what to redraw and what to report.
 */
public final class ReplayController {

    /** What the trainee asks for, by key or by button. */
    public enum Intent {
        TOGGLE_PLAY, BACK, FORWARD, FIRST, LAST, FASTER, SLOWER, TOGGLE_GHOST,
        MARK_HERKEN, MARK_VERBAAST, MARK_ERGERT, OPEN_NOTE, ERASE_DIGIT, GO_TO_NUMBER
    }

    /** What an intent did. */
    public enum Outcome {
        /** Play, step, jump, speed or ghost changed. */
        MOVED,
        /** A study mark changed (and was saved, or {@link #saveProblem()} says why not). */
        MARKED,
        /** A mark asked for where there is no move (the start). */
        MARK_REFUSED,
        /** The note field opens; the screen builds it. */
        NOTE_OPENED,
        /** A note asked for on a turn without a mark (or at the start). */
        NOTE_REFUSED,
        /** The number typed to jump to changed. */
        NUMBER,
        /** Nothing to do (the ghost where there is none, Backspace with no number). */
        NOTHING,
        /** Not for the replay: Enter with no number typed activates the focused button instead. */
        NOT_MINE
    }

    /** Keeps the study marks (in turn order) and what inspires; returns null when kept, else a short reason for the trainee. */
    @FunctionalInterface
    public interface Saver {
        String save(List<Annotation> marks, String inspiration);
    }

    private static final int MAX_DIGITS = 3;

    private final DancePath path;
    private final boolean hasGhost;
    private final boolean ghostIsSame;
    private final Playhead head;
    private final StudyMarks marks;
    private final TurnMarkers markers;
    /** Null when there is no record to save into. */
    private final Saver saver;
    private boolean ghostOn = true;
    private String number = "";
    private boolean editingNote;
    private boolean noRecord;
    private String saveFailure;

    /**
     * {@code marks} are the study marks saved before; {@code saver} keeps them (null when the replay
     * has no record to save into). {@code hasGhost} says whether the expert's path could be danced
     * beside it, {@code ghostIsSame} whether it is the very path the trainee chose.
     */
    public ReplayController(DancePath path, TurnMarkers markers, boolean hasGhost, boolean ghostIsSame, StudyMarks marks, Saver saver) {
        this.path = Objects.requireNonNull(path);
        this.markers = markers;
        this.hasGhost = hasGhost;
        this.ghostIsSame = ghostIsSame;
        this.marks = Objects.requireNonNull(marks);
        this.saver = saver;
        this.head = new Playhead(path.moveSeconds());
    }

    // ---- what the screen draws -------------------------------------------------------------

    public DancePath path() {
        return path;
    }

    /** The playhead, for the floor and the timeline that draw the dancers between two turns. */
    public Playhead head() {
        return head;
    }

    public TurnMarkers markers() {
        return markers;
    }

    public StudyMarks marks() {
        return marks;
    }

    /** The turn shown: 0 is the starting position, {@link #turns()} the last move. */
    public int turn() {
        return head.to();
    }

    public int turns() {
        return path.n;
    }

    /** At the last turn and standing still: the moment to ask what inspires. */
    public boolean atEnd() {
        return head.to() == path.n && !head.moving();
    }

    public boolean playing() {
        return head.playing();
    }

    public float speed() {
        return head.speed();
    }

    public boolean hasGhost() {
        return hasGhost;
    }

    /** Whether the ghost is drawn: asked for, and there is one. */
    public boolean ghostShown() {
        return ghostOn && hasGhost;
    }

    public boolean ghostIsSame() {
        return ghostIsSame;
    }

    /** The digits typed so far to jump to a turn; empty when none. */
    public String number() {
        return number;
    }

    public boolean editingNote() {
        return editingNote;
    }

    /** The mark on the turn shown, or null. */
    public Annotation mark() {
        return marks.at(turn());
    }

    /** The note on the turn shown, or empty. */
    public String note() {
        Annotation a = mark();
        return a == null || a.note() == null ? "" : a.note();
    }

    /** Whether the last change could not be saved. */
    public boolean unsaved() {
        return noRecord || saveFailure != null;
    }

    /** True when the last change was not saved because the replay has no record to save into. */
    public boolean noRecord() {
        return noRecord;
    }

    /** Why the last change was not saved into an existing record, or null. */
    public String saveProblem() {
        return saveFailure;
    }

    /** Keeps playing from the start after the end (the benchmark's endless replay); the end then asks nothing. */
    public void loop(boolean on) {
        head.loop(on);
    }

    public boolean looping() {
        return head.looping();
    }

    // ---- what the trainee does -------------------------------------------------------------

    public Outcome handle(Intent intent) {
        return switch (intent) {
            case TOGGLE_PLAY -> moved(head::toggle);
            case BACK -> moved(head::back);
            case FORWARD -> moved(head::forward);
            case FIRST -> jump(0);
            case LAST -> jump(path.n);
            case FASTER -> moved(head::faster);
            case SLOWER -> moved(head::slower);
            case TOGGLE_GHOST -> {
                if (!hasGhost) yield Outcome.NOTHING;
                ghostOn = !ghostOn;
                yield Outcome.MOVED;
            }
            case MARK_HERKEN -> mark(Annotation.Reaction.HERKEN);
            case MARK_VERBAAST -> mark(Annotation.Reaction.VERBAAST);
            case MARK_ERGERT -> mark(Annotation.Reaction.ERGERT);
            case OPEN_NOTE -> openNote();
            case ERASE_DIGIT -> {
                if (number.isEmpty()) yield Outcome.NOTHING;
                number = number.substring(0, number.length() - 1);
                yield Outcome.NUMBER;
            }
            case GO_TO_NUMBER -> number.isEmpty() ? Outcome.NOT_MINE : jump(Integer.parseInt(number));
        };
    }

    /** A digit typed: up to three of them name the turn that Enter jumps to. */
    public Outcome digit(int digit) {
        if (digit < 0 || digit > 9) throw new IllegalArgumentException("not a digit: " + digit);
        if (number.length() < MAX_DIGITS) number += digit;
        return Outcome.NUMBER;
    }

    /** A click on the timeline. */
    public Outcome jump(int turn) {
        head.jumpTo(turn);
        number = "";
        return Outcome.MOVED;
    }

    /** One mark per move: the same reaction again takes it away (and closes its note). */
    public Outcome mark(Annotation.Reaction reaction) {
        if (turn() == 0) return Outcome.MARK_REFUSED;
        marks.toggle(turn(), reaction);
        if (marks.at(turn()) == null) editingNote = false;
        save();
        return Outcome.MARKED;
    }

    private Outcome openNote() {
        if (marks.at(turn()) == null) return Outcome.NOTE_REFUSED;
        head.pause();
        editingNote = true;
        return Outcome.NOTE_OPENED;
    }

    /** The note typed into the field, kept on the turn shown; the field closes. */
    public Outcome saveNote(String text) {
        marks.note(turn(), text);
        editingNote = false;
        save();
        return Outcome.MARKED;
    }

    /** What inspires, typed at the end. */
    public Outcome saveInspiration(String text) {
        marks.inspiration(text);
        save();
        return Outcome.MARKED;
    }

    /** The Esc overlay opens: the dance stops and a half-typed number is forgotten. */
    public void pause() {
        number = "";
        head.pause();
    }

    /**
     * Leaving keeps what is still in the fields ({@code note} while the note is open,
     * {@code inspiration} when its field is shown; null for a field that is not there), and saves.
     */
    public void leave(String note, String inspiration) {
        if (editingNote && note != null) marks.note(turn(), note);
        if (inspiration != null) marks.inspiration(inspiration);
        save();
    }

    /** Advances the dance by {@code seconds}; true when the dancers arrived at a turn now. */
    public boolean update(float seconds) {
        return head.update(seconds);
    }

    /** Every change is kept at once, so nothing is lost when the game stops. */
    private void save() {
        if (saver == null) {
            noRecord = true;
            return;
        }
        saveFailure = saver.save(marks.list(), marks.inspiration());
    }

    private Outcome moved(Runnable change) {
        change.run();
        return Outcome.MOVED;
    }
}
