package nl.coachdans.lrs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.coachdans.assignments.Assignment;
import nl.coachdans.assignments.AssignmentLrs;
import nl.coachdans.sessions.Mode;
import nl.coachdans.sessions.RecordReader;
import nl.coachdans.sessions.RecordStore;
import nl.coachdans.catalog.ScenarioSource;
import nl.coachdans.sessions.StoredRecord;
import nl.coachdans.xapi.XapiExport;
import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scenario.Fixtures;
import nl.coachdans.scenario.Language;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.assignments.AttemptStarter;
import nl.coachdans.play.PlaySession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The game's sender against a real LRS on 127.0.0.1: played live, offline halfway, a wrong key, a refusal. */
@Timeout(180)
class LrsSenderTest {
    static final Scenario VOORBEELD = Fixtures.voorbeeld();
    static final Curriculum CURRICULUM = Fixtures.curriculum();
    static final ScenarioSource SOURCE = id -> id.equals(VOORBEELD.id())
            ? Optional.of(new ScenarioSource.Playable(VOORBEELD, CURRICULUM)) : Optional.empty();

    @TempDir
    Path home;

    LocalLrs lrs;
    final List<LrsSender> senders = new ArrayList<>();
    final List<String> log = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void startLrs() throws Exception {
        lrs = LocalLrs.start();
    }

    @AfterEach
    void stopAll() throws Exception {
        senders.forEach(LrsSender::close);
        if (lrs != null) lrs.close();
    }

    Assignment assignment(String secret, boolean pseudonym) {
        return new Assignment(1, "noor-examen-ab12", "Noor examen", "Fer", List.of(VOORBEELD.id()), Mode.EXAM, null, null, null,
                new AssignmentLrs(lrs.endpoint(), LocalLrs.KEY, secret, pseudonym, null));
    }

    LrsSender sender(Assignment a) {
        LrsSender s = new LrsSender(new Outbox(home), new ResultStatements(SOURCE), new Delivery(new LrsClient(Duration.ofMillis(700))),
                id -> id.equals(a.id()) ? Optional.of(a.lrs()) : Optional.empty(),
                new Backoff(Duration.ofMillis(100), Duration.ofMillis(800)), log::add, Clock.systemUTC());
        senders.add(s);
        s.start();
        return s;
    }

    PlaySession attempt(Assignment a, LrsSender sender) {
        RecordStore store = new RecordStore(home, SOURCE);
        PlaySession play = new AttemptStarter(a, store, CURRICULUM, Clock.systemUTC())
                .start(VOORBEELD, Language.NL, "Sam de Vries", 7).session();
        play.onSaved(st -> sender.offer(st, a, false));
        return play;
    }

