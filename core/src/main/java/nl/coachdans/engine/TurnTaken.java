package nl.coachdans.engine;

import nl.coachdans.scenario.LocalizedText;

/**
 * One turn as the trainee lived it: the client's line they answered, the option they took, the
 * feedback the author wrote for it (null when there is none; whether it is shown is the mode's
 * rule) and the client's reply, which is the ending once the talk is over. {@code number} starts
 * at 1. The transcript's {@link Turn} holds what the scorer needs; this holds what a screen shows.
 */
public record TurnTaken(int number, CurrentNode line, Option said, LocalizedText feedback, CurrentNode reply) {

    /** The same turn for a mode that shows no feedback. */
    public TurnTaken withoutFeedback() {
        return feedback == null ? this : new TurnTaken(number, line, said, null, reply);
    }
}
