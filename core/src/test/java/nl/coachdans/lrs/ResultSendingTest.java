package nl.coachdans.lrs;

import nl.coachdans.assignments.AssignmentShelf;
import nl.coachdans.assignments.AssignmentTemplate;
import nl.coachdans.assignments.AttemptStarter;
import com.fasterxml.jackson.databind.JsonNode;
import nl.coachdans.sessions.Mode;
import nl.coachdans.sessions.RecordStatus;
import nl.coachdans.sessions.StoredRecord;
import nl.coachdans.xapi.XapiIds;
import nl.coachdans.scenario.Language;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.play.GameData;
import nl.coachdans.play.PlaySession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The game's glue to the store, as the game uses it: an assignment on the shelf names a real LRS,
 * a practice attempt at Leonie is played, stepped back from its ending and finished differently,
 * and only what the student left for the debrief reaches the store.
 */
@Timeout(120)
class ResultSendingTest {
    @TempDir
    Path home;

    static void await(String what, BooleanSupplier done) throws InterruptedException {
        long until = System.nanoTime() + 60_000_000_000L;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > until) throw new AssertionError("waited 60 s for: " + what);
            Thread.sleep(50);
        }
    }

    @Test
    void aPracticeAttemptReachesTheStoreAsTheStudentLeftIt() throws Exception {
        try (LocalLrs lrs = LocalLrs.start()) {
            GameData data = GameData.load(home);
            Scenario leonie = data.usable("leonie").orElseThrow().scenario();
            Path file = Files.createDirectories(home.resolve(AssignmentShelf.FOLDER)).resolve("leonie.yaml");
            Files.writeString(file, AssignmentTemplate.yaml("leonie-oefenen-ab12", "Leonie oefenen", "Fer", List.of(leonie), List.of("leonie"),
                    Mode.PRACTICE, null, LocalDate.parse("2030-01-01"))
                    + "\nlrs:\n  endpoint: " + lrs.endpoint() + "\n  key: " + LocalLrs.KEY + "\n  secret: \"" + LocalLrs.SECRET + "\"\n");
            var assignment = new AssignmentShelf(home, data.playable()).find("leonie-oefenen-ab12").orElseThrow().assignment();
            List<String> log = Collections.synchronizedList(new ArrayList<>());

            try (ResultSending sending = new ResultSending(home, data, log::add)) {
                sending.resumeWaiting();
                PlaySession play = new AttemptStarter(assignment, data.records(), data.library().curriculum(), Clock.systemUTC())
                        .start(leonie, Language.NL, "Sam de Vries", 5).session();
                sending.watch(play);
                for (String c : leonie.expert()) play.choose(c, null);
                assertThat(play.transcript().ended()).isTrue();
                String last = play.record().choiceIds().get(play.record().choices().size() - 1);
                // At the ending a practice step back is still allowed: nothing may have gone yet.
                Thread.sleep(500);
                assertThat(lrs.statements()).isEmpty();
                play.stepBack();
                String other = play.session().choices().stream().map(c -> c.id()).filter(id -> !id.equals(last)).findFirst().orElseThrow();
                play.choose(other, null);
                int otherTurn = play.record().choices().size();
                while (!play.transcript().ended()) play.choose(play.session().choices().get(0).id(), null);

                sending.closed(new StoredRecord(null, play.record(), RecordStatus.OK, play.transcript(), play.profile(), null));
                await("the session arrived", () -> sending.status().arrived().size() == 1);
                List<JsonNode> stored = lrs.statements();
                assertThat(stored).hasSize(play.record().choices().size() + 1);
                String lastId = XapiIds.statement(play.record().id(), otherTurn).toString();
                JsonNode lastTurn = stored.stream().filter(s -> s.path("id").asText().equals(lastId)).findFirst().orElseThrow();
                assertThat(lastTurn.path("result").path("response").asText()).isEqualTo(other);
                assertThat(log).isEmpty();
            }
        }
    }
}
