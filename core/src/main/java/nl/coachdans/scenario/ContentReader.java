package nl.coachdans.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads frameworks and scenarios from JSON or YAML with Jackson, turning every problem into a
 * {@link Finding} with file, line and column. Hostile input (huge, deeply nested, binary) is refused
 * quickly with a short message instead of an exception.
 */
public final class ContentReader {

    private static final ReadLimits LIMITS = ReadLimits.CONTENT;
    /** Content files larger than this are refused before parsing. */
    public static final long MAX_BYTES = LIMITS.maxDocumentBytes();
    static final int MAX_DEPTH = LIMITS.maxNesting();

    private final ObjectMapper json;
    private final ObjectMapper yaml;

    public ContentReader() {
        this.json = configure(JsonMapper.builder(LIMITS.jsonFactory()).build());
        this.yaml = configure(new YAMLMapper(LIMITS.yamlFactory()));
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        return mapper;
    }

    public ObjectMapper mapperFor(Path file) {
        return isYaml(file) ? yaml : json;
    }

    public static boolean isContentFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static boolean isYaml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    public ReadResult<Scenario> readScenario(Path file) {
        return read(file, Scenario.class);
    }

    public ReadResult<Framework> readFramework(Path file) {
        return read(file, Framework.class);
    }

    public <T> ReadResult<T> read(Path file, Class<T> type) {
        String name = file.toString();
        List<Finding> findings = new ArrayList<>();
        if (!isContentFile(file)) {
            return unreadable(name, Problem.of(FindingCode.NOT_CONTENT_FILE));
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            return unreadable(name, Problem.of(FindingCode.NOT_REGULAR_FILE));
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            return unreadable(name, Problem.of(FindingCode.CANNOT_READ, IoWords.of(e)));
        }
        if (size == 0) return unreadable(name, Problem.of(FindingCode.EMPTY_FILE));
        if (size > MAX_BYTES) return unreadable(name, Problem.of(FindingCode.FILE_TOO_LARGE, size / 1048576.0, MAX_BYTES / 1048576));
        try {
            // Reads into one array of the file's size; a stream would grow and copy its buffer.
            byte[] bytes = Files.readAllBytes(file);
            if (looksBinary(bytes)) return unreadable(name, Problem.of(FindingCode.BINARY_FILE));
            return parse(name, bytes, isYaml(file), type, findings);
        } catch (IOException e) {
            return unreadable(name, Problem.of(FindingCode.CANNOT_READ, IoWords.of(e)));
        }
    }

