package nl.coachdans.cli;

import nl.coachdans.catalog.ContentCatalog;
import nl.coachdans.catalog.ContentRoot;
import nl.coachdans.catalog.Origin;
import nl.coachdans.lint.BuiltInAssets;
import nl.coachdans.scenario.ContentReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** `client new ID`: a starter client that the catalog, the game and every command find, valid as written. */
@Timeout(120)
class ClientNewTest {
    @TempDir
    Path tmp;

    @Test
    void theStarterIsValidPlayableAndAddedBesideTheBuiltInClients() throws Exception {
        Path file = tmp.resolve("clients/sam.yaml");
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = Cli.run(new String[] {"client", "new", "sam", "--out", file.toString()}, o, e);
        }
        assertThat(code).as(err.toString()).isZero();
        assertThat(Files.readString(file)).startsWith("# Een eigen cliënt voor Coachdans").contains("id: sam");

        ContentCatalog c = ContentCatalog.load(List.of(new ContentRoot(BuiltInAssets.root(), Origin.BUILT_IN),
                new ContentRoot(tmp.resolve("clients"), Origin.OWN)), new ContentReader(), true);
        ContentCatalog.Client sam = c.client("sam");
        assertThat(sam.origin()).isEqualTo(Origin.OWN);
        assertThat(sam.findings()).as("no errors in the fully linted starter").noneMatch(f -> f.isError());
        assertThat(c.playableIds()).contains("leonie", "sam");

        StringWriter played = new StringWriter();
        try (PrintWriter o = new PrintWriter(played); PrintWriter e = new PrintWriter(new StringWriter())) {
            assertThat(Cli.run(new String[] {"play", file.toString(), "--expert", "--json"}, o, e)).isZero();
        }
        assertThat(played.toString()).contains("\"quality\" : \"best\"");
    }

    @Test
    void aBuiltInIdOrABadIdIsRefused() {
        StringWriter err = new StringWriter();
        int taken, bad;
        try (PrintWriter o = new PrintWriter(new StringWriter()); PrintWriter e = new PrintWriter(err)) {
            taken = Cli.run(new String[] {"client", "new", "leonie", "--out", tmp.resolve("x.yaml").toString(), "--lang", "en"}, o, e);
            bad = Cli.run(new String[] {"client", "new", "Mijn Cliënt", "--out", tmp.resolve("y.yaml").toString(), "--lang", "en"}, o, e);
        }
        assertThat(taken).isEqualTo(1);
        assertThat(bad).isEqualTo(2);
        assertThat(err.toString()).contains("there is already a client ‘leonie’ (built-in").contains("cannot be a client id");
        assertThat(tmp.resolve("x.yaml")).doesNotExist();
    }

    @Test
    void withFrameworkTheStarterBringsAModelOfItsOwn() throws Exception {
        Path file = tmp.resolve("clients/noa.yaml");
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = Cli.run(new String[] {"client", "new", "noa", "--framework", "--out", file.toString()}, o, e);
        }
        assertThat(code).as(err.toString()).isZero();
        Path framework = tmp.resolve("clients/frameworks/noa-model.yaml");
        assertThat(Files.readString(framework)).contains("id: noa-model").contains("skipRisk: stap-overslaan");
        ContentCatalog c = ContentCatalog.load(List.of(new ContentRoot(BuiltInAssets.root(), Origin.BUILT_IN),
                new ContentRoot(tmp.resolve("clients"), Origin.OWN)), new ContentReader(), true);
        assertThat(c.frameworkFindings()).isEmpty();
        assertThat(c.client("noa").findings()).noneMatch(f -> f.isError());
        assertThat(c.client("noa").scenario().frameworks()).containsExactly("noa-model");
    }
}
