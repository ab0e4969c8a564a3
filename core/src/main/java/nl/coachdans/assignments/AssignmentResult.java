package nl.coachdans.assignments;

import nl.coachdans.sessions.SessionRecord;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * The one file a student hands in: a copy of the assignment (so the file explains itself), the
 * trainee, when it was exported, and the full record of every attempt. The trainer's report
 * recomputes every score from the records and judges against the trainer's own assignment file,
 * so nothing in here needs to be believed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssignmentResult(int format, Assignment assignment, String trainee, Instant exported, List<SessionRecord> records) {

    /** The result format this program writes; a higher number comes from a newer program. */
    public static final int FORMAT = 1;

    public AssignmentResult {
        records = records == null ? List.of() : List.copyOf(records);
    }
}
