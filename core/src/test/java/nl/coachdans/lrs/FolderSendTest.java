package nl.coachdans.lrs;

import nl.coachdans.files.AtomicFiles;
import nl.coachdans.sessions.Mode;
import nl.coachdans.assignments.RecordFolder;
import nl.coachdans.sessions.RecordReader;
import nl.coachdans.sessions.RecordHeader;
import nl.coachdans.sessions.SessionRecord;
import nl.coachdans.xapi.XapiExport;
import nl.coachdans.scenario.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static nl.coachdans.lrs.LrsSenderTest.SOURCE;
import static nl.coachdans.lrs.LrsSenderTest.VOORBEELD;
import static org.assertj.core.api.Assertions.assertThat;

/** A trainer's folder sent to a real LRS, sent again, and compared with what the store received. */
@Timeout(120)
class FolderSendTest {
    private static final Instant T0 = Instant.parse("2025-03-04T09:00:00Z");

    @TempDir
    Path dir;

    LocalLrs lrs;
    // A generous timeout: the local store answers in milliseconds, but a loaded machine can stall it for seconds.
    final LrsClient client = new LrsClient(Duration.ofSeconds(30));

    @BeforeEach
    void startLrs() throws Exception {
        lrs = LocalLrs.start();
    }

    @AfterEach
    void stopLrs() throws Exception {
        if (lrs != null) lrs.close();
    }

    static SessionRecord record(String name, List<String> choices) {
        SessionRecord r = SessionRecord.start(VOORBEELD, LrsSenderTest.CURRICULUM, "nl", Mode.EXAM, 7, name, T0).withAssignment("noor-examen-ab12");
        for (int i = 0; i < choices.size(); i++) r = r.with(choices.get(i), null, T0.plusSeconds(60L * (i + 1)));
        return r;
    }

    void save(String file, SessionRecord r) throws Exception {
        AtomicFiles.write(dir.resolve(file), RecordReader.json().writeValueAsBytes(r));
    }

    List<RecordFolder.Item> items() throws Exception {
        return new RecordFolder(SOURCE).read(dir);
    }

    FolderSend.Outcome send(LrsTarget target) throws Exception {
        return new FolderSend(client, new ResultStatements(SOURCE)).send(items(), target, XapiExport.DEFAULT_HOME_PAGE, false);
    }

    @Test
    void aFolderIsSentOnceAndAgainFindsEverythingThere() throws Exception {
        save("sam.json", record("Sam", Fixtures.EXPERT));
        save("kim.json", record("Kim", List.of("mail-tips", "open-oordeel")));
        save("notes.json", null);

        FolderSend.Outcome first = send(lrs.target());
        assertThat(first.stopped()).isNull();
        assertThat(first.sent()).isEqualTo(Fixtures.EXPERT.size() + 1 + 2 + 1);
        assertThat(first.alreadyThere()).isZero();
        assertThat(first.sessions()).filteredOn(s -> s.skipped() != null).singleElement()
                .satisfies(s -> assertThat(s.place()).isEqualTo("notes.json"));

        FolderSend.Outcome again = send(lrs.target());
        assertThat(again.sent()).isZero();
        assertThat(again.alreadyThere()).isEqualTo(first.sent());
        assertThat(lrs.statements()).hasSize(first.sent());
    }

    @Test
    void aWrongKeyStopsAtOnceWithOneMessage() throws Exception {
        save("sam.json", record("Sam", Fixtures.EXPERT));
        save("kim.json", record("Kim", Fixtures.EXPERT));
        FolderSend.Outcome out = send(LrsTarget.of(lrs.endpoint(), LocalLrs.KEY, "wrong-secret"));
        assertThat(out.stopped()).contains("did not accept the key and secret").doesNotContain("wrong-secret");
        assertThat(out.sent()).isZero();
        assertThat(lrs.statements()).isEmpty();
    }

    @Test
    void aFileChangedAfterPlayIsFlaggedAgainstWhatTheStoreReceived() throws Exception {
        SessionRecord played = record("Sam", List.of("mail-tips", "open-oordeel", "dicht-volhouden"));
        save("sam.json", played);
        assertThat(send(lrs.target()).sent()).isEqualTo(4);

        // Afterwards the student rewrites the file as if the expert path had been played.
        SessionRecord edited = SessionRecord.start(VOORBEELD, LrsSenderTest.CURRICULUM, "nl", Mode.EXAM, 7, "Sam", T0).withAssignment("noor-examen-ab12");
        edited = new SessionRecord(new RecordHeader(edited.format(), played.id(), edited.scenario(), edited.version(), edited.contentHash(), "nl",
                Mode.EXAM, 7, "Sam", edited.assignment(), T0),
                List.of(), null, null, null);
        for (String c : Fixtures.EXPERT) edited = edited.with(c, null, T0.plusSeconds(60));
        save("sam.json", edited);
        save("kim.json", record("Kim", Fixtures.EXPERT)); // never sent

        List<StoreComparison.Session> cmp = new StoreComparison(client).compare(items(), lrs.target());
        StoreComparison.Session sam = cmp.stream().filter(s -> s.record().equals(played.id())).findFirst().orElseThrow();
        assertThat(sam.flagged()).isTrue();
        assertThat(sam.received()).isEqualTo(3);
        assertThat(sam.differences().get(0)).isEqualTo(new StoreComparison.Difference(1, StoreComparison.Kind.CHANGED, Fixtures.EXPERT.get(0), "mail-tips"));
        StoreComparison.Session kim = cmp.stream().filter(s -> !s.record().equals(played.id())).findFirst().orElseThrow();
        assertThat(kim.flagged()).isFalse();
        assertThat(kim.received()).isZero();
        assertThat(kim.differences()).allSatisfy(d -> assertThat(d.kind()).isEqualTo(StoreComparison.Kind.NOT_RECEIVED));
    }
}
