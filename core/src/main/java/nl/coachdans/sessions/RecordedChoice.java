package nl.coachdans.sessions;

import java.time.Instant;

/** One choice as recorded: its id, when it was made, and what the trainee typed first (think first). */
public record RecordedChoice(String choice, Instant at, String thought) {
}
