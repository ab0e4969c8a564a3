package nl.coachdans.catalog;

import nl.coachdans.scenario.ContentReader;
import nl.coachdans.scenario.FindingCode;
import nl.coachdans.scenario.Problem;
import nl.coachdans.scenario.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one content catalog: added folders add to the built-in content, never replace it. */
class ContentCatalogTest {
    private static final Path ASSETS = Paths.get(System.getProperty("coachdans.assets", "../assets"));
    private static final Path EXAMPLES = Paths.get("../docs/examples");

    @TempDir
    Path home;

    private ContentCatalog load(List<ContentRoot> roots) {
        return ContentCatalog.load(roots, new ContentReader(), false);
    }

    /** A trainer's own folder with the example client Noor and its own framework mini-grow. */
    private Path ownFolderWithNoor() throws IOException {
        Path own = Files.createDirectories(ContentCatalog.ownFolder(home));
        Files.createDirectories(own.resolve("frameworks"));
        Files.copy(EXAMPLES.resolve("scenarios/voorbeeld.yaml"), own.resolve("voorbeeld.yaml"));
        Files.copy(EXAMPLES.resolve("frameworks/mini-grow.yaml"), own.resolve("frameworks/mini-grow.yaml"));
        return own;
    }

    @Test
    void ownClientsAreAddedBesideTheBuiltInOnes() throws IOException {
        Path own = ownFolderWithNoor();
        ContentCatalog c = load(List.of(new ContentRoot(ASSETS, Origin.BUILT_IN), new ContentRoot(own, Origin.OWN)));
        assertThat(c.playableIds()).contains("leonie", "johan", "docent", "grow", "anna", "voorbeeld");
        assertThat(c.client("voorbeeld").origin()).isEqualTo(Origin.OWN);
        assertThat(c.client("leonie").origin()).isEqualTo(Origin.BUILT_IN);
        // Built-in frameworks stay known next to the trainer's own.
        assertThat(c.curriculum().frameworks()).containsKeys("grow", "ervaringsleren", "mini-grow");
        assertThat(c.source().find("voorbeeld")).isPresent();
        assertThat(c.originOf(own.resolve("voorbeeld.yaml"))).isEqualTo(Origin.OWN);
    }

    @Test
    void aClientOrFrameworkWithABuiltInIdIsAFindingAndReplacesNothing() throws IOException {
        Path own = ownFolderWithNoor();
        Path copy = own.resolve("leonie.yaml");
        Files.writeString(copy, Files.readString(EXAMPLES.resolve("scenarios/voorbeeld.yaml")).replaceFirst("(?m)^id: voorbeeld", "id: leonie"));
        Path fw = own.resolve("frameworks/grow.yaml");
        Files.writeString(fw, Files.readString(EXAMPLES.resolve("frameworks/mini-grow.yaml")).replaceFirst("(?m)^id: mini-grow", "id: grow"));
        ContentCatalog c = load(List.of(new ContentRoot(ASSETS, Origin.BUILT_IN), new ContentRoot(own, Origin.OWN)));

        ContentCatalog.Client leonie = c.client("leonie");
        assertThat(leonie.origin()).as("the built-in Leonie still counts").isEqualTo(Origin.BUILT_IN);
        assertThat(leonie.usable()).isTrue();
        ContentCatalog.Client clash = c.clients().stream().filter(x -> x.file().equals(copy)).findFirst().orElseThrow();
        assertThat(clash.usable()).isFalse();
        assertThat(clash.findings()).anySatisfy(f -> {
            assertThat(f.isError()).isTrue();
            assertThat(f.problem()).isEqualTo(Problem.of(FindingCode.ID_USED_BUILT_IN, new Problem.Word("kind.client"), "leonie"));
            assertThat(f.line()).as("the finding points at the id").isGreaterThan(0);
        });
        assertThat(c.frameworkFindings()).anySatisfy(f -> {
            assertThat(f.file()).isEqualTo(fw.toString());
            assertThat(f.problem()).isEqualTo(Problem.of(FindingCode.ID_USED_BUILT_IN, new Problem.Word("kind.framework"), "grow"));
        });
        assertThat(c.curriculum().frameworks().get("grow").title().en()).as("the built-in GROW is kept").doesNotContain("brief");
        // The game's list shows both, the clash as unavailable.
        assertThat(c.asLibrary().scenarios()).filteredOn(e -> e.id().equals("leonie")).hasSize(2);
    }

    @Test
    void theRootsAreNamedInTheirOrder() throws IOException {
        ownFolderWithNoor();
        Path added = Files.createDirectories(home.resolve("extra"));
        List<ContentRoot> roots = ContentCatalog.standardRoots(home, List.of(added));
        assertThat(roots).extracting(ContentRoot::origin).containsExactly(Origin.BUILT_IN, Origin.OWN, Origin.ADDED);
        ContentCatalog c = load(roots);
        assertThat(c.describeRoots()).contains("own: " + ContentCatalog.ownFolder(home)).contains("added: " + added);
        // Without an own folder there is no own root.
        assertThat(ContentCatalog.standardRoots(home.resolve("nobody"), List.of())).extracting(ContentRoot::origin).containsExactly(Origin.BUILT_IN);
    }

    @Test
    void aFileOutsideTheCatalogWithTheSameFrameworkContentIsNoClash() throws IOException {
        ContentCatalog c = load(List.of(new ContentRoot(ASSETS, Origin.BUILT_IN)));
        List<Finding> findings = new java.util.ArrayList<>();
        c.with(List.of(ASSETS.resolve("frameworks/grow.yaml")), new ContentReader(), findings);
        assertThat(findings).isEmpty();
        Path changed = home.resolve("grow.yaml");
        Files.writeString(changed, Files.readString(ASSETS.resolve("frameworks/grow.yaml")).replaceFirst("(?m)^version: (\\d+)", "version: 99"));
        c.with(List.of(changed), new ContentReader(), findings);
        assertThat(findings).anySatisfy(f -> assertThat(f.code()).isIn(FindingCode.ID_USED_BUILT_IN, FindingCode.ID_USED_ELSEWHERE));
    }
}
