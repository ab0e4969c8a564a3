package nl.coachdans.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, #4, #15, #16: one set of read limits for JSON and YAML, messages in a user's words. */
class ReadLimitsTest {
    @TempDir
    Path dir;

    private final ContentReader reader = new ContentReader();

    private ReadResult<Scenario> read(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return reader.readScenario(f);
    }

    private static Problem only(ReadResult<?> r) {
        assertThat(r.value()).isNull();
        assertThat(r.findings()).hasSize(1);
        return r.findings().get(0).problem();
    }

    @Test
    void aLongUnbrokenStringIsRefusedAlikeInJsonAndYaml() throws IOException {
        String longText = "x".repeat(ReadLimits.CONTENT.maxStringLength() + 1);
        Problem yaml = only(read("long.yaml", "id: x\ntitle: " + longText + "\n"));
        Problem json = only(read("long.json", "{\"id\": \"x\", \"title\": \"" + longText + "\"}"));
        assertThat(yaml).isEqualTo(Problem.of(FindingCode.LINE_TOO_LONG, 2, 1_000_000));
        assertThat(json).isEqualTo(Problem.of(FindingCode.LINE_TOO_LONG, 1, 1_000_000));
    }

    @Test
    void aSixteenMegabyteYamlScalarIsRefusedBeforeParsing() throws IOException {
        Problem problem = only(read("huge.yaml", "id: x\ntitle: " + "y".repeat(16 * 1024 * 1024) + "\n"));
        assertThat(problem.code()).isEqualTo(FindingCode.FILE_TOO_LARGE);
        assertThat(problem.arg("limit")).isEqualTo(8L);
    }

    @Test
    void aLongStringOverManyLinesIsRefusedByTheStringLimitInBothFormats() throws IOException {
        String lines = ("abcdefghij".repeat(9) + "\n").repeat(12_000); // 1.09 million characters, short lines
        Problem yaml = only(read("folded.yaml", "id: x\ntitle: |\n" + lines.indent(2)));
        Problem json = only(read("folded.json", "{\"id\": \"x\", \"title\": \"" + lines.replace("\n", "\\n") + "\"}"));
        assertThat(yaml).isEqualTo(Problem.of(FindingCode.TEXT_TOO_LONG, 1_000_000));
        assertThat(json).isEqualTo(Problem.of(FindingCode.LINE_TOO_LONG, 1, 1_000_000));
    }

    @Test
    void tooManyValuesAreRefusedInBothFormats() {
        ReadLimits small = new ReadLimits(1 << 20, 1000, 10, 50);
        StringBuilder yaml = new StringBuilder("list:\n");
        StringBuilder json = new StringBuilder("{\"list\": [");
        for (int i = 0; i < 200; i++) {
            yaml.append("  - ").append(i).append('\n');
            json.append(i == 0 ? "" : ",").append(i);
        }
        json.append("]}");
        for (var factory : List.of(small.yamlFactory(), small.jsonFactory())) {
            String text = factory instanceof com.fasterxml.jackson.dataformat.yaml.YAMLFactory ? yaml.toString() : json.toString();
            try (var p = small.guard(factory.createParser(text))) {
                while (p.nextToken() != null) {
                    // read to the end
                }
                throw new AssertionError("not refused");
            } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
                assertThat(small.problem(e)).isEqualTo(Problem.of(FindingCode.TOO_MANY_VALUES, 50L));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void deepNestingIsNamedWithoutJacksonsWords() throws IOException {
        Problem problem = only(read("deep.json", "{\"id\": \"x\", \"junk\": " + "[".repeat(500) + "]".repeat(500) + "}"));
        assertThat(problem).isEqualTo(Problem.of(FindingCode.NESTED_TOO_DEEPLY, 100));
        assertThat(FindingText.of(Language.EN).message(problem)).isEqualTo("the content is nested too deeply (more than 100 levels)")
                .doesNotContain("StreamReadConstraints").doesNotContain("getMaxNestingDepth");
    }

    @Test
    void aMissingFieldDoesNotHideTheUnknownFieldsBeforeIt() throws IOException {
        String yaml = Fixtures.voorbeeldText().replaceFirst("(?m)^start:", "startt:");
        ReadResult<Scenario> r = read("typo.yaml", yaml);
        assertThat(r.findings()).anyMatch(f -> f.code() == FindingCode.UNKNOWN_FIELD && f.problem().arg("field").equals("startt"));
    }

    @Test
    void aHugeEchoIsCut() {
        Finding f = Finding.error("x.yaml", FindingCode.CONDITION_EMPTY, "a".repeat(1_700_000), 1);
        String message = FindingText.of(Language.EN).message(f);
        assertThat(message.length()).isLessThan(500);
        assertThat((String) f.problem().arg("condition")).hasSizeLessThan(Problem.MAX_TEXT + 2);
    }

    @Test
    void jacksonsNamesAreTranslated() {
        assertThat(ContentReader.plainWords("Cannot deserialize value of type `java.util.ArrayList<nl.coachdans.sessions.RecordedChoice>` "
                + "from String value (token `JsonToken.VALUE_STRING`)"))
                .isEqualTo("Cannot deserialize value of type a list from String value (token `a text`)");
    }

    @Test
    void aChoiceThatNeedsItselfCanNeverBeOfferedAndSaysSo() {
        Condition own = Condition.parse("chosen(x) and rapport > 2");
        assertThat(NeverOffered.byItself(own, "x")).isTrue();
        assertThat(NeverOffered.byItself(Condition.parse("not chosen(x)"), "x")).isFalse();
        assertThat(NeverOffered.byItself(Condition.parse("chosen(x) or rapport > 2"), "x")).isFalse();
        assertThat(NeverOffered.byItself(Condition.parse("chosen(y)"), "x")).isFalse();
    }
}