    /** Parses content already in memory; {@code name} is used in messages. */
    public <T> ReadResult<T> parse(String name, byte[] bytes, boolean asYaml, Class<T> type, List<Finding> findings) {
        Problem refused = LIMITS.refuse(bytes);
        if (refused != null) return unreadable(name, refused);
        ObjectMapper mapper = asYaml ? yaml : json;
        List<Finding> collected = new ArrayList<>(findings);
        UnknownFieldCollector unknown = new UnknownFieldCollector();
        try {
            com.fasterxml.jackson.databind.ObjectReader reader = mapper.reader()
                    .forType(type)
                    .withHandler(unknown)
                    .withAttribute(FindingSink.KEY, new FindingSink(name, collected));
            T value;
            try (JsonParser p = LIMITS.guard(reader.createParser(bytes))) {
                value = reader.readValue(p);
            }
            if (value == null) return unreadable(name, Problem.of(FindingCode.NO_CONTENT));
            if (unknown.seen) collected.addAll(0, UnknownFieldScanner.scan(name, bytes, mapper, type));
            return new ReadResult<>(name, value, collected, false);
        } catch (StreamConstraintsException e) {
            return unreadable(name, LIMITS.problem(e));
        } catch (MismatchedInputException e) {
            // A missing or mistyped field must not hide the unknown fields met before it.
            if (unknown.seen) collected.addAll(0, UnknownFieldScanner.scan(name, bytes, mapper, type));
            if (e.getPath().isEmpty()) {
                collected.add(located(name, e.getLocation(), Problem.of(FindingCode.NOT_ONE_OBJECT,
                        UnknownFieldScanner.part(type), describeTopLevel(e)), null));
                return new ReadResult<>(name, null, collected, true);
            }
            collected.add(located(name, e.getLocation(), describeMapping(e), pathOf(e)));
            return new ReadResult<>(name, null, collected, false);
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof StreamConstraintsException limit) return unreadable(name, LIMITS.problem(limit));
            if (e.getCause() instanceof com.fasterxml.jackson.core.exc.StreamReadException syntax) {
                // A syntax error met inside a field: the file itself is broken, not its content.
                collected.add(syntaxProblem(name, syntax, asYaml));
                return new ReadResult<>(name, null, collected, true);
            }
            if (unknown.seen) collected.addAll(0, UnknownFieldScanner.scan(name, bytes, mapper, type));
            collected.add(located(name, e.getLocation(), describeMapping(e), pathOf(e)));
            return new ReadResult<>(name, null, collected, false);
        } catch (JsonProcessingException e) {
            collected.add(syntaxProblem(name, e, asYaml));
            return new ReadResult<>(name, null, collected, true);
        } catch (IOException | RuntimeException e) {
            // SnakeYAML reports its own limits (depth, aliases) and bad bytes as runtime exceptions.
            collected.add(otherProblem(name, e, asYaml));
            return new ReadResult<>(name, null, collected, true);
        }
    }

    /**
     * A problem met while reading JSON or YAML, in a user's words with the line and column where
     * known: no Jackson class or token names. Record and result readers use it too.
     */
    public static String describe(IOException e) {
        String at = "";
        if (e instanceof JsonProcessingException jpe && jpe.getLocation() != null && jpe.getLocation().getLineNr() > 0) {
            at = " (line " + jpe.getLocation().getLineNr() + ", column " + jpe.getLocation().getColumnNr() + ")";
        }
        FindingText en = FindingText.of(Language.EN);
        if (e instanceof StreamConstraintsException limit) return LIMITS.describe(limit);
        if (e instanceof JsonMappingException jme && jme.getCause() instanceof StreamConstraintsException limit) return LIMITS.describe(limit);
        if (e instanceof java.io.CharConversionException || e instanceof java.nio.charset.CharacterCodingException
                || e.getCause() instanceof java.io.CharConversionException) {
            return en.message(Problem.of(FindingCode.NOT_UTF8)) + at;
        }
        if (e instanceof JsonMappingException jme && !(jme.getCause() instanceof com.fasterxml.jackson.core.exc.StreamReadException)
                && !jme.getPath().isEmpty()) {
            return en.message(describeMapping(jme)) + at;
        }
        if (e instanceof MismatchedInputException) return "the file must hold one JSON object" + at;
        if (e instanceof JsonProcessingException jpe) return "not valid JSON: " + firstLine(jpe.getOriginalMessage()) + at;
        return "cannot read the file: " + IoWords.of(e);
    }

    /**
     * A syntax error, at the place of the problem itself: SnakeYAML also knows where it was when it
     * met the problem ("while scanning for the next token", often the line before), and Jackson
     * reports that; the problem's own words and line are what the author needs.
     */
    private static Finding syntaxProblem(String name, JsonProcessingException e, boolean asYaml) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblemMark() != null && m.getProblem() != null) {
                // SnakeYAML's words are all there is to tell a tab from other syntax errors.
                String problem = m.getProblem();
                Problem what = problem.contains("\\t") || problem.contains("\t") || problem.contains("TAB")
                        ? Problem.of(FindingCode.YAML_TAB) : Problem.of(FindingCode.YAML_SYNTAX, firstLine(problem));
                return new Finding(name, m.getProblemMark().getLine() + 1, m.getProblemMark().getColumn() + 1,
                        Finding.Level.ERROR, what, null, null);
            }
        }
        return located(name, e.getLocation(), Problem.of(asYaml ? FindingCode.YAML_SYNTAX : FindingCode.JSON_SYNTAX,
                firstLine(e.getOriginalMessage())), null);
    }

    /** A problem outside Jackson's own reports, with SnakeYAML's position when it gives one. */
    private static Finding otherProblem(String name, Exception e, boolean asYaml) {
        int line = 0, column = 0;
        String problem = null;
        boolean badText = false;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            badText |= t instanceof java.io.CharConversionException || t instanceof java.nio.charset.CharacterCodingException
                    || String.valueOf(t.getMessage()).contains("CharConversionException");
            if (t instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblemMark() != null) {
                line = m.getProblemMark().getLine() + 1;
                column = m.getProblemMark().getColumn() + 1;
                problem = m.getProblem();
            }
        }
        Problem what = badText ? Problem.of(FindingCode.NOT_UTF8)
                : Problem.of(asYaml ? FindingCode.YAML_SYNTAX : FindingCode.JSON_SYNTAX, firstLine(problem != null ? problem : String.valueOf(e.getMessage())));
        return new Finding(name, line, column, Finding.Level.ERROR, what, null, null);
    }

    private static <T> ReadResult<T> unreadable(String name, Problem problem) {
        return new ReadResult<>(name, null, List.of(Finding.error(name, problem)), true);
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) return true;
        }
        return false;
    }

    /** What the file holds instead of one object; Jackson only says so in its message. */
    private static Problem.Word describeTopLevel(MismatchedInputException e) {
        String msg = String.valueOf(e.getOriginalMessage());
        if (msg.contains("START_ARRAY") || msg.contains("from Array")) return new Problem.Word("found.list");
        if (msg.contains("String")) return new Problem.Word("found.text");
        if (msg.contains("Integer") || msg.contains("Number") || msg.contains("Float") || msg.contains("Boolean")) return new Problem.Word("found.value");
        return new Problem.Word("found.other");
    }

    static Problem describeMapping(JsonMappingException e) {
        String at = pathText(e);
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProblemMapping ours) return ours.problem();
        }
        if (e instanceof InvalidFormatException ife && ife.getTargetType() != null && ife.getTargetType().isEnum()) {
            List<String> allowed = Arrays.stream(ife.getTargetType().getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT)).toList();
            return Problem.of(FindingCode.VALUE_NOT_ALLOWED, String.valueOf(ife.getValue()), at, allowed);
        }
        if (e instanceof InvalidFormatException ife) {
            return Problem.of(FindingCode.VALUE_NOT_OF_TYPE, String.valueOf(ife.getValue()), at, typeWord(ife.getTargetType()));
        }
        if (e instanceof MismatchedInputException mie && mie.getTargetType() != null) {
            return Problem.of(FindingCode.WRONG_KIND_OF_VALUE, at, typeWord(mie.getTargetType()));
        }
        Throwable cause = e.getCause();
        String msg = cause != null && cause.getMessage() != null ? cause.getMessage() : e.getOriginalMessage();
        return Problem.of(FindingCode.UNREADABLE_VALUE, firstLine(msg), at);
    }

    private static Problem.Word typeWord(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class) return new Problem.Word("type.whole-number");
        if (type == boolean.class || type == Boolean.class) return new Problem.Word("type.true-false");
        if (type == String.class) return new Problem.Word("type.text");
        if (List.class.isAssignableFrom(type)) return new Problem.Word("type.list");
        if (type == LocalizedText.class) return new Problem.Word("type.localized");
        if (java.util.Map.class.isAssignableFrom(type)) return new Problem.Word("type.map");
        return UnknownFieldScanner.part(type);
    }

    private static String pathOf(JsonMappingException e) {
        String p = pathText(e);
        return p.isEmpty() ? null : p;
    }

    /** A dotted path such as {@code nodes.mail.choices[0].next}. */
    static String pathText(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) sb.append('.');
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static Finding located(String name, JsonLocation loc, Problem problem, String where) {
        int line = loc == null || loc.getLineNr() < 0 ? 0 : loc.getLineNr();
        int col = loc == null || loc.getColumnNr() < 0 ? 0 : loc.getColumnNr();
        return new Finding(name, line, col, Finding.Level.ERROR, problem, Site.field(where), null);
    }

    static String firstLine(String message) {
        if (message == null) return "unknown problem";
        String line = message.strip();
        int nl = line.indexOf('\n');
        if (nl >= 0) line = line.substring(0, nl);
        // Jackson appends hints about enabling features; a content author cannot act on them.
        int hint = line.indexOf(" (for ");
        if (hint > 0) line = line.substring(0, hint);
        line = plainWords(line);
        return line.length() > 200 ? line.substring(0, 200) + "\u2026" : line;
    }

    /** Jackson's own names (types, tokens, limits) replaced by words an author knows. */
    static String plainWords(String message) {
        String m = message;
        m = m.replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error): ?", "");
        m = m.replaceAll("`java\\.util\\.(Array)?List<[^`]*>`|`java\\.util\\.List`", "a list");
        m = m.replaceAll("`java\\.util\\.(Linked)?(Hash)?Map<[^`]*>`", "a map");
        m = m.replaceAll("`java\\.lang\\.String`", "a piece of text");
        m = m.replaceAll("`(int|long|java\\.lang\\.Integer|java\\.lang\\.Long)`", "a whole number");
        m = m.replaceAll("`[a-z]+(\\.[A-Za-z0-9_$]+)+(<[^`]*>)?`", "this kind of value");
        m = m.replaceAll("\\(?JsonToken\\.([A-Z_]+)\\)?", "$1");
        m = m.replaceAll("\\(?StreamReadConstraints\\.[A-Za-z]+\\(\\)\\)?", "");
        m = m.replace("VALUE_STRING", "a text").replace("VALUE_NUMBER_INT", "a number").replace("VALUE_NUMBER_FLOAT", "a number")
                .replace("VALUE_TRUE", "true").replace("VALUE_FALSE", "false").replace("VALUE_NULL", "null")
                .replace("START_ARRAY", "a list").replace("START_OBJECT", "an object").replace("END_ARRAY", "the end of a list")
                .replace("END_OBJECT", "the end of an object").replace("FIELD_NAME", "a field name");
        return m.strip();
    }

    /**
     * Skips unknown fields and remembers that there were some; {@link UnknownFieldScanner} then
     * reports each with its position (Jackson's own position is lost for buffered record fields).
     */
    private static final class UnknownFieldCollector extends DeserializationProblemHandler {
        boolean seen;

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) throws IOException {
            seen = true;
            p.skipChildren();
            return true;
        }
    }

    /** Lets deserializers (conditions) report a finding and carry on. */
    record FindingSink(String file, List<Finding> findings) {
        static final Object KEY = FindingSink.class;

        void add(JsonParser p, Problem problem) {
            JsonLocation loc = p.currentTokenLocation();
            String ptr = p.getParsingContext().pathAsPointer().toString();
            findings.add(new Finding(file, loc.getLineNr(), loc.getColumnNr(), Finding.Level.ERROR, problem,
                    Site.field(ptr.isEmpty() ? null : ptr.substring(1).replace('/', '.')), null));
        }
    }

    /** A value our own deserializers refuse, with the problem to report. */
    static final class ProblemMapping extends JsonMappingException {
        private static final long serialVersionUID = 1L;

        private final transient Problem problem;

        ProblemMapping(JsonParser p, Problem problem) {
            super(p, FindingText.of(Language.EN).message(problem));
            this.problem = problem;
        }

        Problem problem() {
            return problem;
        }
    }
}
