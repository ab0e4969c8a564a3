package nl.coachdans.assignments;

import nl.coachdans.sessions.Mode;
import nl.coachdans.sessions.StoredRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static nl.coachdans.assignments.Sessions.EXPERT;
import static nl.coachdans.assignments.Sessions.HALF;
import static nl.coachdans.assignments.Sessions.T0;
import static nl.coachdans.assignments.Sessions.record;
import static nl.coachdans.assignments.Sessions.stored;
import static org.assertj.core.api.Assertions.assertThat;

/** The result file: what goes in, whose it is, and that nothing is overwritten without asking. */
class ResultExportTest {
    private static final String ID = "noor-oefenen-ab12";
    private static final Instant NOW = Instant.parse("2025-03-20T12:00:00Z");

    @TempDir
    Path dir;

    private final List<StoredRecord> records = List.of(
            stored(record("b", EXPERT, Mode.EXAM, ID, T0.plusSeconds(60))),
            stored(record("a", HALF, Mode.EXAM, ID, T0)),
            stored(record("free", EXPERT, Mode.EXAM, null, T0)));

    @Test
    void everyAttemptOfTheAssignmentGoesInOldestFirst() {
        AssignmentResult r = ResultExport.result(Sessions.assignment(ID, Mode.EXAM, 2), records, "Sam de Vries", NOW);
        assertThat(r.records()).extracting(rec -> rec.id()).containsExactly(records.get(1).record().id(), records.get(0).record().id());
        assertThat(r.trainee()).isEqualTo("Sam de Vries");
        assertThat(r.exported()).isEqualTo(NOW);
        assertThat(r.assignment().id()).isEqualTo(ID);
    }

    @Test
    void withoutANameInTheSettingsTheRecordsNameIsUsedAndSeveralNamesGiveNone() {
        assertThat(ResultExport.result(Sessions.assignment(ID, Mode.EXAM, 2), records, " ", NOW).trainee()).isEqualTo("Sam");
        List<StoredRecord> mixed = List.of(stored(record("x", EXPERT, Mode.EXAM, ID, T0, "Sam")),
                stored(record("y", EXPERT, Mode.EXAM, ID, T0, "Noor")));
        assertThat(ResultExport.result(Sessions.assignment(ID, Mode.EXAM, 2), mixed, "", NOW).trainee()).isNull();
    }

    @Test
    void writesAndNeverReplacesWithoutBeingAsked() throws Exception {
        AssignmentResult r = ResultExport.result(Sessions.assignment(ID, Mode.EXAM, 2), records, "Sam de Vries", NOW);
        Path target = ResultExport.target(dir, r);
        assertThat(target.getFileName().toString()).isEqualTo(ID + "-sam-de-vries.json");
        assertThat(ResultExport.write(target, r, false).status()).isEqualTo(ResultExport.Status.WRITTEN);
        assertThat(AssignmentResults.read(target).value()).isEqualTo(r);

        Files.writeString(target, "handed in already");
        ResultExport.Outcome again = ResultExport.write(target, r, false);
        assertThat(again.status()).isEqualTo(ResultExport.Status.EXISTS);
        assertThat(Files.readString(target)).isEqualTo("handed in already");

        Path beside = ResultExport.besides(target);
        assertThat(beside.getFileName().toString()).isEqualTo(ID + "-sam-de-vries-2.json");
        assertThat(ResultExport.write(beside, r, false).status()).isEqualTo(ResultExport.Status.WRITTEN);
        assertThat(Files.readString(target)).isEqualTo("handed in already");

        assertThat(ResultExport.write(target, r, true).status()).isEqualTo(ResultExport.Status.WRITTEN);
        assertThat(AssignmentResults.read(target).value()).isEqualTo(r);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).allMatch(n -> !n.endsWith(".tmp")); // atomic: no leftovers
        }
    }

    @Test
    void aFolderAsTargetFailsWithAReason() {
        AssignmentResult r = ResultExport.result(Sessions.assignment(ID, Mode.EXAM, 2), records, "Sam", NOW);
        ResultExport.Outcome o = ResultExport.write(dir, r, true);
        assertThat(o.status()).isEqualTo(ResultExport.Status.FAILED);
        assertThat(o.problem()).isNotBlank();
    }
}
