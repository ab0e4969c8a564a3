package nl.coachdans.engine;

import nl.coachdans.scenario.Closeness;
import nl.coachdans.scenario.Condition;
import nl.coachdans.scenario.ConditionSyntaxException;
import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scenario.FindingCode;
import nl.coachdans.scenario.Fixtures;
import nl.coachdans.scenario.Framework;
import nl.coachdans.scenario.Language;
import nl.coachdans.scenario.Lead;
import nl.coachdans.scenario.Move;
import nl.coachdans.scenario.Need;
import nl.coachdans.scenario.Operator;
import nl.coachdans.scenario.Problem;
import nl.coachdans.scenario.Quality;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scenario.Severity;
import nl.coachdans.scenario.Stance;
import nl.coachdans.scenario.Tempo;
import nl.coachdans.scoring.RiskEvent;
import nl.coachdans.scoring.ScoreProfile;
import nl.coachdans.scoring.Scorer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The fair-scoring format: conditions on the conduct so far, conditional routes, ending variants,
 * the order rule (blamed once, for the skipped step) and needs with several acceptable moves. The
 * test client grow-slip is the case of issue 11: one reassurance makes Reality be skipped.
 */
class FairFormatTest {
    static final Path GROW = Paths.get("..", "assets", "frameworks", "grow.yaml");
    static final Path SLIP = Paths.get("src", "test", "resources", "fair", "scenarios", "grow-slip.yaml");

    static Curriculum curriculum() {
        Framework grow = Fixtures.reader().readFramework(GROW).value();
        return Curriculum.of(List.of(grow));
    }

