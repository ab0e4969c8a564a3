package nl.coachdans.play;

import nl.coachdans.engine.ClientState;
import nl.coachdans.sessions.RecordStatus;
import nl.coachdans.sessions.RecordHeader;
import nl.coachdans.sessions.SessionRecord;
import nl.coachdans.sessions.StoredRecord;
import nl.coachdans.scenario.Quality;
import nl.coachdans.scoring.DanceMeasures;
import nl.coachdans.scoring.ScoreProfile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BestResultsTest {

    private static StoredRecord stored(String scenario, Quality ending, RecordStatus status) {
        SessionRecord rec = new SessionRecord(new RecordHeader(1, "id", scenario, 1, "h", "nl", null, 1, null, null, Instant.EPOCH),
                List.of(), null, null, null);
        ScoreProfile p = new ScoreProfile(scenario, 1, ending == null ? null : "end", ending, List.of(), List.of(), List.of(),
                List.of(new ClientState(Map.of())), new DanceMeasures(0, 0, 0, 0, 0, 0), Map.of());
        return new StoredRecord(Path.of("x.json"), rec, status, null, p, null);
    }

    @Test
    void keepsTheBestEndingOfTrustedFinishedRecordsOnly() {
        BestResults best = new BestResults(List.of(
                stored("leonie", Quality.MIXED, RecordStatus.OK),
                stored("leonie", Quality.GOOD, RecordStatus.OK),
                stored("leonie", Quality.BEST, RecordStatus.ALTERED),
                stored("leonie", null, RecordStatus.OK),
                stored("johan", Quality.POOR, RecordStatus.OK)));
        assertThat(best.of("leonie")).hasValue(new BestResults.Best(Quality.GOOD, 2));
        assertThat(best.of("johan")).hasValue(new BestResults.Best(Quality.POOR, 1));
        assertThat(best.of("anna")).isEmpty();
    }
}
