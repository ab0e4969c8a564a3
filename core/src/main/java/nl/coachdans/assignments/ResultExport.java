package nl.coachdans.assignments;

import nl.coachdans.sessions.SessionRecord;
import nl.coachdans.sessions.StoredRecord;
import nl.coachdans.files.SafeWrite;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The result file a trainee hands in: every record made for the assignment (finished or not),
 * written atomically, and never over an existing file unless the trainee said so.
 */
public final class ResultExport {
    private ResultExport() {
    }

    /**
     * The result. The name from the settings wins; without one, the name the records carry, and
     * when they carry several, none (the screen asks the trainee to fill in their name).
     */
    public static AssignmentResult result(Assignment assignment, List<StoredRecord> stored, String trainee, Instant now) {
        List<SessionRecord> records = stored.stream().map(StoredRecord::record).filter(Objects::nonNull).toList();
        AssignmentResult draft = AssignmentResults.of(assignment, records, null, now);
        String who = trainee == null || trainee.isBlank() ? null : trainee.strip();
        if (who == null) {
            try {
                who = AssignmentResults.traineeOf(draft.records()).orElse(null);
            } catch (IllegalArgumentException severalNames) {
                who = null;
            }
        }
        return AssignmentResults.of(assignment, records, who, now);
    }

    /** The file in {@code folder} under the name that says what it is. */
    public static Path target(Path folder, AssignmentResult result) {
        return folder.resolve(AssignmentResults.suggestedFileName(result));
    }

    /** What writing gave: written, refused because the file exists, or failed with a reason. */
    public enum Status { WRITTEN, EXISTS, FAILED }

    public record Outcome(Status status, Path file, String problem) { }

    public static Outcome write(Path file, AssignmentResult result, boolean replace) {
        try {
            if (Files.isDirectory(file)) return new Outcome(Status.FAILED, file, "this is a folder");
            AssignmentResults.write(file, result, replace);
            return new Outcome(Status.WRITTEN, file, null);
        } catch (nl.coachdans.files.AtomicFiles.Refused e) {
            return e.regularFile() ? new Outcome(Status.EXISTS, file, null) : new Outcome(Status.FAILED, file, e.getReason());
        } catch (FileAlreadyExistsException e) {
            return new Outcome(Status.EXISTS, file, null);
        } catch (IOException e) {
            return new Outcome(Status.FAILED, file, nl.coachdans.files.AtomicFiles.describe(e));
        } catch (RuntimeException e) {
            return new Outcome(Status.FAILED, file, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** {@code name.json}, or the first free {@code name-2.json} ... beside it. */
    public static Path besides(Path file) {
        return SafeWrite.besides(file);
    }
}
