package nl.coachdans.replay;

import nl.coachdans.sessions.Annotation;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The trainee's study of the dance, after "Coaching als dans": per coach move what they recognise,
 * what surprises or irritates them, with an optional note; and at the end what inspires them.
 * One mark per turn. Plain Java; the screen saves it into the record after every change.
 */
public final class StudyMarks {
    private final TreeMap<Integer, Annotation> marks = new TreeMap<>();
    private String inspiration;

    public static StudyMarks of(List<Annotation> annotations, String inspiration) {
        StudyMarks m = new StudyMarks();
        if (annotations != null) {
            for (Annotation a : annotations) {
                if (a != null && a.reaction() != null && a.turn() >= 1) m.marks.put(a.turn(), a);
            }
        }
        m.inspiration = inspiration;
        return m;
    }

    /** The mark on a turn, or null. */
    public Annotation at(int turn) {
        return marks.get(turn);
    }

    /**
     * Marks a turn with a reaction, keeping its note; the same reaction again takes the mark (and
     * its note) away. Returns the mark now on the turn, or null.
     */
    public Annotation toggle(int turn, Annotation.Reaction reaction) {
        if (turn < 1 || reaction == null) return at(turn);
        Annotation old = marks.get(turn);
        if (old != null && old.reaction() == reaction) {
            marks.remove(turn);
            return null;
        }
        Annotation next = new Annotation(turn, reaction, old == null ? null : old.note());
        marks.put(turn, next);
        return next;
    }

    /** Sets the note of a marked turn (blank removes it); false when the turn has no mark yet. */
    public boolean note(int turn, String text) {
        Annotation old = marks.get(turn);
        if (old == null) return false;
        String note = text == null || text.isBlank() ? null : text.strip();
        marks.put(turn, new Annotation(turn, old.reaction(), note));
        return true;
    }

    public void inspiration(String text) {
        this.inspiration = text == null || text.isBlank() ? null : text.strip();
    }

    public String inspiration() {
        return inspiration;
    }

    public int size() {
        return marks.size();
    }

    /** The marks in turn order, as the record keeps them. */
    public List<Annotation> list() {
        return new ArrayList<>(marks.values());
    }
}
