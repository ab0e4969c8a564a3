package nl.coachdans.assignments;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import nl.coachdans.files.Explanation;
import nl.coachdans.files.Explanation.Why;
import nl.coachdans.sessions.RecordReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What a file handed to the game is (from {@code coachdans open}, dropped on the window or typed
 * in): an assignment, a result file, a single session record, a folder (for the trainer screen),
 * or something else. Decided from the name and, for JSON, the shape; reading it properly is left
 * to the screen that opens it, which reports its problems.
 */
public record OpenedFile(Path path, Kind kind, Explanation problem) {
    /** The biggest file looked into; result files of a whole course stay far below this. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    public enum Kind { ASSIGNMENT, RESULT, RECORD, FOLDER, MISSING, UNKNOWN }

    public static OpenedFile classify(Path path) {
        if (path == null || !Files.exists(path)) return new OpenedFile(path, Kind.MISSING, null);
        if (Files.isDirectory(path)) return new OpenedFile(path, Kind.FOLDER, null);
        // A pipe or device would block the reader (and the window with it): never opened.
        if (!Files.isRegularFile(path)) return new OpenedFile(path, Kind.UNKNOWN, Explanation.of(Why.NOT_REGULAR));
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) return new OpenedFile(path, Kind.ASSIGNMENT, null);
        if (!name.endsWith(".json")) {
            return new OpenedFile(path, Kind.UNKNOWN, Explanation.of(Why.NOT_OUR_NAME));
        }
        try {
            if (Files.size(path) == 0) return new OpenedFile(path, Kind.UNKNOWN, Explanation.of(Why.EMPTY));
            if (Files.size(path) > MAX_BYTES) return new OpenedFile(path, Kind.UNKNOWN, Explanation.of(Why.TOO_LARGE_ANY));
            JsonNode tree = RecordReader.json().readTree(path.toFile());
            Kind kind = kindOf(tree);
            if (kind != Kind.UNKNOWN) return new OpenedFile(path, kind, null);
            return new OpenedFile(path, kind, tree != null && tree.isObject()
                    ? Explanation.of(Why.NOT_OURS) : Explanation.of(Why.NOT_OURS_NO_OBJECT));
        } catch (JsonProcessingException e) {
            return new OpenedFile(path, Kind.UNKNOWN, e.getLocation() == null ? Explanation.of(Why.NOT_JSON)
                    : Explanation.of(Why.NOT_JSON_AT, e.getLocation().getLineNr(), e.getLocation().getColumnNr()));
        } catch (IOException e) {
            return new OpenedFile(path, Kind.UNKNOWN, Explanation.of(Why.CANNOT_READ, nl.coachdans.scenario.IoWords.of(e)));
        }
    }

    /** The same tests the report applies: a result has an assignment and records, a record a scenario and choices. */
    static Kind kindOf(JsonNode tree) {
        if (tree == null || !tree.isObject()) return Kind.UNKNOWN;
        if (AssignmentResults.isResult(tree)) return Kind.RESULT;
        if (AssignmentResults.isRecord(tree)) return Kind.RECORD;
        if (tree.has("scenarios") || tree.has("trainer") || tree.has("mode")) return Kind.ASSIGNMENT;
        return Kind.UNKNOWN;
    }
}
