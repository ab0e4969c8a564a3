package nl.coachdans.assignments;

import nl.coachdans.files.Explanation;
import nl.coachdans.files.AtomicFiles;
import nl.coachdans.sessions.RecordReader;
import nl.coachdans.sessions.SessionRecord;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import nl.coachdans.scenario.Finding;
import nl.coachdans.scenario.FindingCode;
import nl.coachdans.scenario.Problem;
import nl.coachdans.scenario.ReadResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/** Makes, writes and reads result files ({@link AssignmentResult}). */
public final class AssignmentResults {
    /** A result holds many records; still refuse anything absurdly large before parsing it. */
    public static final long MAX_BYTES = nl.coachdans.scenario.ReadLimits.RESULT.maxDocumentBytes();

    private AssignmentResults() {
    }

    /**
     * The result of one trainee: every record made for the assignment, oldest first, finished or
     * not (even one on a scenario the assignment no longer lists: the trainer's report decides what
     * counts, and nothing is left behind). Records of other assignments are left out.
     */
    public static AssignmentResult of(Assignment assignment, Collection<SessionRecord> records, String trainee, Instant now) {
        List<SessionRecord> mine = records.stream()
                .filter(r -> r != null && assignment.id().equals(r.assignment()))
                .sorted(Comparator.comparing(SessionRecord::started, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(SessionRecord::id, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        return new AssignmentResult(AssignmentResult.FORMAT, assignment, blankToNull(trainee), now, mine);
    }

    /**
     * The one trainee named in these records, if any. Several different names mean the records do
     * not belong to one student; the caller has to say who the result is for.
     */
    public static Optional<String> traineeOf(Collection<SessionRecord> records) {
        TreeSet<String> names = new TreeSet<>();
        for (SessionRecord r : records) if (r != null && r.trainee() != null && !r.trainee().isBlank()) names.add(r.trainee().trim());
        if (names.size() > 1) {
            throw new IllegalArgumentException("the records name several trainees (" + String.join(", ", names)
                    + "); say whose result this is");
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(names.first());
    }

    public static byte[] bytes(AssignmentResult result) throws JsonProcessingException {
        return RecordReader.json().writeValueAsBytes(result);
    }

    /**
     * Writes atomically. An existing file is only replaced when {@code replace} is set: a result
     * that was already handed in must not disappear by accident.
     */
    public static void write(Path target, AssignmentResult result, boolean replace) throws IOException {
        AtomicFiles.write(target, bytes(result), replace ? AtomicFiles.Overwrite.FORCE : AtomicFiles.Overwrite.NEVER);
    }

    /** A file name that says what the file is: {@code ASSIGNMENT-TRAINEE.json}. */
    public static String suggestedFileName(AssignmentResult result) {
        String who = result.trainee() == null ? "result" : result.trainee().toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
        return result.assignment().id() + "-" + (who.isEmpty() ? "result" : who) + ".json";
    }

    /** True when a JSON tree looks like a result file rather than a single session record. */
    public static boolean isResult(JsonNode tree) {
        // A damaged copy of the assignment ("assignment": null) still leaves records worth saving.
        return tree != null && tree.isObject() && tree.path("records").isArray() && tree.has("assignment");
    }

    /** True when a JSON tree looks like a single session record. */
    public static boolean isRecord(JsonNode tree) {
        return tree != null && tree.isObject() && tree.has("scenario") && tree.has("choices");
    }

    /** Reads a result file; the value is null when the file is not a readable result. */
    public static ReadResult<AssignmentResult> read(Path file) {
        String name = file.toString();
        try {
            if (!Files.isRegularFile(file)) return error(name, FindingCode.NOT_REGULAR_FILE);
            if (Files.size(file) > MAX_BYTES) return error(name, FindingCode.RESULT_TOO_LARGE);
            JsonNode tree = RecordReader.json().readTree(file.toFile());
            return fromTree(name, tree);
        } catch (JsonProcessingException e) {
            return new ReadResult<>(name, null, List.of(new Finding(name, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), Finding.Level.ERROR,
                    Problem.of(FindingCode.RESULT_UNREADABLE, nl.coachdans.scenario.ContentReader.describe(e)), null, null)), true);
        } catch (IOException e) {
            return error(name, FindingCode.CANNOT_READ, nl.coachdans.scenario.IoWords.of(e));
        }
    }

    static ReadResult<AssignmentResult> fromTree(String name, JsonNode tree) {
        if (!isResult(tree)) {
            return error(name, isRecord(tree) ? FindingCode.RESULT_IS_RECORD : FindingCode.NOT_A_RESULT);
        }
        int format = tree.path("format").asInt(0);
        if (format > AssignmentResult.FORMAT) {
            return error(name, FindingCode.NEWER_RESULT, format);
        }
        try {
            AssignmentResult r = RecordReader.json().treeToValue(tree, AssignmentResult.class);
            if (r.assignment() == null || r.assignment().id() == null) return error(name, FindingCode.RESULT_WITHOUT_ASSIGNMENT);
            return new ReadResult<>(name, r, List.of(), false);
        } catch (JsonProcessingException e) {
            return error(name, FindingCode.RESULT_UNREADABLE, nl.coachdans.scenario.ContentReader.describe(e));
        }
    }

    /** Why a result does not belong to an assignment, or empty when it does. */
    public static Optional<Explanation> mismatch(AssignmentResult result, Assignment expected) {
        return mismatch(result.assignment(), expected);
    }

    /** Why a result's copy of an assignment names another assignment, or empty when it is the same one. */
    public static Optional<Explanation> mismatch(Assignment got, Assignment expected) {
        if (Objects.equals(got.id(), expected.id())) return Optional.empty();
        return Optional.of(Explanation.of(Explanation.Why.OTHER_ASSIGNMENT, got.id(), got.title(), expected.id(), expected.title()));
    }

    private static ReadResult<AssignmentResult> error(String name, FindingCode code, Object... args) {
        return new ReadResult<>(name, null, List.of(Finding.error(name, code, args)), true);
    }

    private static String firstLine(String s) {
        if (s == null) return "unknown problem";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
