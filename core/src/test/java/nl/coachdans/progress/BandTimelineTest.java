package nl.coachdans.progress;

import nl.coachdans.scoring.Axis;
import nl.coachdans.engine.Session;
import nl.coachdans.sessions.Mode;
import nl.coachdans.sessions.RecordReader;
import nl.coachdans.catalog.ScenarioSource;
import nl.coachdans.sessions.RecordHeader;
import nl.coachdans.sessions.SessionRecord;
import nl.coachdans.sessions.StoredRecord;
import nl.coachdans.scenario.ContentHash;
import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scenario.Fixtures;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scoring.Band;
import nl.coachdans.scoring.Scorer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The progress chart's series: sessions as columns in time order, one row per axis and step, aligned. */
class BandTimelineTest {
    private static final Scenario VOORBEELD = Fixtures.voorbeeld();
    private static final Curriculum CURRICULUM = Fixtures.curriculum();
    private static final Instant T0 = Instant.parse("2025-03-04T09:00:00Z");
    private static final List<String> EXPERT = Fixtures.EXPERT;
    private static final List<String> POOR = List.of("mail-tips", "open-oordeel", "dicht-volhouden");
    private static final List<String> HALF = List.of("mail-afspraak", "open-doel");

    private static StoredRecord session(String name, List<String> choices, Instant started) {
        SessionRecord r = new SessionRecord(new RecordHeader(SessionRecord.FORMAT, UUID.nameUUIDFromBytes(name.getBytes()).toString(), VOORBEELD.id(),
                VOORBEELD.version(), ContentHash.of(VOORBEELD, CURRICULUM), "nl", Mode.PRACTICE, 7, "Sam", null, started),
                List.of(), null, null, null);
        for (int i = 0; i < choices.size(); i++) r = r.with(choices.get(i), null, started.plusSeconds(60L * (i + 1)));
        var t = Session.replay(VOORBEELD, CURRICULUM, 7, choices).transcript();
        ScenarioSource source = id -> Optional.of(new ScenarioSource.Playable(VOORBEELD, CURRICULUM));
        return new RecordReader(source).check(null, r.summarised(t, new Scorer(CURRICULUM).score(VOORBEELD, t)));
    }

    @Test
    void columnsAreTheFinishedSessionsOldestFirst() {
        // Given newest first, as the store lists them; the unfinished one has no column.
        List<StoredRecord> records = List.of(session("c", EXPERT, T0.plusSeconds(7200)), session("half", HALF, T0.plusSeconds(5000)),
                session("b", POOR, T0.plusSeconds(3600)), session("a", POOR, T0));
        BandTimeline t = BandTimeline.of(Progress.of(records), CURRICULUM, BandTimeline.SHOWN);
        assertThat(t.columns()).extracting(BandTimeline.Column::record)
                .containsExactly(records.get(3).record().id(), records.get(2).record().id(), records.get(0).record().id());
        BandTimeline.Row steps = t.axes().stream().filter(r -> r.axis().equals(Axis.steps("mini-grow"))).findFirst().orElseThrow();
        assertThat(steps.cells()).containsExactly(Band.NOG_NIET, Band.NOG_NIET, Band.BEKWAAM);
    }

    @Test
    void axesComeFrameworkFirstThenEndingThenDance() {
        BandTimeline t = BandTimeline.of(Progress.of(List.of(session("a", EXPERT, T0))), CURRICULUM, BandTimeline.SHOWN);
        assertThat(t.axes()).extracting(BandTimeline.Row::axis)
                .containsExactly(Axis.steps("mini-grow"), Axis.risks("mini-grow"), Axis.ENDING, Axis.DANCE);
    }

    @Test
    void stepsFollowTheFrameworksOrder() {
        BandTimeline t = BandTimeline.of(Progress.of(List.of(session("a", EXPERT, T0))), CURRICULUM, BandTimeline.SHOWN);
        List<String> expected = CURRICULUM.framework("mini-grow").orElseThrow().steps().stream().map(s -> s.id()).toList();
        assertThat(t.steps()).extracting(BandTimeline.Row::id).containsExactlyElementsOf(expected);
        assertThat(t.steps()).allMatch(r -> r.cells().equals(List.of(Band.BEKWAAM)));
    }

    @Test
    void onlyTheLastSessionsAreShownAndRowsStayAligned() {
        List<StoredRecord> records = new ArrayList<>();
        for (int i = 0; i < 20; i++) records.add(session("s" + i, i % 2 == 0 ? POOR : EXPERT, T0.plusSeconds(3600L * i)));
        BandTimeline t = BandTimeline.of(Progress.of(records), CURRICULUM, 5);
        assertThat(t.columns()).hasSize(5);
        assertThat(t.columns().get(4).record()).isEqualTo(records.get(19).record().id());
        for (BandTimeline.Row r : t.axes()) assertThat(r.cells()).hasSize(5);
        BandTimeline.Row ending = t.axes().stream().filter(r -> Axis.ENDING.equals(r.axis())).findFirst().orElseThrow();
        assertThat(ending.cells()).containsExactly(Band.BEKWAAM, Band.NOG_NIET, Band.BEKWAAM, Band.NOG_NIET, Band.BEKWAAM);
    }

    @Test
    void aSessionWithoutABandOnAnAxisLeavesAGap() {
        // The dance band is only given when some moment asked for a particular move.
        List<StoredRecord> records = List.of(session("a", POOR, T0), session("b", EXPERT, T0.plusSeconds(60)));
        BandTimeline t = BandTimeline.of(Progress.of(records), CURRICULUM, BandTimeline.SHOWN);
        for (BandTimeline.Row r : t.axes()) {
            assertThat(r.cells()).hasSize(2);
            assertThat(r.filled()).isPositive();
        }
        assertThat(Arrays.asList(Band.values())).containsAll(t.axes().get(0).cells().stream().filter(java.util.Objects::nonNull).toList());
    }

    @Test
    void noFinishedSessionsGiveAnEmptyChart() {
        BandTimeline t = BandTimeline.of(Progress.of(List.of(session("half", HALF, T0))), CURRICULUM, BandTimeline.SHOWN);
        assertThat(t.columns()).isEmpty();
        assertThat(t.axes()).isEmpty();
        assertThat(t.steps()).isEmpty();
    }
}
