package nl.coachdans.sessions;

import nl.coachdans.engine.Transcript;
import nl.coachdans.files.Explanation;
import nl.coachdans.scoring.ScoreProfile;

import java.nio.file.Path;

/**
 * A record as read from a file, with the profile recomputed from its choices (null when it could
 * not be replayed), its status, and why it has that status (or a note worth knowing), rendered in
 * the reader's language; null when there is nothing to say.
 */
public record StoredRecord(Path file, SessionRecord record, RecordStatus status, Transcript transcript, ScoreProfile profile,
                           Explanation explanation) {
    /** The explanation in English, for logs and callers without a language; null when there is none. */
    public String message() {
        return Explanation.english(explanation);
    }
}
