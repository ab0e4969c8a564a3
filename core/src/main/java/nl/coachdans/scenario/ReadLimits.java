package nl.coachdans.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;

/**
 * The one set of limits for every file the program reads, JSON and YAML alike: document size,
 * string length, nesting and number of values. A file past a limit is refused at once with a
 * message that names the limit, instead of being parsed for minutes. Documented in
 * docs/authoring.md ("Limits").
 */
public record ReadLimits(long maxDocumentBytes, int maxStringLength, int maxNesting, long maxValues) {

    /** Scenarios, frameworks, assignments and settings. */
    public static final ReadLimits CONTENT = new ReadLimits(8L * 1024 * 1024, 1_000_000, 100, 1_000_000);
    /** A session record. */
    public static final ReadLimits RECORD = new ReadLimits(4L * 1024 * 1024, 1_000_000, 100, 1_000_000);
    /** A result file: many records of one trainee. */
    public static final ReadLimits RESULT = new ReadLimits(64L * 1024 * 1024, 1_000_000, 100, 16_000_000);

    /** Jackson's limits for the parsers of both formats. */
    public StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(maxNesting)
                .maxStringLength(maxStringLength)
                .maxNameLength(maxStringLength)
                .maxNumberLength(20)
                .maxDocumentLength(maxDocumentBytes)
                .maxTokenCount(maxValues * 2)
                .build();
    }

    public JsonFactory jsonFactory() {
        return JsonFactory.builder().streamReadConstraints(constraints()).build();
    }

    public YAMLFactory yamlFactory() {
        LoaderOptions loader = new LoaderOptions();
        loader.setNestingDepthLimit(maxNesting);
        loader.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, maxDocumentBytes));
        loader.setMaxAliasesForCollections(20);
        loader.setAllowDuplicateKeys(false);
        return YAMLFactory.builder().loaderOptions(loader).streamReadConstraints(constraints()).build();
    }

    /**
     * Why these bytes are refused before parsing, or null. The YAML scanner is slow on one very
     * long unbroken line, so a line longer than the longest allowed string is refused here.
     */
    public Problem refuse(byte[] bytes) {
        if (bytes.length > maxDocumentBytes) {
            return Problem.of(FindingCode.FILE_TOO_LARGE, bytes.length / 1048576.0, maxDocumentBytes / 1048576);
        }
        int line = 1;
        int run = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                line++;
                run = 0;
            } else if (++run > maxStringLength) {
                return Problem.of(FindingCode.LINE_TOO_LONG, line, maxStringLength);
            }
        }
        return null;
    }

    /**
     * A parser that also counts values and measures strings for formats whose own parser does not
     * (YAML): the same limits hold for both formats.
     */
    public JsonParser guard(JsonParser p) {
        return new JsonParserDelegate(p) {
            private long values;

            @Override
            public JsonToken nextToken() throws IOException {
                JsonToken t = super.nextToken();
                if (t != null && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY && ++values > maxValues * 2) {
                    throw new Exceeded(Problem.of(FindingCode.TOO_MANY_VALUES, maxValues));
                }
                if ((t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) && super.getTextLength() > maxStringLength) {
                    throw new Exceeded(Problem.of(FindingCode.TEXT_TOO_LONG, maxStringLength));
                }
                return t;
            }
        };
    }

    /**
     * A limit met while reading, as a problem. Our own guard says which limit it is; for Jackson's
     * own limits only its (English, stable) message tells which one, so that is read here.
     */
    public Problem problem(StreamConstraintsException e) {
        if (e instanceof Exceeded ours) return ours.problem;
        String m = String.valueOf(e.getOriginalMessage());
        if (m.contains("Nesting") || m.contains("nesting")) return Problem.of(FindingCode.NESTED_TOO_DEEPLY, maxNesting);
        if (m.contains("String value length") || m.contains("Name length")) return Problem.of(FindingCode.TEXT_TOO_LONG, maxStringLength);
        if (m.contains("Number value length")) return Problem.of(FindingCode.NUMBER_TOO_LONG);
        if (m.contains("Document length")) return Problem.of(FindingCode.FILE_TOO_LARGE, maxDocumentBytes / 1048576.0, maxDocumentBytes / 1048576);
        if (m.contains("Token count")) return Problem.of(FindingCode.TOO_MANY_VALUES, maxValues);
        return Problem.of(FindingCode.TOO_LARGE_OR_DEEP);
    }

    /** The limit in English words, for the readers of records and results. */
    public String describe(StreamConstraintsException e) {
        return FindingText.of(Language.EN).message(problem(e));
    }

    /** A limit our own guard enforces, carrying which one. */
    static final class Exceeded extends StreamConstraintsException {
        private static final long serialVersionUID = 1L;

        private final transient Problem problem;

        Exceeded(Problem problem) {
            super(FindingText.of(Language.EN).message(problem));
            this.problem = problem;
        }
    }
}
