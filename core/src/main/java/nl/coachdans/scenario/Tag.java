package nl.coachdans.scenario;

import java.util.Locale;
import java.util.Set;

/**
 * What a choice does in the texts' terms: {@code step:ID}, {@code risk:ID}, {@code label:ID}
 * (optionally {@code KIND:FRAMEWORK/ID}), {@code side:...} (Schulz von Thun's four sides) or
 * {@code relation:...} (Cauffman's relation types).
 */
public record Tag(Kind kind, String framework, String id) {

    public enum Kind {
        STEP, RISK, LABEL, SIDE, RELATION;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Schulz von Thun's four sides of a message ("Wat een coach zoal doet en laat"). */
    public static final Set<String> SIDES = Set.of("content", "expression", "appeal", "relationship");
    /** Cauffman's relation types ("Wat een coach zoal doet en laat"). */
    public static final Set<String> RELATIONS = Set.of("visitor", "searcher", "buyer", "co-expert");

    /** Parses a tag; the message of the exception says what is wrong, for the linter. */
    public static Tag parse(String text) {
        if (text == null || text.isBlank()) throw new ProblemException(FindingCode.TAG_EMPTY);
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new ProblemException(FindingCode.TAG_MALFORMED, text);
        }
        String kindText = text.substring(0, colon).trim();
        Kind kind;
        try {
            kind = Kind.valueOf(kindText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(FindingCode.TAG_UNKNOWN_KIND, kindText, text);
        }
        String rest = text.substring(colon + 1).trim();
        String framework = null;
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            framework = rest.substring(0, slash);
            rest = rest.substring(slash + 1);
        }
        if (kind == Kind.SIDE && !SIDES.contains(rest)) {
            throw new ProblemException(FindingCode.TAG_UNKNOWN_SIDE, rest);
        }
        if (kind == Kind.RELATION && !RELATIONS.contains(rest)) {
            throw new ProblemException(FindingCode.TAG_UNKNOWN_RELATION, rest);
        }
        if (rest.isEmpty()) throw new ProblemException(FindingCode.TAG_WITHOUT_ID, text);
        return new Tag(kind, framework, rest);
    }

    @Override
    public String toString() {
        return kind.word() + ":" + (framework == null ? "" : framework + "/") + id;
    }
}
