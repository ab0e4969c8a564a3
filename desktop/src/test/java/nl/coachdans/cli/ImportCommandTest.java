package nl.coachdans.cli;

import nl.coachdans.lint.BuiltInAssets;
import nl.coachdans.lint.ContentLibrary;
import nl.coachdans.scenario.ContentReader;
import nl.coachdans.scenario.Finding;
import nl.coachdans.scenario.ReadResult;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scenario.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** `import`: a Twine story becomes a scenario skeleton that loads, with a list of what is left to write. */
@Timeout(60)
class ImportCommandTest {
    private static final Path SANNE = Paths.get("src/test/resources/twine/sanne.twee");

    @TempDir
    Path tmp;

    @Test
    void aTweeStoryBecomesAScenarioWhoseOnlyFindingsAreWhatTheAuthorMustStillWrite() throws IOException {
        Path file = tmp.resolve("sanne.yaml");
        CliRun r = CliRun.of("import", SANNE.toString(), "--out", file.toString(), "--framework", "grow");
        assertThat(r.code()).as(r.err()).isZero();
        // The story is Dutch, so is what import says about it.
        assertThat(r.out()).contains("sanne.yaml geschreven: 8 knopen, 9 keuzes, 2 eindes, een expertpad").contains("nog te doen (");
        // What cannot be mapped is listed: format code, a private passage, a link to nowhere.
        assertThat(r.out()).contains("story-format code '(set: $rapport to it - 1)'")
                .contains("passage 'Notities' (line 46)")
                .contains("'Bestaat niet', which is not a passage");

        ReadResult<Scenario> read = new ContentReader().readScenario(file);
        assertThat(read.findings()).as("the skeleton loads without structural findings").isEmpty();
        Scenario sc = read.value();
        assertThat(sc.start()).isEqualTo("begin");
        assertThat(sc.node("begin").kind().name()).isEqualTo("EMAIL");
        assertThat(sc.node("afspraak").quality().code()).isEqualTo("best");
        assertThat(sc.node("afgehaakt").quality().code()).isEqualTo("poor");
        assertThat(sc.expert()).containsExactly("begin-doel", "doel-situatie", "situatie-opties", "opties-afspraak");
        assertThat(sc.findChoice("begin-tip").orElseThrow().getValue().tags()).containsExactly("risk:cadeau");
        assertThat(sc.findChoice("begin-tip").orElseThrow().getValue().move().stance().name()).isEqualTo("COUNTER");
        assertThat(sc.node("tip").text().nl()).isEqualTo("Hm, oké. Dat had ik zelf ook wel kunnen bedenken.");

        ContentLibrary builtIn = ContentLibrary.load(BuiltInAssets.root(), new ContentReader(), false);
        List<Finding> findings = new Validator(builtIn.curriculum()).validate(file.toString(), sc);
        assertThat(findings).isNotEmpty().allSatisfy(f -> assertThat(f.toString()).matches(
                ".*(has no English text|has no Dutch text|client needs a name|unreachable: .*\\(node oud-spoor\\)).*"));
    }

    @Test
    void aTwineArchiveIsReadTooWithItsEntities() throws IOException {
        Path story = Files.writeString(tmp.resolve("verhaal.html"), """
                <html><body>
                <tw-storydata name="Piet &amp; zijn team" startnode="2" format="SugarCube" format-version="2.36.1">
                <tw-passagedata pid="1" name="Einde" tags="ending-good" position="0,0">Piet gaat &quot;morgen&quot; met zijn team praten.</tw-passagedata>
                <tw-passagedata pid="2" name="Start" tags="" position="0,100">Ik weet niet of ik het kan (3 &lt; 5).
                [[Wat maakt het lastig?-&gt;Einde]]</tw-passagedata>
                </tw-storydata></body></html>
                """);
        Path file = tmp.resolve("piet.yaml");
        CliRun r = CliRun.of("import", story.toString(), "--out", file.toString(), "--lang", "en");
        assertThat(r.code()).as(r.err()).isZero();
        Scenario sc = new ContentReader().readScenario(file).value();
        assertThat(sc.id()).isEqualTo("piet-zijn-team");
        assertThat(sc.start()).isEqualTo("start");
        assertThat(sc.node("start").text().en()).isEqualTo("Ik weet niet of ik het kan (3 < 5).");
        assertThat(sc.node("einde").text().en()).isEqualTo("Piet gaat \"morgen\" met zijn team praten.");
        assertThat(sc.node("start").choices().get(0).id()).isEqualTo("start-einde");
        assertThat(r.out()).contains("the expert path: tag the passages")
                .contains("wrote " + file + ": 2 nodes, 1 option, 1 ending").contains("still to do (").contains("next: coachdans validate");
    }

    @Test
    void somethingThatIsNotAStoryIsRefusedWithItsPlace() throws IOException {
        Path bad = Files.writeString(tmp.resolve("los.twee"), "Dit is gewoon tekst.\n");
        CliRun r = CliRun.of("import", bad.toString(), "--out", tmp.resolve("x.yaml").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("los.twee:1: text before the first passage header").doesNotContain("Exception");
        Path archive = Files.writeString(tmp.resolve("leeg.html"), "<html><body><p>geen verhaal</p></body></html>");
        CliRun a = CliRun.of("import", archive.toString(), "--out", tmp.resolve("y.yaml").toString());
        assertThat(a.code()).isEqualTo(1);
        assertThat(a.err()).contains("no <tw-storydata> element");
    }

    @Test
    void anExistingFileIsNotReplacedWithoutForce() throws IOException {
        Path file = Files.writeString(tmp.resolve("sanne.yaml"), "mine\n");
        CliRun r = CliRun.of("import", SANNE.toString(), "--out", file.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(Files.readString(file)).isEqualTo("mine\n");
    }
}
