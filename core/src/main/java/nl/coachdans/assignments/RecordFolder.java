package nl.coachdans.assignments;

import nl.coachdans.catalog.ScenarioSource;
import nl.coachdans.sessions.RecordReader;
import nl.coachdans.sessions.RecordStatus;
import nl.coachdans.sessions.SessionRecord;
import nl.coachdans.sessions.StoredRecord;
import nl.coachdans.files.Explanation;
import nl.coachdans.files.Explanation.Why;
import nl.coachdans.files.RecordFiles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a folder of session records and result files, in any mix and depth, and accounts for
 * every file in it: each record (loose, or one of a result file's) becomes an {@link Item} with
 * its status, and a file that is neither becomes one corrupt item. Nothing is skipped silently.
 */
public final class RecordFolder {
    /**
     * One thing found: a loose record ({@code index} null), the {@code index}-th record (1-based)
     * of a result file, or a whole file that could not be read. {@code stored} is null only when
     * there is no record at all (an unreadable file, an empty result). {@code trainee} is the
     * result's trainee when the record came in a result, else the record's own.
     */
    public record Item(String file, Integer index, RecordStatus status, Explanation explanation, StoredRecord stored,
                       String trainee, Assignment resultAssignment) {

        /** The explanation in English, for logs and callers without a language; null when there is none. */
        public String message() {
            return Explanation.english(explanation);
        }

        public SessionRecord record() {
            return stored == null ? null : stored.record();
        }

        /** Usable for scores: replayed and re-scored (ok or altered). */
        public boolean usable() {
            return stored != null && stored.profile() != null && (status == RecordStatus.OK || status == RecordStatus.ALTERED);
        }

        /** Where this item is, for messages: the file, and the record's place in a result. */
        public String place() {
            return index == null ? file : file + " (record " + index + ")";
        }

        Item with(Explanation extra) {
            return new Item(file, index, status, Explanation.join(explanation, extra), stored, trainee, resultAssignment);
        }
    }

    private final RecordReader reader;

    /** {@code scenarios} is asked from several threads at once; it must not change while a folder is read. */
    public RecordFolder(ScenarioSource scenarios) {
        this.reader = new RecordReader(scenarios);
    }

    /**
     * Every item under {@code path} (a folder, searched recursively, or one file), in path order.
     * Only files named as records are opened ({@link RecordFiles}); everything else found is one
     * item that says what it is, so nothing is skipped silently.
     */
    public List<Item> read(Path path) throws IOException {
        List<RecordFiles.Found> found;
        try {
            found = new RecordFiles().scan(path);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new java.nio.file.NoSuchFileException(path.toString(), null, "no such file or folder");
        }
        // Files are independent: replaying and re-scoring them in parallel keeps a class of a
        // thousand records quick; the ordered stream keeps the items in path order.
        return found.parallelStream().flatMap(f -> {
            List<Item> out = new ArrayList<>(1);
            if (f.kind() == RecordFiles.Kind.CANDIDATE) readFile(f.path(), f.name(), out);
            else out.add(broken(f.name(), f.why()));
            return out.stream();
        }).toList();
    }

    private void readFile(Path file, String name, List<Item> out) {
        JsonNode tree;
        long size;
        try {
            size = Files.size(file);
            if (size == 0) {
                out.add(broken(name, Explanation.of(Why.EMPTY)));
                return;
            }
            if (size > AssignmentResults.MAX_BYTES) {
                out.add(broken(name, Explanation.of(Why.TOO_LARGE_RESULT)));
                return;
            }
            tree = RecordReader.json().readTree(file.toFile());
        } catch (IOException e) {
            out.add(broken(name, Explanation.of(Why.NOT_RECORD_OR_RESULT, nl.coachdans.scenario.ContentReader.describe(e))));
            return;
        }
        if (AssignmentResults.isResult(tree)) {
            readResult(file, name, tree, out);
        } else if (size > RecordReader.MAX_BYTES) {
            out.add(broken(name, Explanation.of(Why.TOO_LARGE_RECORD)));
        } else {
            out.add(loose(file, name, tree));
        }
    }

    private Item loose(Path file, String name, JsonNode tree) {
        if (tree == null || !tree.isObject()) return broken(name, Explanation.of(Why.NO_OBJECT));
        try {
            SessionRecord rec = RecordReader.json().treeToValue(tree, SessionRecord.class);
            return item(name, null, reader.check(file, rec), rec == null ? null : rec.trainee(), null);
        } catch (JsonProcessingException e) {
            return broken(name, Explanation.of(Why.UNREADABLE_RECORD, nl.coachdans.scenario.ContentReader.describe(e)));
        }
    }

    private void readResult(Path file, String name, JsonNode tree, List<Item> out) {
        int format = tree.path("format").asInt(0);
        if (format > AssignmentResult.FORMAT) {
            out.add(new Item(name, null, RecordStatus.STALE, Explanation.of(Why.NEWER_RESULT, format), null, null, null));
            return;
        }
        Assignment copy = null;
        Explanation note = null;
        try {
            JsonNode a = tree.get("assignment");
            copy = a != null && a.isObject() ? RecordReader.json().treeToValue(a, Assignment.class) : null;
            if (copy == null) note = Explanation.of(Why.RESULT_WITHOUT_ASSIGNMENT);
        } catch (JsonProcessingException e) {
            note = Explanation.of(Why.RESULT_ASSIGNMENT_UNREADABLE);
        }
        String trainee = tree.path("trainee").isTextual() && !tree.path("trainee").asText().isBlank()
                ? tree.path("trainee").asText().trim() : null;
        JsonNode records = tree.get("records");
        if (records.isEmpty()) {
            out.add(new Item(name, null, RecordStatus.OK, Explanation.join(note, Explanation.of(Why.RESULT_EMPTY)), null, trainee, copy));
            return;
        }
        for (int i = 0; i < records.size(); i++) {
            JsonNode r = records.get(i);
            Item it;
            try {
                SessionRecord rec = r.isObject() ? RecordReader.json().treeToValue(r, SessionRecord.class) : null;
                if (rec == null) {
                    it = new Item(name, i + 1, RecordStatus.CORRUPT, Explanation.of(Why.NOT_A_RECORD), null, trainee, copy);
                } else {
                    String who = trainee != null ? trainee : rec.trainee();
                    it = item(name, i + 1, reader.check(file, rec), who, copy);
                    if (trainee != null && rec.trainee() != null && !rec.trainee().trim().equals(trainee)) {
                        it = it.with(Explanation.of(Why.TRAINEE_DIFFERS, rec.trainee(), trainee));
                    }
                }
            } catch (JsonProcessingException e) {
                it = new Item(name, i + 1, RecordStatus.CORRUPT, Explanation.of(Why.UNREADABLE_RECORD,
                        nl.coachdans.scenario.ContentReader.describe(e)), null, trainee, copy);
            }
            out.add(note == null ? it : it.with(note));
        }
    }

    private static Item item(String name, Integer index, StoredRecord s, String trainee, Assignment copy) {
        String who = trainee == null || trainee.isBlank() ? null : trainee.trim();
        return new Item(name, index, s.status(), s.explanation(), s, who, copy);
    }

    private static Item broken(String name, Explanation message) {
        return new Item(name, null, RecordStatus.CORRUPT, message, null, null, null);
    }
}
