package nl.coachdans.debrief;

import nl.coachdans.engine.Session;
import nl.coachdans.lint.ContentLibrary;
import nl.coachdans.scenario.ContentReader;
import nl.coachdans.scenario.Quality;
import nl.coachdans.scenario.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the debrief tells a trainee an option "would have led to" must be true: after an expert
 * option the best ending is still within reach. (Conditions that read history once made a search
 * that ignored history say "good" here.)
 */
class OutlookTest {
    private static final ContentLibrary LIBRARY = ContentLibrary.load(
            Paths.get(System.getProperty("coachdans.assets", "../assets")), new ContentReader(), false);

    @ParameterizedTest
    @ValueSource(strings = {"leonie", "johan", "docent", "anna", "grow"})
    void afterAnExpertOptionTheBestEndingIsStillWithinReach(String id) {
        Scenario sc = LIBRARY.scenario(id).scenario();
        Debrief d = new DebriefBuilder(LIBRARY.curriculum()).build(sc, Session.replay(sc, LIBRARY.curriculum(), 0, sc.expert()).transcript(), Map.of(), List.of());
        assertThat(d.turningPoints()).isNotEmpty();
        for (TurningPoint tp : d.turningPoints()) {
            for (Alternative a : tp.options()) {
                if (a.expert()) assertThat(a.bestReachable()).as("%s turn %d option %s", id, tp.turn(), a.choice()).isEqualTo(Quality.BEST);
                assertThat(a.bestReachable()).as("every option of a turning point has an outlook").isNotNull();
            }
        }
    }
}
