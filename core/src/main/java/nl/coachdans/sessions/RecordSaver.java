package nl.coachdans.sessions;

import nl.coachdans.files.AtomicFiles;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a changed record (the trainee's reflection or study marks) back where it came from, always
 * atomically: through the store for the trainee's own records, straight to the file for a record
 * opened from elsewhere ({@code coachdans replay FILE}), so no second copy appears in the history.
 * {@code file} is the record's own file, or null for one that lives in the store.
 */
public record RecordSaver(RecordStore store, Path file) {

    /** Saves; returns null on success or a short reason for the trainee. */
    public String save(SessionRecord rec) {
        try {
            if (file == null || store.fileFor(rec).toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
                store.save(rec);
            } else {
                AtomicFiles.write(file, RecordReader.json().writeValueAsBytes(rec));
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }
}
