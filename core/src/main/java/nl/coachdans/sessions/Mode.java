package nl.coachdans.sessions;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a session is played, and the one place that says what each mode allows. Practice is for
 * learning: feedback after each choice, a step back, a fresh start whenever the trainee likes, and
 * a trainer's own client follows its file while they try it out. Exam is played as a real talk:
 * no feedback, no step back, so every choice is final when made, and an open attempt must be
 * finished before another may start. Screens, the play session, the assignment rules and the
 * result sending ask these methods instead of comparing modes themselves.
 */
public enum Mode {
    @JsonProperty("practice") PRACTICE,
    @JsonProperty("exam") EXAM;

    /** The mode of a record that names none (records from before modes were kept). */
    public static Mode orDefault(Mode recorded) {
        return recorded == null ? PRACTICE : recorded;
    }

    /** Whether the feedback an author wrote for a choice is shown right after it is made. */
    public boolean showsFeedbackPerTurn() {
        return this == PRACTICE;
    }

    /**
     * Whether the last choice may be taken back (one step back, again and again, even from the
     * ending). Where it may not, a choice is final the moment it is made, so its results can go
     * out at once; where it may, the session goes out whole when the trainee leaves it for the debrief.
     */
    public boolean allowsTakingBack() {
        return this == PRACTICE;
    }

    /**
     * Whether an unfinished attempt at an assignment's scenario must be resumed rather than left
     * for a fresh one, so that walking away from a bad exam does not buy a new start.
     */
    public boolean mustResumeOpenAttempt() {
        return this == EXAM;
    }

    /**
     * Whether a trainer's own client, played in this mode, reloads when its file is saved (the
     * live preview). A reload may shorten the talk, which only practice can bear.
     */
    public boolean followsFileEdits() {
        return this == PRACTICE;
    }
}
