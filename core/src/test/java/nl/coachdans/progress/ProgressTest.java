package nl.coachdans.progress;

import nl.coachdans.scoring.Axis;
import nl.coachdans.files.Explanation;
import nl.coachdans.sessions.Mode;
import nl.coachdans.sessions.RecordStatus;
import nl.coachdans.sessions.StoredRecord;
import nl.coachdans.scenario.Severity;
import nl.coachdans.scoring.Band;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static nl.coachdans.sessions.ReportFixtures.EXPERT;
import static nl.coachdans.sessions.ReportFixtures.HALF;
import static nl.coachdans.sessions.ReportFixtures.LIST;
import static nl.coachdans.sessions.ReportFixtures.MIXED;
import static nl.coachdans.sessions.ReportFixtures.POOR;
import static nl.coachdans.sessions.ReportFixtures.T0;
import static nl.coachdans.sessions.ReportFixtures.record;
import static nl.coachdans.sessions.ReportFixtures.stored;
import static org.assertj.core.api.Assertions.assertThat;

/** A learner's own progress: bands over time, recurring risks and what to practise next. */
class ProgressTest {

    private static StoredRecord at(String id, List<String> path, int day) {
        return stored(record(id, path, "Sam", Mode.PRACTICE, null, T0.plusSeconds(86_400L * day)));
    }

    @Test
    void bandsAndStepsOverTimeOldestFirstFromFinishedSessionsOnly() {
        Progress p = Progress.of(List.of(at("c", EXPERT, 3), at("a", POOR, 1), at("b", LIST, 2), at("open", HALF, 4)));
        assertThat(p.bands().keySet()).containsExactly(Axis.steps("mini-grow"), Axis.risks("mini-grow"), Axis.ENDING, Axis.DANCE);
        assertThat(p.bands().get(Axis.steps("mini-grow"))).extracting(Progress.Point::band)
                .containsExactly(Band.NOG_NIET, Band.IN_ONTWIKKELING, Band.BEKWAAM);
        assertThat(p.bands().get(Axis.steps("mini-grow"))).extracting(Progress.Point::started)
                .containsExactly(T0.plusSeconds(86_400), T0.plusSeconds(2 * 86_400), T0.plusSeconds(3 * 86_400));
        // LIST reaches opties after werkelijkheid but via a listed solution... still in order; POOR reaches none.
        assertThat(p.steps().keySet()).containsExactly("mini-grow/doel", "mini-grow/opties", "mini-grow/werkelijkheid", "mini-grow/wil");
        assertThat(p.steps().get("mini-grow/doel")).extracting(Progress.Point::band)
                .containsExactly(Band.NOG_NIET, Band.BEKWAAM, Band.BEKWAAM);
    }

    @Test
    void risksCommittedInTwoOrMoreSessionsRecur() {
        Progress p = Progress.of(List.of(at("a", POOR, 1), at("b", MIXED, 2), at("c", LIST, 3), at("d", EXPERT, 4)));
        assertThat(p.recurring()).hasSize(1);
        Progress.RecurringRisk r = p.recurring().get(0);
        assertThat(r.framework()).isEqualTo("mini-grow");
        assertThat(r.risk()).isEqualTo("oplossing-te-vroeg");
        assertThat(r.sessions()).isEqualTo(3);
        assertThat(r.last()).isEqualTo(T0.plusSeconds(3 * 86_400));
        assertThat(r.scenarios()).containsExactly("voorbeeld");
    }

    @Test
    void aRecentCriticalRiskComesFirstThenTheMostFrequentWeakPoint() {
        Progress p = Progress.of(List.of(at("a", POOR, 1), at("b", MIXED, 2), at("c", LIST, 3)));
        Progress.Focus first = p.next().get(0);
        assertThat(first.kind()).isEqualTo(Progress.Kind.RISK);
        assertThat(first.id()).isEqualTo("oordeel");
        assertThat(first.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(first.weak()).isEqualTo(1);
        assertThat(first.of()).isEqualTo(3);
        assertThat(first.axis()).isEqualTo(Axis.risks("mini-grow"));
        assertThat(first.scenario()).isEqualTo("voorbeeld");
        Progress.Focus second = p.next().get(1);
        assertThat(second.kind()).isEqualTo(Progress.Kind.RISK);
        assertThat(second.id()).isEqualTo("oplossing-te-vroeg");
        assertThat(second.weak()).isEqualTo(3);
        assertThat(second.last()).isEqualTo(T0.plusSeconds(3 * 86_400));
    }

    @Test
    void withoutRisksTheMissedStepsAreNextAndAPerfectRunLeavesNothing() {
        assertThat(Progress.of(List.of(at("a", EXPERT, 1), at("b", EXPERT, 2))).next()).isEmpty();
        Progress p = Progress.of(List.of(at("a", EXPERT, 1), at("b", LIST, 2)));
        assertThat(p.next()).extracting(f -> f.kind() + " " + f.id() + " " + f.weak() + "/" + f.of())
                .startsWith("RISK oplossing-te-vroeg 1/2");
        assertThat(p.next()).extracting(Progress.Focus::kind).contains(Progress.Kind.STEP);
    }

    @Test
    void unreadableRecordsAreLeftOut() {
        StoredRecord stale = new StoredRecord(null, record("x", POOR, "Sam", Mode.PRACTICE, null, Instant.EPOCH), RecordStatus.STALE, null, null, Explanation.of(Explanation.Why.NOT_A_RECORD));
        Progress p = Progress.of(List.of(stale, at("a", EXPERT, 1)));
        assertThat(p.bands().get(Axis.ENDING)).hasSize(1);
        assertThat(p.recurring()).isEmpty();
    }
}
