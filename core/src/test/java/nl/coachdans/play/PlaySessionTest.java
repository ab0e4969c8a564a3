package nl.coachdans.play;

import nl.coachdans.sessions.Mode;
import nl.coachdans.sessions.RecordStatus;
import nl.coachdans.sessions.RecordStore;
import nl.coachdans.catalog.ScenarioSource;
import nl.coachdans.sessions.StoredRecord;
import nl.coachdans.scenario.ContentReader;
import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scenario.Framework;
import nl.coachdans.scenario.Language;
import nl.coachdans.scenario.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PlaySessionTest {
    private static Scenario scenario;
    private static Curriculum curriculum;
    private final Clock clock = Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path home;

    @BeforeAll
    static void load() {
        ContentReader reader = new ContentReader();
        Path examples = Paths.get("..", "docs", "examples");
        Framework grow = reader.readFramework(examples.resolve("frameworks/mini-grow.yaml")).value();
        scenario = reader.readScenario(examples.resolve("scenarios/voorbeeld.yaml")).value();
        curriculum = Curriculum.of(List.of(grow));
    }

    private RecordStore store() {
        ScenarioSource source = id -> id.equals(scenario.id()) ? Optional.of(new ScenarioSource.Playable(scenario, curriculum)) : Optional.empty();
        return new RecordStore(home, source);
    }

    private PlaySession start(Mode mode) {
        return PlaySession.start(scenario, curriculum, store(), Language.NL, mode, "Sam", 7L, clock);
    }

    @Test
    void everyChoiceIsSavedAndResumesExactlyThere() {
        PlaySession play = start(Mode.PRACTICE);
        play.choose("mail-afspraak", "Ik wil haar snel zien");
        play.choose("open-doel", null);
        String node = play.session().current().id();

        Optional<StoredRecord> unfinished = store().unfinished();
        assertThat(unfinished).isPresent();
        StoredRecord stored = unfinished.get();
        assertThat(stored.status()).isEqualTo(RecordStatus.OK);
        assertThat(stored.record().choiceIds()).containsExactly("mail-afspraak", "open-doel");
        assertThat(stored.record().choices().get(0).thought()).isEqualTo("Ik wil haar snel zien");
        assertThat(stored.record().trainee()).isEqualTo("Sam");

        PlaySession resumed = PlaySession.resume(stored.record(), scenario, curriculum, store(), clock);
        assertThat(resumed.session().current().id()).isEqualTo(node);
        assertThat(resumed.turnsTaken()).isEqualTo(2);
    }

    @Test
    void theExpertPathEndsFinishedAndIsNoLongerOfferedForResume() {
        PlaySession play = start(Mode.EXAM);
        for (String c : scenario.expert()) play.choose(c, null);
        assertThat(play.session().ended()).isTrue();
        assertThat(play.profile().finished()).isTrue();
        assertThat(store().unfinished()).isEmpty();
        assertThat(store().list()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(RecordStatus.OK);
            assertThat(r.profile().ending()).isEqualTo(play.profile().ending());
        });
    }

    @Test
    void practiceStepsBackOneChoiceAndExamDoesNot() {
        PlaySession practice = start(Mode.PRACTICE);
        practice.choose("mail-tips", null);
        String first = practice.session().current().id();
        practice.choose("open-oordeel", null);
        assertThat(practice.canStepBack()).isTrue();
        practice.stepBack();
        assertThat(practice.session().current().id()).isEqualTo(first);
        assertThat(practice.record().choiceIds()).containsExactly("mail-tips");
        // The stored summary still agrees with a recomputation after the step back.
        assertThat(store().list()).singleElement().extracting(StoredRecord::status).isEqualTo(RecordStatus.OK);

        PlaySession exam = start(Mode.EXAM);
        exam.choose("mail-tips", null);
        assertThat(exam.canStepBack()).isFalse();
        exam.stepBack();
        assertThat(exam.record().choiceIds()).containsExactly("mail-tips");
    }

    @Test
    void practiceHandsTheScreenTheFeedbackOfAChoiceAndExamDoesNot() {
        PlaySession practice = start(Mode.PRACTICE);
        var taken = practice.choose("mail-afspraak", null);
        assertThat(taken.feedback()).isNotNull();
        assertThat(taken.feedback().en()).startsWith("You take her request seriously");
        assertThat(taken.said().id()).isEqualTo("mail-afspraak");
        assertThat(taken.reply()).isEqualTo(practice.session().current());

        PlaySession exam = start(Mode.EXAM);
        var examTurn = exam.choose("mail-afspraak", null);
        assertThat(examTurn.feedback()).isNull();
        // Only the feedback is withheld: the turn itself is the same.
        assertThat(examTurn).isEqualTo(taken.withoutFeedback());
    }

    @Test
    void aFailingSaveIsReportedAndPlayGoesOn() throws Exception {
        java.nio.file.Files.writeString(home.resolve("records"), "a file where the folder should be");
        PlaySession play = start(Mode.PRACTICE);
        play.choose("mail-afspraak", null);
        assertThat(play.saveProblem()).isPresent();
        assertThat(play.session().current().id()).isEqualTo("open");
    }
}
