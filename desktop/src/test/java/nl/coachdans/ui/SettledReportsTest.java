package nl.coachdans.ui;

import nl.coachdans.ui.SettledReports.HeldKey;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A screen's reports wait for its settled frame, in the order a test reads them. */
class SettledReportsTest {
    /** Everything that happened, in order: lines written, hooks called, keys handed back. */
    private final List<String> log = new ArrayList<>();

    private final SettledReports.Screen screen = new SettledReports.Screen() {
        @Override
        public String screenLine() {
            return "screen menu";
        }

        @Override
        public void firstSettled() {
            log.add("(first)");
        }

        @Override
        public void photograph() {
            log.add("(picture)");
        }

        @Override
        public void replay(HeldKey key) {
            log.add("(key " + key.kind() + " " + key.code() + ")");
        }
    };

    @Test
    void theScreenLineComesFirstOnceAndEventsFollowInOrder() {
        SettledReports r = new SettledReports();
        r.report("node mail");
        r.report("resume-offered");
        assertThat(log).as("nothing before the frame settled").isEmpty();
        r.settled(screen, log::add);
        assertThat(log).containsExactly("(first)", "screen menu", "node mail", "resume-offered");
        log.clear();
        r.report("resized 800x600");
        r.settled(screen, log::add);
        assertThat(log).containsExactly("resized 800x600");
    }

    @Test
    void keysPressedWhileAPictureWaitsAreHandedBackAfterIt() {
        SettledReports r = new SettledReports();
        r.settled(screen, log::add);
        log.clear();
        assertThat(r.hold(HeldKey.Kind.DOWN, 20)).as("no picture waits").isFalse();
        r.askShot();
        assertThat(r.hold(HeldKey.Kind.DOWN, 21)).isTrue();
        assertThat(r.hold(HeldKey.Kind.TYPED, 'x')).isTrue();
        r.report("node next");
        r.settled(screen, log::add);
        assertThat(log).containsExactly("(picture)", "(key DOWN 21)", "(key TYPED 120)", "node next");
        log.clear();
        r.settled(screen, log::add);
        assertThat(log).as("one picture per request").isEmpty();
        assertThat(r.hold(HeldKey.Kind.UP, 21)).isFalse();
    }
}
