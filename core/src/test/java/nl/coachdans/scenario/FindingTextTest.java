package nl.coachdans.scenario;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every finding code has its words in both languages, renders, and is documented in docs/findings.md. */
class FindingTextTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)(,[^}]*)?}");

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = FindingText.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyCodeHasAMessageInBothLanguagesWithOnePlaceholderPerArgument() throws IOException {
        for (String name : List.of("findings.properties", "findings_en.properties")) {
            Properties p = bundle(name);
            for (FindingCode code : FindingCode.values()) {
                String pattern = p.getProperty(code.kebab());
                assertThat(pattern).as("%s in %s", code, name).isNotBlank();
                Set<Integer> used = new HashSet<>();
                Matcher m = PLACEHOLDER.matcher(pattern);
                while (m.find()) used.add(Integer.parseInt(m.group(1)));
                Set<Integer> expected = new HashSet<>();
                for (int i = 0; i < code.params().size(); i++) expected.add(i);
                assertThat(used).as("placeholders of %s in %s: %s", code, name, pattern).isEqualTo(expected);
            }
        }
    }

    @Test
    void theTwoBundlesHaveTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(bundle("findings.properties").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(bundle("findings_en.properties").stringPropertyNames()));
    }

    @Test
    void everyMessageRendersWithoutLeftoverPlaceholders() {
        for (Language l : Language.values()) {
            FindingText text = FindingText.of(l);
            for (FindingCode code : FindingCode.values()) {
                String pattern = text.pattern(code);
                List<Object> args = new ArrayList<>();
                for (int i = 0; i < code.params().size(); i++) {
                    args.add(pattern.contains("{" + i + ",number") ? (Object) 7 : "x" + i);
                }
                String m = text.message(new Problem(code, args));
                assertThat(m).as("%s in %s", code, l).doesNotContainPattern("\\{\\d").doesNotContain("''");
                for (int i = 0; i < args.size(); i++) {
                    assertThat(m).as("%s in %s shows argument %d", code, l, i).contains(String.valueOf(args.get(i)));
                }
            }
        }
    }

    @Test
    void dutchIsTheDefaultAndReadsAsDutch() {
        Finding f = new Finding("noor.yaml", 41, 15, Finding.Level.ERROR, Problem.of(FindingCode.UNKNOWN_NODE, "nergens"),
                Site.choice("doel", "doel-advies"), "/nodes/doel/choices/2/next");
        assertThat(FindingText.of(null).line(f)).isEqualTo(FindingText.of(Language.NL).line(f)).isEqualTo(
                "noor.yaml:41:15: fout CD0245 unknown-node: de volgende knoop \u2018nergens\u2019 bestaat niet (knoop doel, keuze doel-advies)");
        assertThat(FindingText.of(Language.NL).located(f))
                .isEqualTo("regel 41, kolom 15: de volgende knoop \u2018nergens\u2019 bestaat niet (knoop doel, keuze doel-advies)");
        Finding words = Finding.error("noor.yaml", FindingCode.TAG_UNKNOWN_ID, new Problem.Word("kind.risk"), "oordeel", "risk:oordeel", List.of("grow"));
        assertThat(FindingText.of(Language.NL).message(words))
                .isEqualTo("onbekende risico \u2018oordeel\u2019 in tag \u2018risk:oordeel\u2019; de raamwerken [grow] hebben zo\u2019n risico niet");
        ConditionSyntaxException bad = org.assertj.core.api.Assertions.catchThrowableOfType(ConditionSyntaxException.class,
                () -> Condition.parse("rapport => 5"));
        assertThat(FindingText.of(Language.NL).message(bad.problem()))
                .isEqualTo("ongeldige voorwaarde: na \u2018rapport\u2019 hoort een vergelijking (<, <=, >, >=, ==, !=) in \"rapport => 5\" (kolom 9)");
        assertThat(bad).hasMessage("invalid condition: expected a comparison (<, <=, >, >=, ==, !=) after 'rapport' in condition \"rapport => 5\" (column 9)");
    }

    @Test
    void englishReadsAsEnglishWithNumbersAndPathsInTheirPlace() {
        FindingText en = FindingText.of(Language.EN);
        Finding f = new Finding("noor.yaml", 41, 15, Finding.Level.WARNING, Problem.of(FindingCode.EXPERT_OPTION_LONGEST, 5, 6,
                83.33, 40.0, 1.4234), null, "/expert");
        assertThat(en.line(f)).isEqualTo("noor.yaml:41:15: warning CD0406 expert-option-longest: the expert option is the longest offered "
                + "at 5 of 6 decisions (83 %; at most 40 % may), on average 1.42 times the length of the others");
        Problem loop = Problem.of(FindingCode.UNBOUNDED_LOOP, new Problem.Word("repeats.effect"), new Problem.Cycle(List.of("a", "b")),
                Problem.Witness.of(List.of("c1", "c2")), "b");
        assertThat(en.message(loop)).isEqualTo("a cycle can repeat an effect without bound: a -> b (reached by: c1,c2); "
                + "bound the revisit, e.g. with when: \"not chosen(b)\"");
        assertThat(en.located(Finding.error("x.yaml", FindingCode.EMPTY_FILE))).isEqualTo("the file is empty");
        assertThat(en.where(Site.of(Site.Kind.STEP, "grow/reality"))).isEqualTo("step grow/reality");
    }

    @Test
    void aProblemTakesExactlyItsArguments() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Problem.of(FindingCode.UNKNOWN_NODE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown-node");
    }

    @Test
    void everyCodeIsDocumentedAndEveryDocumentedCodeExists() throws IOException {
        String doc = Files.readString(Paths.get("..", "docs", "findings.md"));
        Set<String> documented = new TreeSet<>();
        Matcher m = Pattern.compile("`(CD\\d{4}) ([a-z0-9-]+)`").matcher(doc);
        while (m.find()) documented.add(m.group(1) + " " + m.group(2));
        Set<String> codes = new TreeSet<>();
        for (FindingCode c : FindingCode.values()) codes.add(c.id() + " " + c.kebab());
        assertThat(documented).as("codes in docs/findings.md").isEqualTo(codes);
        Matcher any = Pattern.compile("CD\\d{4}").matcher(doc);
        Set<String> ids = new TreeSet<>(Arrays.stream(FindingCode.values()).map(FindingCode::id).toList());
        while (any.find()) assertThat(ids).as("docs/findings.md names %s", any.group()).contains(any.group());
    }

    @Test
    void codesAreUniqueAndStable() {
        Set<String> ids = new HashSet<>();
        for (FindingCode c : FindingCode.values()) assertThat(ids.add(c.id())).as("%s is used once", c.id()).isTrue();
        // Published codes keep their number: a few pinned here guard against renumbering.
        assertThat(FindingCode.UNKNOWN_NODE.id()).isEqualTo("CD0245");
        assertThat(FindingCode.YAML_SYNTAX.id()).isEqualTo("CD0116");
        assertThat(FindingCode.UNBOUNDED_LOOP.id()).isEqualTo("CD0408");
        assertThat(FindingCode.NEWER_ASSIGNMENT.id()).isEqualTo("CD0501");
    }
}