    static Scenario slip() {
        try {
            return Fixtures.scenario(Files.readString(SLIP, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Session play(String... choices) {
        return Session.replay(slip(), curriculum(), 0, List.of(choices));
    }

    private static ScoreProfile score(Session s) {
        return new Scorer(curriculum()).score(s.scenario(), s.transcript());
    }

    // ------------------------------------------------------------------ the order rule

    @Test
    void oneSlipBlamesTheSkippedPhaseOnceAndTheLaterOpenQuestionsCommitNothing() {
        Session s = play("g-doel", "s-gerust", "o-vraag", "w-plan");
        ScoreProfile p = score(s);
        assertThat(p.risks()).containsExactly(
                new RiskEvent("grow", "fase-overslaan", 3, Severity.WARNING, "o-vraag", true, List.of("reality")));
        assertThat(p.risks()).noneMatch(r -> r.id().equals("cadeau"));
        // The session knows it too, while playing: the same single event.
        assertThat(s.history().warnings()).isEqualTo(1);
        assertThat(s.history().criticals()).isZero();
    }

    @Test
    void anOptionServingTwoOrderedStepsInOrderIsNoSkip() {
        ScoreProfile p = score(play("g-doel", "s-gerust", "o-beide", "w-plan"));
        assertThat(p.risks()).isEmpty();
        assertThat(p.frameworks().get(0).steps()).allMatch(st -> st.reached() && st.inOrder());
    }

    @Test
    void reachingTheMissingStepLateAndGoingOnIsNoSkip() {
        Session s = play("g-doel", "s-gerust", "o-pas-nu");
        assertThat(s.choices()).extracting(c -> c.id()).doesNotContain("o-pas-nu"); // when: "not reached(reality)"
        s.choose("o-vraag");
        s.choose("w-plan");
        assertThat(score(s).risks()).isEmpty();
        assertThat(s.current().id()).isEqualTo("einde-goed");
    }

    @Test
    void goingBackToAnEarlierPhaseAndForwardAgainIsNoSkip() {
        ScoreProfile p = score(play("g-doel", "s-terug", "d2-verder", "o-vraag", "w-plan"));
        assertThat(p.risks()).isEmpty();
        assertThat(p.ending()).isEqualTo(Quality.BEST);
    }

    // ------------------------------------------------------------------ routes and ending variants

    @Test
    void routesPickTheEndingByTheWholeConductIncludingTheCurrentChoice() {
        assertThat(play("g-doel", "s-film", "o-vraag", "w-plan").current().id()).isEqualTo("einde-goed");
        assertThat(play("g-doel", "s-gerust", "o-vraag", "w-plan").current().id()).isEqualTo("einde-half");
        assertThat(play("g-melden", "s-film", "o-vraag", "w-plan").current().id()).isEqualTo("einde-koel");
    }

    @Test
    void anEndingVariantGivesTheTextAndLessonThatMatchThePath() {
        Session skipped = play("g-doel", "s-gerust", "o-vraag", "w-plan");
        assertThat(skipped.current().text(Language.EN)).isEqualTo("A plan without it becoming clear where things got stuck.");
        assertThat(skipped.current().lesson().en()).isEqualTo("Lesson about the skipped phase.");
        assertThat(skipped.transcript().endingLesson().en()).isEqualTo("Lesson about the skipped phase.");
        // einde-half without the order risk (a critical judgement instead is routed elsewhere): the ending's own text.
        Session plain = play("g-doel", "s-film", "o-vraag", "w-plan");
        assertThat(plain.current().lesson().en()).isEqualTo("Lesson einde-goed.");
    }

    // ------------------------------------------------------------------ conditions on the conduct

    @Test
    void conditionsAskWhatHasHappenedSoFar() {
        Session s = play("g-oordeel", "s-gerust", "o-vraag");
        Rubric rubric = new Rubric(s.scenario(), curriculum());
        History h = s.history();
        nl.coachdans.scenario.Facts f = rubric.facts(h, new Rubric.ValueFacts() {
            public int value(String variable) { return 0; }
            public boolean visited(String node) { return false; }
            public boolean chosen(String choice) { return false; }
        });
        // oordeel (warning) and the order risk for goal and reality (warning).
        assertThat(Condition.parse("committed(oordeel)").test(f)).isTrue();
        assertThat(Condition.parse("committed(grow/fase-overslaan)").test(f)).isTrue();
        assertThat(Condition.parse("committed(cadeau)").test(f)).isFalse();
        assertThat(Condition.parse("committed(warning)").test(f)).isTrue();
        assertThat(Condition.parse("committed(critical)").test(f)).isFalse();
        assertThat(Condition.parse("risks(warning) >= 2").test(f)).isTrue();
        assertThat(Condition.parse("risks(warning) >= 3").test(f)).isFalse();
        assertThat(Condition.parse("risks(any) == 2").test(f)).isTrue();
        assertThat(Condition.parse("reached(options) and not reached(grow/reality)").test(f)).isTrue();
        assertThat(Condition.parse("steps(grow) == 1").test(f)).isTrue();
    }

    @Test
    void theNewConditionFormsParseToTypedConditions() {
        assertThat(Condition.parse("committed(critical)")).isEqualTo(new Condition.RiskCount(Severity.CRITICAL, Operator.GE, 1, "committed(critical)"));
        assertThat(Condition.parse("committed(grow/cadeau)")).isEqualTo(new Condition.Committed("grow", "cadeau", "committed(grow/cadeau)"));
        assertThat(Condition.parse("reached(herken)")).isEqualTo(new Condition.Reached(null, "herken", "reached(herken)"));
        assertThat(Condition.parse("risks(any) < 3")).isEqualTo(new Condition.RiskCount(null, Operator.LT, 3, "risks(any) < 3"));
        assertThat(Condition.parse("steps(grow) >= 2")).isEqualTo(new Condition.StepCount("grow", Operator.GE, 2, "steps(grow) >= 2"));
    }

    @Test
    void badConditionFormsAreRefusedWithTheColumn() {
        assertThat(syntax("risks(critical) >= x")).isEqualTo(Problem.of(FindingCode.CONDITION_EXPECTED_NUMBER, "risks(critical) >= x", 20, ">="));
        assertThat(syntax("risks(klaagverhaal) > 0").code()).isEqualTo(FindingCode.CONDITION_RISKS_BY_SEVERITY);
        assertThat(syntax("reached(grow/)").code()).isEqualTo(FindingCode.CONDITION_EXPECTED_ID_AFTER_SLASH);
        assertThat(syntax("steps(grow)").code()).isEqualTo(FindingCode.CONDITION_EXPECTED_COMPARISON);
    }

    private static Problem syntax(String condition) {
        return catchThrowableOfType(ConditionSyntaxException.class, () -> Condition.parse(condition)).problem();
    }

    // ------------------------------------------------------------------ needs

    @Test
    void aNeedMayAcceptSeveralMoves() {
        Need need = slip().node("doel").needs();
        assertThat(need.lead()).containsExactly(Lead.CLIENT, Lead.SHARED);
        assertThat(need.closeness()).isEqualTo(Closeness.range(0, 1));
        assertThat(need.fits(new Move(Lead.SHARED, 1, Stance.ALONG, Tempo.FAST))).isTrue();
        assertThat(need.fits(new Move(Lead.CLIENT, 0, Stance.ALONG, Tempo.SLOW))).isTrue();
        assertThat(need.fits(new Move(Lead.COACH, 0, Stance.ALONG, Tempo.SLOW))).isFalse();
        assertThat(need.fits(new Move(Lead.CLIENT, 2, Stance.ALONG, Tempo.SLOW))).isFalse();
        assertThat(need.fits(new Move(Lead.CLIENT, 1, Stance.COUNTER, Tempo.SLOW))).isFalse();
    }

    @Test
    void closenessFormsFitAsWritten() {
        assertThat(Closeness.sign(1).fits(2)).isTrue();
        assertThat(Closeness.sign(1).fits(0)).isFalse();
        assertThat(Closeness.sign(0).fits(0)).isTrue();
        assertThat(Closeness.range(-1, 0).fits(-1)).isTrue();
        assertThat(Closeness.range(-1, 0).fits(1)).isFalse();
        assertThat(Closeness.anyOf(List.of(-2, 2)).fits(2)).isTrue();
        assertThat(Closeness.anyOf(List.of(-2, 2)).fits(1)).isFalse();
    }

    @Test
    void theDanceJudgesTheClientsNeedNotTheExpertsMove() {
        // g-doel is led by the client, closeness 0, along: in tune with [client, shared], 0..1, along.
        ScoreProfile p = score(play("g-doel", "s-film", "o-vraag", "w-plan"));
        assertThat(p.dance().judged()).isEqualTo(1);
        assertThat(p.dance().inTune()).isEqualTo(1);
        ScoreProfile off = score(play("g-oordeel", "s-film", "o-vraag", "w-plan"));
        assertThat(off.dance().inTune()).isZero();
    }
}
