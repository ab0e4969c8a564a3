package nl.coachdans.sessions;

import nl.coachdans.engine.Transcript;
import nl.coachdans.scoring.ScoreProfile;

import java.nio.file.Path;

/**
 * A record as read from a file, with the profile recomputed from its choices (null when it could
 * not be replayed), its status, and a message for the user when the status is not OK.
 */
public record StoredRecord(Path file, SessionRecord record, RecordStatus status, Transcript transcript, ScoreProfile profile, String message) {
}
