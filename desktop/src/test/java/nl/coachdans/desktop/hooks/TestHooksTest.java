package nl.coachdans.desktop.hooks;

import nl.coachdans.ui.GameProbe;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The hooks are found as a service only when a flag asks for them, and print what the tests read. */
class TestHooksTest {

    @Test
    void aPlainGameGetsTheProbeThatDoesNothing() {
        assertThat(GameProbe.load(new GameProbe.Request(false, null, false, 0, line -> { }))).isSameAs(GameProbe.NONE);
        assertThat(GameProbe.NONE.photographs()).isFalse();
    }

    @Test
    void traceLoadsTheHooksWhichPrintOneLinePerEvent() {
        List<String> out = new ArrayList<>();
        GameProbe probe = GameProbe.load(new GameProbe.Request(true, null, false, 0, out::add));
        assertThat(probe).isInstanceOf(TestHooks.class);
        probe.event("screen menu items=play focus=play");
        probe.frame(1);
        probe.menuDrawn(); // no smoke asked: nothing printed, the game goes on
        assertThat(out).containsExactly("trace: screen menu items=play focus=play");
        assertThat(probe.photographs()).as("no screenshot folder").isFalse();
    }

    @Test
    void aScreenshotFolderAloneTakesPicturesButTracesNothing() {
        List<String> out = new ArrayList<>();
        GameProbe probe = GameProbe.load(new GameProbe.Request(false, java.nio.file.Path.of("shots"), false, 0, out::add));
        assertThat(probe.photographs()).isTrue();
        probe.event("node mail");
        assertThat(out).isEmpty();
    }
}
