package nl.coachdans.files;

import com.fasterxml.jackson.annotation.JsonValue;
import nl.coachdans.scenario.Language;
import nl.coachdans.words.WordBook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Why a file or record has a problem (or what is worth knowing about it), as kinds with their
 * arguments instead of a sentence: each screen, report and command renders it in its own language
 * from the {@code file.*} keys of the trainer bundle. Several parts are joined with "; ".
 * Details from the library or the system (an I/O error, a parser's complaint) are arguments and
 * stay as they come.
 */
public record Explanation(List<Part> parts) {
    public Explanation {
        parts = List.copyOf(parts);
    }

    /** What is wrong or worth knowing; the key of each is {@code file.} and its name in camel case. */
    public enum Why {
        // the file as found in a folder
        NOT_REGULAR, DANGLING_LINK, FOLDER_LINK, CANNOT_EXAMINE, FOLDER_UNREADABLE, FOLDER_TOO_DEEP,
        LEFTOVER, BACKUP_COPY, NOT_RECORD_NAME,
        // the file as opened
        EMPTY, TOO_LARGE_RECORD, TOO_LARGE_RESULT, TOO_LARGE_ANY, NOT_OUR_NAME, NOT_RECORD_OR_RESULT,
        NO_OBJECT, NOT_OURS, NOT_OURS_NO_OBJECT, NOT_JSON, NOT_JSON_AT, CANNOT_READ,
        // a session record
        UNREADABLE_RECORD, NO_RECORD, NOT_A_RECORD, INVALID_RECORD, NEWER_RECORD, SCENARIO_MISSING,
        MOVED_ASIDE, CHOICES_DO_NOT_FIT, WRONG_SCENARIO, NEWER_VERSION, OTHER_CONTENT, OLDER_VERSION, ALTERED,
        REPLAYS_ON_VERSION, REPLAYS_ON_CONTENT,
        // a result file
        NEWER_RESULT, RESULT_WITHOUT_ASSIGNMENT, RESULT_ASSIGNMENT_UNREADABLE, RESULT_EMPTY, TRAINEE_DIFFERS,
        // a record in a class report
        SAME_SESSION, SAME_SESSION_EARLIER, OTHER_CONTENT_ORIGIN, ASSIGNMENT_COPY_DIFFERS, OTHER_ASSIGNMENT, NOT_FOR_ASSIGNMENT,
        FOR_OTHER_ASSIGNMENT, SCENARIO_NOT_IN_ASSIGNMENT, STARTED_LATE, ATTEMPT_OVER_LIMIT;

        /** The stable code, as JSON outputs carry it: {@code not-regular}, {@code newer-record} ... */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The bundle key: {@code file.notRegular}, {@code file.newerRecord} ... */
        public String key() {
            StringBuilder b = new StringBuilder("file.");
            boolean up = false;
            for (char c : name().toLowerCase(Locale.ROOT).toCharArray()) {
                if (c == '_') up = true;
                else {
                    b.append(up ? Character.toUpperCase(c) : c);
                    up = false;
                }
            }
            return b.toString();
        }
    }

    /** One kind with its arguments, in the order its pattern names them. */
    public record Part(Why why, List<Object> args) {
        public Part {
            args = List.copyOf(args);
        }
    }

    /** Renders a key with arguments: {@code WordBook::text}, or the screens' bundle. */
    @FunctionalInterface
    public interface Words {
        String text(String key, Object... args);
    }

    public static Explanation of(Why why, Object... args) {
        return new Explanation(List.of(new Part(why, Arrays.asList(args).stream().map(Explanation::plain).toList())));
    }

    /** Numbers are shown as they are (a version, a count), never grouped by a locale. */
    private static Object plain(Object arg) {
        return arg instanceof Number || arg == null ? String.valueOf(arg) : arg;
    }

    /** Both, in order; either may be null. */
    public static Explanation join(Explanation a, Explanation b) {
        if (a == null) return b;
        if (b == null) return a;
        List<Part> all = new ArrayList<>(a.parts);
        all.addAll(b.parts);
        return new Explanation(all);
    }

    public Explanation and(Why why, Object... args) {
        return join(this, of(why, args));
    }

    public boolean has(Why why) {
        return parts.stream().anyMatch(p -> p.why() == why);
    }

    public List<Why> whys() {
        return parts.stream().map(Part::why).toList();
    }

    /** The stable codes, for JSON outputs. */
    @JsonValue
    public List<String> codes() {
        return parts.stream().map(p -> p.why().code()).toList();
    }

    public String render(Words words) {
        List<String> out = new ArrayList<>(parts.size());
        for (Part p : parts) out.add(words.text(p.why().key(), p.args().toArray()));
        return String.join("; ", out);
    }

    public String render(WordBook words) {
        return render((Words) words::text);
    }

    /** In English: for logs, for JSON beside the codes, and for callers that have no language. */
    public String english() {
        return render(English.BOOK);
    }

    /** The English trainer bundle, read once when first needed. */
    private static final class English {
        static final WordBook BOOK = WordBook.load("trainer", Language.EN);
    }

    /** Renders an explanation that may be absent. */
    public static String render(Explanation e, Words words) {
        return e == null ? null : e.render(words);
    }

    public static String english(Explanation e) {
        return e == null ? null : e.english();
    }
}