    static void await(String what, BooleanSupplier done) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > until) throw new AssertionError("waited 60 s for: " + what);
            Thread.sleep(50);
        }
    }

    List<JsonNode> stored() {
        try {
            return lrs.statements();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The statements {@code coachdans export} makes of the final record: what the store must hold, each once. */
    List<ObjectNode> expected(PlaySession play, Assignment a) {
        StoredRecord st = new RecordReader(SOURCE).check(null, play.record());
        return new ResultStatements(SOURCE).all(st, null, a, null, a.lrs().pseudonym());
    }

    static Map<String, Long> idCounts(List<JsonNode> statements) {
        return statements.stream().collect(Collectors.groupingBy(s -> s.path("id").asText(), Collectors.counting()));
    }

    @Test
    void aSessionPlayedThroughAnOutageArrivesWholeAndOnce() throws Exception {
        Assignment a = assignment(LocalLrs.SECRET, false);
        LrsSender sender = sender(a);
        PlaySession play = attempt(a, sender);
        List<String> path = Fixtures.EXPERT;

        play.choose(path.get(0), null);
        play.choose(path.get(1), null);
        await("the first two choices in the store", () -> stored().size() == 2 && sender.status().waiting() == 0);

        // The store stops answering (requests hang and time out); play goes on.
        lrs.pause();
        play.choose(path.get(2), null);
        play.choose(path.get(3), null);
        await("two choices waiting", () -> sender.status().waiting() == 2);

        // The game quits while offline; the queue is on disk and a new game picks it up.
        sender.close();
        assertThat(new Outbox(home).sessions()).singleElement().satisfies(s -> assertThat(s.waiting()).hasSize(2));
        LrsSender again = sender(a);
        play.onSaved(st -> again.offer(st, a, false));
        lrs.resume();
        play.choose(path.get(4), null);
        assertThat(play.transcript().ended()).isTrue();
        await("the finished session arrived", () -> again.status().arrived().size() == 1 && again.status().waiting() == 0);

        List<JsonNode> inStore = stored();
        List<ObjectNode> expected = expected(play, a);
        assertThat(idCounts(inStore)).as("every statement exactly once").allSatisfy((id, n) -> assertThat(n).isEqualTo(1L));
        assertThat(idCounts(inStore).keySet()).containsExactlyInAnyOrderElementsOf(expected.stream().map(s -> s.path("id").asText()).toList());
        for (ObjectNode e : expected) {
            JsonNode got = inStore.stream().filter(s -> s.path("id").asText().equals(e.path("id").asText())).findFirst().orElseThrow();
            assertThat(got.path("verb").path("id")).isEqualTo(e.path("verb").path("id"));
            assertThat(got.path("result")).isEqualTo(e.path("result"));
            assertThat(got.path("actor").path("account")).isEqualTo(e.path("actor").path("account"));
            assertThat(got.path("context").path("registration")).isEqualTo(e.path("context").path("registration"));
        }
        assertThat(again.status().arrived().get(0).record()).isEqualTo(play.record().id());
        assertThat(log).isEmpty();
        // Arrived sessions keep their ids as proof, not the statements.
        assertThat(Files.readString(new Outbox(home).folder().resolve(play.record().id() + ".json"))).doesNotContain("actor");
    }

    @Test
    void statementsQueuedWhileTheStoreIsDownGoToTheNextOneAndNothingTwice() throws Exception {
        Assignment a = assignment(LocalLrs.SECRET, false);
        LrsSender sender = sender(a);
        PlaySession play = attempt(a, sender);
        play.choose(Fixtures.EXPERT.get(0), null);
        // Wait for the sender to have heard the answer too: a store stopped before its answer
        // arrives rightly gets the statement again (the id makes that harmless in one store).
        await("the first choice in the store", () -> stored().size() == 1 && sender.status().waiting() == 0);

        lrs.stop(); // connections are refused now
        play.choose(Fixtures.EXPERT.get(1), null);
        play.choose(Fixtures.EXPERT.get(2), null);
        await("two choices waiting", () -> sender.status().waiting() == 2);
        lrs.startAgain(); // an empty store on the same address
        await("the queue empty", () -> sender.status().waiting() == 0);

        Set<String> fresh = new TreeSet<>(idCounts(stored()).keySet());
        Set<String> wanted = new TreeSet<>(expected(play, a).stream().map(s -> s.path("id").asText()).limit(3).skip(1).toList());
        assertThat(fresh).as("only what waited, not what had arrived before").isEqualTo(wanted);
    }

    @Test
    void whatWasSavedButNeverQueuedIsQueuedAtTheNextStart() throws Exception {
        Assignment a = assignment(LocalLrs.SECRET, false);
        // The game stops between saving each choice and queueing it: here, no sender listens at all.
        PlaySession play = new AttemptStarter(a, new RecordStore(home, SOURCE), CURRICULUM, Clock.systemUTC())
                .start(VOORBEELD, Language.NL, "Sam de Vries", 7).session();
        for (String c : Fixtures.EXPERT) play.choose(c, null);
        assertThat(new Outbox(home).sessions()).isEmpty();

        LrsSender next = sender(a);
        next.catchUp(() -> new RecordStore(home, SOURCE).list(), id -> Optional.of(a), () -> true);
        await("the session arrived", () -> next.status().arrived().size() == 1);
        assertThat(idCounts(stored()).keySet()).containsExactlyInAnyOrderElementsOf(
                expected(play, a).stream().map(st -> st.path("id").asText()).toList());
    }

    @Test
    void aWrongKeyIsToldOnceAndNothingIsLost() throws Exception {
        Assignment wrong = assignment("not-the-secret", false);
        LrsSender sender = sender(wrong);
        PlaySession play = attempt(wrong, sender);
        for (String c : Fixtures.EXPERT) play.choose(c, null);
        await("all waiting", () -> sender.status().waiting() == Fixtures.EXPERT.size() + 1);
        await("the problem shown", () -> sender.status().problem() != null);
        Thread.sleep(1500); // longer than the longest back-off: the store would have been asked again
        assertThat(log).singleElement().asString().contains("did not accept the key and secret")
                .doesNotContain("not-the-secret").doesNotContain(LocalLrs.KEY);
        assertThat(sender.status().problem().kind()).isEqualTo(SendStatus.Problem.Kind.NO_ACCESS);
        assertThat(sender.status().problem().detail()).doesNotContain("not-the-secret");
        assertThat(stored()).isEmpty();
        assertThat(String.join("\n", Files.readAllLines(new Outbox(home).folder().resolve(play.record().id() + ".json"))))
                .doesNotContain("not-the-secret");

        // The trainer hands out the right key: a new start of the game sends everything.
        sender.close();
        Assignment right = assignment(LocalLrs.SECRET, false);
        LrsSender fixed = sender(right);
        await("all arrived", () -> fixed.status().arrived().size() == 1);
        assertThat(stored()).hasSize(Fixtures.EXPERT.size() + 1);
        assertThat(log).hasSize(1);
    }

    @Test
    void aRefusedStatementStaysQueuedWithTheStoresReasonAndTheOthersArrive() throws Exception {
        Assignment a = assignment(LocalLrs.SECRET, true);
        StoredRecord st = new RecordReader(SOURCE).check(null, nl.coachdans.sessions.SessionRecord.start(VOORBEELD, LrsSenderTest.CURRICULUM, "nl", Mode.EXAM, 7, "Sam", java.time.Instant.parse("2025-03-04T09:00:00Z"))
                .withAssignment(a.id()));
        List<ObjectNode> good = new ResultStatements(SOURCE).all(st, null, a, null, true);
        List<ObjectNode> batch = new ArrayList<>(good);
        ObjectNode bad = good.get(0).deepCopy();
        bad.put("id", "0b6c3a52-1d7e-4b0a-9c25-3e6f0d4a7b19");
        bad.putObject("result").put("duration", "yesterday");
        batch.add(0, bad);
        Outbox box = new Outbox(home);
        box.put(st.record().id(), VOORBEELD.id(), a.id(), a.lrs().endpoint(), batch, true);

        LrsSender sender = sender(a);
        await("settled", () -> sender.status().refused() == 1 && sender.status().waiting() == 0);
        assertThat(stored()).extracting(s -> s.path("id").asText()).containsExactly(good.get(0).path("id").asText());
        Outbox.Entry refused = new Outbox(home).get(st.record().id()).statements().get(0);
        assertThat(refused.state()).isEqualTo(Outbox.State.REFUSED);
        assertThat(refused.reason()).startsWith("HTTP 400").contains("duration");
        assertThat(refused.statement()).isEqualTo(bad);
        // Pseudonym: the student's name is nowhere in what the store holds.
        assertThat(stored().toString()).doesNotContain("Sam").contains(Pseudonym.of(a.id(), "Sam"));
    }

    @Test
    void statementsMadeDuringPlayAreTheOnesTheExportMakesLater() {
        XapiExport export = new XapiExport(SOURCE, XapiExport.DEFAULT_HOME_PAGE);
        Assignment a = new Assignment(1, "noor-examen-ab12", "Noor examen", "Fer", List.of(VOORBEELD.id()), Mode.EXAM, null, null, null,
                new AssignmentLrs("http://127.0.0.1:9/xAPI", "k", "s", false, null));
        for (List<String> path : List.of(Fixtures.EXPERT, List.of("mail-tips", "open-oordeel", "dicht-volhouden"))) {
            var rec = nl.coachdans.sessions.SessionRecord.start(VOORBEELD, LrsSenderTest.CURRICULUM, "nl", Mode.EXAM, 7, "Sam", java.time.Instant.parse("2025-03-04T09:00:00Z"))
                    .withAssignment(a.id());
            List<ObjectNode> live = new ArrayList<>();
            for (String c : path) {
                rec = rec.with(c, null, java.time.Instant.parse("2025-03-04T09:05:00Z"));
                live.addAll(new ResultStatements(SOURCE).live(new RecordReader(SOURCE).check(null, rec), a, false).statements());
            }
            List<ObjectNode> finalOnes = export.statements(new RecordReader(SOURCE).check(null, rec), null, a);
            for (ObjectNode s : live) {
                assertThat(finalOnes).as("statement " + s.path("id")).contains(s);
            }
            assertThat(live.stream().map(s -> s.path("id").asText()).distinct()).hasSameSizeAs(finalOnes);
        }
    }

    @Test
    void aPracticeSessionGoesOutWholeOnlyWhenItIsClosed() {
        Assignment a = new Assignment(1, "noor-oefenen-ab12", "Noor oefenen", "Fer", List.of(VOORBEELD.id()), Mode.PRACTICE, null, null, null,
                new AssignmentLrs("http://127.0.0.1:9/xAPI", "k", "s", false, null));
        var rec = nl.coachdans.sessions.SessionRecord.start(VOORBEELD, LrsSenderTest.CURRICULUM, "nl", Mode.PRACTICE, 7, "Sam", java.time.Instant.parse("2025-03-04T09:00:00Z"))
                .withAssignment(a.id());
        for (String c : Fixtures.EXPERT) rec = rec.with(c, null, java.time.Instant.parse("2025-03-04T09:05:00Z"));
        StoredRecord ended = new RecordReader(SOURCE).check(null, rec);
        assertThat(ended.transcript().ended()).isTrue();
        // At the ending a practice choice can still be taken back: nothing goes yet.
        assertThat(new ResultStatements(SOURCE).live(ended, a, false).statements()).isEmpty();
        ResultStatements.Live closed = new ResultStatements(SOURCE).live(ended, a, true);
        assertThat(closed.complete()).isTrue();
        assertThat(closed.statements()).hasSize(Fixtures.EXPERT.size() + 1);
    }
}
