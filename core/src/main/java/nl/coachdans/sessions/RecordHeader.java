package nl.coachdans.sessions;

import java.time.Instant;

/**
 * What a session was: the record format, its id, the scenario (id, version and content
 * fingerprint) it was played on, language, mode, seed, who played it, for which assignment, and when
 * it started. Fixed once the session starts, except for the assignment an attempt is filed under.
 */
public record RecordHeader(
        int format,
        String id,
        String scenario,
        int version,
        String contentHash,
        String language,
        Mode mode,
        long seed,
        String trainee,
        String assignment,
        Instant started) {

    RecordHeader withAssignment(String assignmentId) {
        return new RecordHeader(format, id, scenario, version, contentHash, language, mode, seed, trainee, assignmentId, started);
    }
}
