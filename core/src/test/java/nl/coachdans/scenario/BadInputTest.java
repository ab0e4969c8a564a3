package nl.coachdans.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static nl.coachdans.scenario.Fixtures.columnOf;
import static nl.coachdans.scenario.Fixtures.lineOf;
import static nl.coachdans.scenario.Fixtures.replaceOnce;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile and broken content files: the reader never throws, says which file, and where possible
 * the line and column. {@code @Timeout} guards against hangs; it is not a performance assertion.
 */
@Timeout(10)
class BadInputTest {

    @TempDir
    Path dir;

    private final ContentReader reader = new ContentReader();

    private ReadResult<Scenario> read(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content);
        return reader.readScenario(f);
    }

    private ReadResult<Scenario> read(String name, byte[] content) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, content);
        return reader.readScenario(f);
    }

    private String file(String name) {
        return dir.resolve(name).toString();
    }

    private static String voorbeeldJson() throws IOException {
        JsonNode tree = new YAMLMapper().readTree(Fixtures.voorbeeldText());
        return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    }

    /** One error finding, naming the file. */
    private static Finding onlyError(ReadResult<?> r, String file) {
        assertThat(r.findings()).as("findings of %s", file).hasSize(1);
        Finding f = r.findings().get(0);
        assertThat(f.isError()).isTrue();
        assertThat(f.file()).isEqualTo(file);
        assertThat(f.toString()).startsWith(file + ":");
        return f;
    }

    // --- not JSON / YAML at all ---

    @Test
    void theVoorbeeldJsonTranslationReadsCleanly() throws IOException {
        // Guards the JSON fixture the truncation tests cut from.
        ReadResult<Scenario> r = read("whole.json", voorbeeldJson());
        assertThat(r.findings()).isEmpty();
        assertThat(r.value()).isEqualTo(Fixtures.voorbeeld());
    }

    @Test
    void truncatedJsonIsUnreadableWithAPosition() throws IOException {
        String json = voorbeeldJson();
        ReadResult<Scenario> r = read("cut.json", json.substring(0, json.length() / 2));
        assertThat(r.value()).isNull();
        assertThat(r.unreadable()).as("a truncated file is not JSON: %s", r.findings()).isTrue();
        Finding f = onlyError(r, file("cut.json"));
        assertThat(f.code()).isEqualTo(FindingCode.JSON_SYNTAX);
        assertThat(f.line()).isGreaterThan(1);
    }

    @Test
    void jsonCutBetweenTopLevelFieldsIsUnreadable() throws IOException {
        String json = voorbeeldJson();
        ReadResult<Scenario> r = read("cut2.json", json.substring(0, json.indexOf("\"start\"")));
        assertThat(r.value()).isNull();
        assertThat(r.unreadable()).as("a truncated file is not JSON: %s", r.findings()).isTrue();
        assertThat(onlyError(r, file("cut2.json")).code()).isEqualTo(FindingCode.JSON_SYNTAX);
    }

    @Test
    void truncatedYamlIsUnreadableWithAPosition() throws IOException {
        String yaml = Fixtures.voorbeeldText();
        // Cut inside the quoted title on line 4: an unterminated string.
        String cut = yaml.substring(0, yaml.indexOf("Noor en haar") + 4);
        ReadResult<Scenario> r = read("cut.yaml", cut);
        assertThat(r.value()).isNull();
        assertThat(r.unreadable()).as("a truncated file is not YAML: %s", r.findings()).isTrue();
        Finding f = onlyError(r, file("cut.yaml"));
        assertThat(f.code()).isEqualTo(FindingCode.YAML_SYNTAX);
        assertThat(f.line()).isEqualTo(4);
    }

    @Test
    void binaryGarbageWithNulBytesIsRefusedAsNotText() throws IOException {
        byte[] garbage = new byte[10_000];
        new Random(42).nextBytes(garbage);
        garbage[17] = 0;
        for (String name : List.of("garbage.yaml", "garbage.json")) {
            ReadResult<Scenario> r = read(name, garbage);
            assertThat(r.unreadable()).isTrue();
            assertThat(r.value()).isNull();
            assertThat(onlyError(r, file(name)).code()).isEqualTo(FindingCode.BINARY_FILE);
        }
    }

    @Test
    void binaryGarbageWithoutNulBytesIsUnreadable() throws IOException {
        byte[] garbage = new byte[10_000];
        new Random(7).nextBytes(garbage);
        for (int i = 0; i < garbage.length; i++) if (garbage[i] == 0) garbage[i] = (byte) 0xC3;
        for (String name : List.of("noise.yaml", "noise.json")) {
            ReadResult<Scenario> r = read(name, garbage);
            assertThat(r.unreadable()).as(name).isTrue();
            assertThat(r.value()).isNull();
            assertThat(r.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.file()).isEqualTo(file(name)));
        }
    }

    @Test
    void emptyFileIsUnreadable() throws IOException {
        for (String name : List.of("empty.yaml", "empty.json")) {
            ReadResult<Scenario> r = read(name, new byte[0]);
            assertThat(r.unreadable()).isTrue();
            Finding f = onlyError(r, file(name));
            assertThat(f.code()).isEqualTo(FindingCode.EMPTY_FILE);
            assertThat(f.line()).isZero();
        }
    }

    @Test
    void yamlWithOnlyACommentHoldsNoObject() throws IOException {
        ReadResult<Scenario> r = read("comment.yaml", "# nothing here yet\n");
        assertThat(r.unreadable()).isTrue();
        assertThat(r.value()).isNull();
        onlyError(r, file("comment.yaml"));
    }

    @Test
    void hundredMegabyteFileIsRefusedBeforeReading() throws IOException {
        Path huge = dir.resolve("huge.yaml");
        try (RandomAccessFile raf = new RandomAccessFile(huge.toFile(), "rw")) {
            raf.setLength(100L * 1024 * 1024);
        }
        ReadResult<Scenario> r = reader.readScenario(huge);
        assertThat(r.unreadable()).isTrue();
        Finding f = onlyError(r, huge.toString());
        assertThat(f.code()).isEqualTo(FindingCode.FILE_TOO_LARGE);
        assertThat(f.args()).containsExactly(100.0, ContentReader.MAX_BYTES / (1024 * 1024));
    }

    @Test
    void hundredThousandNestedArraysInJsonAreRefused() throws IOException {
        ReadResult<Scenario> top = read("deep.json", "[".repeat(100_000));
        assertThat(top.unreadable()).isTrue();
        onlyError(top, file("deep.json"));

        ReadResult<Scenario> inField = read("deep2.json", "{\"id\": \"x\", \"junk\": " + "[".repeat(100_000));
        assertThat(inField.unreadable()).isTrue();
        assertThat(onlyError(inField, file("deep2.json")).code()).isEqualTo(FindingCode.NESTED_TOO_DEEPLY);
    }

    @Test
    void hundredThousandNestedArraysInYamlAreRefused() throws IOException {
        ReadResult<Scenario> top = read("deep.yaml", "[".repeat(100_000));
        assertThat(top.unreadable()).isTrue();
        onlyError(top, file("deep.yaml"));

        ReadResult<Scenario> inField = read("deep2.yaml", "id: x\njunk: " + "[".repeat(100_000));
        assertThat(inField.unreadable()).isTrue();
        assertThat(onlyError(inField, file("deep2.yaml")).code()).isEqualTo(FindingCode.NESTED_TOO_DEEPLY);
    }

    @Test
    void deepNestingUnderAKnownListFieldIsAnErrorNotAnException() throws IOException {
        String yaml = Fixtures.voorbeeldText().replace("expert: [", "expert: " + "[".repeat(100_000));
        ReadResult<Scenario> r = read("deep3.yaml", yaml);
        assertThat(r.value()).isNull();
        assertThat(r.findings()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.isError()).isTrue();
            assertThat(f.file()).isEqualTo(file("deep3.yaml"));
        });
    }

    // --- JSON/YAML, but not an object ---

    @Test
    void topLevelListIsNotAnObject() throws IOException {
        for (String[] c : new String[][] {{"list.json", "[1, 2]"}, {"list.yaml", "- a\n- b\n"}}) {
            ReadResult<Scenario> r = read(c[0], c[1]);
            assertThat(r.unreadable()).isTrue();
            Finding f = onlyError(r, file(c[0]));
            assertThat(f.problem()).isEqualTo(Problem.of(FindingCode.NOT_ONE_OBJECT, new Problem.Word("part.scenario"), new Problem.Word("found.list")));
            assertThat(f.line()).isEqualTo(1);
        }
    }

    @Test
    void topLevelStringIsNotAnObject() throws IOException {
        for (String[] c : new String[][] {{"text.json", "\"hallo\""}, {"text.yaml", "hallo daar\n"}}) {
            ReadResult<Scenario> r = read(c[0], c[1]);
            assertThat(r.unreadable()).isTrue();
            assertThat(onlyError(r, file(c[0])).problem().arg("found")).isEqualTo(new Problem.Word("found.text"));
        }
    }

    @Test
    void topLevelNumberIsNotAnObject() throws IOException {
        for (String[] c : new String[][] {{"number.json", "42"}, {"number.yaml", "42\n"}}) {
            ReadResult<Scenario> r = read(c[0], c[1]);
            assertThat(r.unreadable()).isTrue();
            assertThat(onlyError(r, file(c[0])).problem().arg("found")).isEqualTo(new Problem.Word("found.value"));
        }
    }

    @Test
    void fileWithAnotherExtensionIsNotContent() throws IOException {
        ReadResult<Scenario> r = read("voorbeeld.txt", Fixtures.voorbeeldText());
        assertThat(r.unreadable()).isTrue();
        assertThat(onlyError(r, file("voorbeeld.txt")).code()).isEqualTo(FindingCode.NOT_CONTENT_FILE);
    }

    @Test
    void missingFileIsUnreadable() {
        Path missing = dir.resolve("missing.yaml");
        ReadResult<Scenario> r = reader.readScenario(missing);
        assertThat(r.unreadable()).isTrue();
        assertThat(onlyError(r, missing.toString()).code()).isEqualTo(FindingCode.CANNOT_READ);
    }

    // --- an object, but with mistakes ---

    @Test
    void duplicateKeyInYamlIsRefusedAtTheSecondOccurrence() throws IOException {
        String yaml = replaceOnce(Fixtures.voorbeeldText(), "version: 1\n", "version: 1\nid: nog-eens\n");
        ReadResult<Scenario> r = read("dup.yaml", yaml);
        assertThat(r.value()).as("a duplicate key is never silently resolved").isNull();
        Finding f = onlyError(r, file("dup.yaml"));
        assertThat(f.code()).isEqualTo(FindingCode.YAML_SYNTAX);
        assertThat((String) f.problem().arg("detail")).contains("Duplicate field 'id'");
        assertThat(f.line()).isEqualTo(lineOf(yaml, "id: nog-eens"));
    }

    @Test
    void duplicateKeyInJsonIsRefused() throws IOException {
        String json = voorbeeldJson().replaceFirst("\"version\" : 1,", "\"version\" : 1, \"id\" : \"nog-eens\",");
        ReadResult<Scenario> r = read("dup.json", json);
        assertThat(r.value()).isNull();
        Finding f = onlyError(r, file("dup.json"));
        assertThat(f.code()).isEqualTo(FindingCode.JSON_SYNTAX);
        assertThat((String) f.problem().arg("detail")).contains("Duplicate field 'id'");
        assertThat(f.line()).isEqualTo(lineOf(json, "nog-eens"));
    }

    @Test
    void unknownFieldsAreAllReportedInOneReadWithLineAndColumn() throws IOException {
        String yaml = Fixtures.voorbeeldText();
        yaml = replaceOnce(yaml, "difficulty: 1\n", "difficulty: 1\ntitel: \"Noor\"\n");
        yaml = replaceOnce(yaml, "  open:\n    kind: utterance\n", "  open:\n    kind: utterance\n    kleur: rood\n");
        yaml = replaceOnce(yaml, "        next: doel\n      - id: open-oordeel",
                "        next: doel\n        volgende: dicht\n      - id: open-oordeel");
        ReadResult<Scenario> r = read("unknown.yaml", yaml);

        assertThat(r.unreadable()).isFalse();
        assertThat(r.value()).as("unknown fields are skipped, the rest still loads").isNotNull();
        assertThat(r.findings()).hasSize(3).allSatisfy(f -> {
            assertThat(f.file()).isEqualTo(file("unknown.yaml"));
            assertThat(f.isError()).isTrue();
        });
        assertUnknownField(r, yaml, "titel", "titel: ", "titel");
        assertUnknownField(r, yaml, "kleur", "kleur: rood", "nodes.open.kleur");
        assertUnknownField(r, yaml, "volgende", "volgende: dicht", "nodes.open.choices[0].volgende");
    }

    private static void assertUnknownField(ReadResult<?> r, String text, String field, String needle, String where) {
        Finding f = r.findings().stream().filter(x -> x.code() == FindingCode.UNKNOWN_FIELD && x.problem().arg("field").equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding for unknown field " + field + " in " + r.findings()));
        assertThat(f.line()).as("line of unknown field %s: %s", field, f).isEqualTo(lineOf(text, needle));
        assertThat(f.column()).as("column of unknown field %s: %s", field, f).isEqualTo(columnOf(text, field, needle));
        assertThat(f.where()).isEqualTo(Site.field(where));
    }

    @Test
    void unknownFieldsInJsonHaveLineAndColumn() throws IOException {
        String json = voorbeeldJson().replaceFirst("\"version\" : 1,", "\"version\" : 1,\n  \"titel\" : 3,");
        ReadResult<Scenario> r = read("unknown.json", json);
        assertThat(r.value()).isNotNull();
        Finding f = onlyError(r, file("unknown.json"));
        assertThat(f.problem()).isEqualTo(Problem.of(FindingCode.UNKNOWN_FIELD, "titel", new Problem.Word("part.scenario"), "docs/authoring.md"));
        assertThat(f.line()).isEqualTo(lineOf(json, "\"titel\""));
        assertThat(f.column()).isPositive();
    }

    @Test
    void badEnumValueListsTheAllowedValues() throws IOException {
        String yaml = replaceOnce(Fixtures.voorbeeldText(), "kind: email", "kind: mail");
        ReadResult<Scenario> r = read("enum.yaml", yaml);
        assertThat(r.unreadable()).isFalse();
        Finding f = onlyError(r, file("enum.yaml"));
        assertThat(f.problem()).isEqualTo(Problem.of(FindingCode.VALUE_NOT_ALLOWED, "mail", "nodes.mail.kind",
                List.of("utterance", "email", "narration", "ending")));
        assertThat(f.line()).isEqualTo(lineOf(yaml, "kind: mail"));
        assertThat(f.column()).isEqualTo(columnOf(yaml, "mail", "kind: mail"));
    }

    @Test
    void badSeverityInAFrameworkListsTheAllowedValues() throws IOException {
        String yaml = replaceOnce(Fixtures.miniGrowText(), "severity: critical", "severity: fatal");
        Path f = dir.resolve("fw.yaml");
        Files.writeString(f, yaml);
        ReadResult<Framework> r = reader.readFramework(f);
        Finding finding = onlyError(r, f.toString());
        assertThat(finding.code()).isEqualTo(FindingCode.VALUE_NOT_ALLOWED);
        assertThat(finding.problem().arg("value")).isEqualTo("fatal");
        assertThat(finding.problem().arg("allowed")).isEqualTo(List.of("warning", "critical"));
        assertThat(finding.line()).isEqualTo(lineOf(yaml, "severity: fatal"));
    }

    @Test
    void badConditionIsReportedWithItsPositionAndTheRestStillLoads() throws IOException {
        String yaml = Fixtures.voorbeeldText();
        yaml = replaceOnce(yaml, "when: \"rapport >= 5\"", "when: \"rapport >= \"");
        yaml = replaceOnce(yaml, "when: \"rapport <= 3\"", "when: \"rapport <== 3\"");
        ReadResult<Scenario> r = read("cond.yaml", yaml);
        assertThat(r.unreadable()).isFalse();
        assertThat(r.value()).as("one bad condition does not hide the others").isNotNull();
        assertThat(r.findings()).hasSize(2);

        Finding missingNumber = r.findings().stream().filter(f -> detail(f).contains("\"rapport >= \"")).findFirst().orElseThrow();
        assertThat(missingNumber.file()).isEqualTo(file("cond.yaml"));
        assertThat(missingNumber.problem()).isEqualTo(Problem.of(FindingCode.CONDITION_EXPECTED_NUMBER, "rapport >= ", 12, ">="));
        assertThat(missingNumber.line()).isEqualTo(lineOf(yaml, "rapport >= \""));
        assertThat(missingNumber.where()).isEqualTo(Site.field("nodes.doel.choices.1.when"));

        Finding badOperator = r.findings().stream().filter(f -> detail(f).contains("\"rapport <== 3\"")).findFirst().orElseThrow();
        assertThat(badOperator.line()).isEqualTo(lineOf(yaml, "rapport <== 3"));
        assertThat(badOperator.where()).isEqualTo(Site.field("nodes.open.variants.0.when"));
    }

    /** The condition a finding names, in quotes, or nothing. */
    private static String detail(Finding f) {
        return f.code().params().contains("condition") ? "\"" + f.problem().arg("condition") + "\"" : "";
    }

    @Test
    void conditionThatIsNotTextIsAnError() throws IOException {
        String yaml = replaceOnce(Fixtures.voorbeeldText(), "when: \"rapport >= 5\"", "when: 5");
        ReadResult<Scenario> r = read("cond2.yaml", yaml);
        Finding f = onlyError(r, file("cond2.yaml"));
        assertThat(f.code()).isEqualTo(FindingCode.CONDITION_NOT_TEXT);
        assertThat(f.line()).isEqualTo(lineOf(yaml, "when: 5"));
    }

    @Test
    void wrongTypeForANumberFieldSaysAWholeNumberIsExpected() throws IOException {
        String yaml = replaceOnce(Fixtures.voorbeeldText(), "difficulty: 1", "difficulty: one");
        ReadResult<Scenario> r = read("type.yaml", yaml);
        assertThat(r.unreadable()).isFalse();
        assertThat(r.value()).isNull();
        Finding f = onlyError(r, file("type.yaml"));
        assertThat(f.problem()).isEqualTo(Problem.of(FindingCode.VALUE_NOT_OF_TYPE, "one", "difficulty", new Problem.Word("type.whole-number")));
        assertThat(f.line()).isEqualTo(lineOf(yaml, "difficulty: one"));
        assertThat(f.column()).isEqualTo(columnOf(yaml, "one", "difficulty: one"));
    }

    @Test
    void fractionForANumberFieldIsNotAWholeNumber() throws IOException {
        String yaml = replaceOnce(Fixtures.voorbeeldText(), "minutes: 5", "minutes: 5.5");
        ReadResult<Scenario> r = read("frac.yaml", yaml);
        Finding f = onlyError(r, file("frac.yaml"));
        assertThat(f.problem()).isEqualTo(Problem.of(FindingCode.VALUE_NOT_OF_TYPE, "5.5", "minutes", new Problem.Word("type.whole-number")));
        assertThat(f.line()).isEqualTo(lineOf(yaml, "minutes: 5.5"));
    }

    @Test
    void listForANumberFieldIsTheWrongKindOfValue() throws IOException {
        String yaml = replaceOnce(Fixtures.voorbeeldText(), "minutes: 5", "minutes: [5]");
        ReadResult<Scenario> r = read("list.yaml", yaml);
        Finding f = onlyError(r, file("list.yaml"));
        assertThat(f.problem()).isEqualTo(Problem.of(FindingCode.WRONG_KIND_OF_VALUE, "minutes", new Problem.Word("type.whole-number")));
        assertThat(f.line()).isEqualTo(lineOf(yaml, "minutes: [5]"));
    }

    @Test
    void wrongTypeForAnEffectNamesTheFullPath() throws IOException {
        String yaml = replaceOnce(Fixtures.voorbeeldText(), "effects: {openness: -2}", "effects: {openness: veel}");
        ReadResult<Scenario> r = read("effect.yaml", yaml);
        Finding f = onlyError(r, file("effect.yaml"));
        assertThat(f.problem()).isEqualTo(Problem.of(FindingCode.VALUE_NOT_OF_TYPE, "veel", "nodes.opties.choices[2].effects.openness",
                new Problem.Word("type.whole-number")));
        assertThat(f.line()).isEqualTo(lineOf(yaml, "openness: veel"));
    }
}
