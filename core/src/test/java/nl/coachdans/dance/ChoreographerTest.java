package nl.coachdans.dance;

import nl.coachdans.engine.Session;
import nl.coachdans.engine.Transcript;
import nl.coachdans.scenario.Fixtures;
import nl.coachdans.scenario.Lead;
import nl.coachdans.scenario.Move;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scenario.Stance;
import nl.coachdans.scenario.Tempo;
import nl.coachdans.scoring.RiskEvent;
import nl.coachdans.scoring.ScoreProfile;
import nl.coachdans.scoring.Scorer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The rules by which the choreographer turns moves into figures on Leary's Rose: who leads sets the
 * height, going along or counterplay the side, tempo the intensity (distance from the centre),
 * closeness steps the distance between the dancers (clamped), a stumble exactly where a risk was
 * committed, and "in tune" only where the client needed something.
 */
class ChoreographerTest {

    /**
     * A tiny client made for these rules: node {@code a} needs going along and coming closer, node
     * {@code b} needs nothing; "closer" reaches a step and fits, "away" commits a risk.
     */
    private static final String DANCE = """
            id: dans
            version: 1
            title: {nl: "Dans", en: "Dance"}
            situation: {nl: "Proef", en: "Trial"}
            difficulty: 1
            minutes: 1
            frameworks: [mini-grow]
            client:
              name: Test
              role: {nl: "Rol", en: "Role"}
              background: {nl: "Achtergrond", en: "Background"}
            briefing: {nl: "Briefing", en: "Briefing"}
            state:
              emotion: {name: {nl: "Emotie", en: "Emotion"}, min: 0, max: 10, start: 10}
              rapport: {name: {nl: "Rapport", en: "Rapport"}, min: 0, max: 10, start: 0}
            start: a
            nodes:
              a:
                kind: utterance
                text: {nl: "A", en: "A"}
                needs: {stance: along, closeness: 1}
                choices:
                  - id: closer
                    text: {nl: "Dichterbij", en: "Closer"}
                    tags: [step:doel]
                    effects: {rapport: 5, emotion: -5}
                    move: {lead: coach, closeness: 2, stance: along, tempo: fast}
                    next: a
                  - id: away
                    text: {nl: "Weg", en: "Away"}
                    tags: [risk:oordeel]
                    effects: {rapport: -5, emotion: 5}
                    move: {lead: client, closeness: -2, stance: counter, tempo: slow}
                    next: b
              b:
                kind: utterance
                text: {nl: "B", en: "B"}
                choices:
                  - id: further
                    text: {nl: "Verder weg", en: "Further away"}
                    move: {lead: shared, closeness: -2, stance: counter, tempo: steady}
                    next: b
                  - id: done
                    text: {nl: "Klaar", en: "Done"}
                    move: {lead: shared, closeness: 0, stance: along, tempo: steady}
                    next: end
              end:
                kind: ending
                quality: good
                text: {nl: "Einde", en: "End"}
                lesson: {nl: "Les", en: "Lesson"}
            expert: [closer, away, done]
            """;

    private static Choreography dance(List<String> choices) {
        Scenario sc = Fixtures.scenario(DANCE);
        Transcript t = Session.replay(sc, Fixtures.curriculum(), 0, choices).transcript();
        ScoreProfile p = new Scorer(Fixtures.curriculum()).score(sc, t);
        return new Choreographer().choreograph(sc, t, p);
    }

    private static Move move(Lead lead, int closeness, Stance stance, Tempo tempo) {
        return new Move(lead, closeness, stance, tempo);
    }

    @Test
    void leadingPutsTheCoachAboveFollowingBelowSharingOnTheMiddleLine() {
        assertThat(Choreographer.coachPoint(move(Lead.COACH, 0, Stance.ALONG, Tempo.STEADY)).above()).isPositive();
        assertThat(Choreographer.coachPoint(move(Lead.CLIENT, 0, Stance.ALONG, Tempo.STEADY)).above()).isNegative();
        assertThat(Choreographer.coachPoint(move(Lead.SHARED, 0, Stance.ALONG, Tempo.STEADY)).above()).isZero();
    }

    @Test
    void goingAlongIsSamenAndCounterplayIsTegen() {
        for (Lead lead : Lead.values()) {
            for (int closeness = -2; closeness <= 2; closeness++) {
                assertThat(Choreographer.coachPoint(move(lead, closeness, Stance.ALONG, Tempo.STEADY)).together()).isPositive();
                assertThat(Choreographer.coachPoint(move(lead, closeness, Stance.COUNTER, Tempo.STEADY)).together()).isNegative();
            }
        }
        // The octants of the rose: a third of the way from the centre counts as boven/onder, samen/tegen.
        RosePoint bovenSamen = Choreographer.coachPoint(move(Lead.COACH, 0, Stance.ALONG, Tempo.STEADY));
        assertThat(bovenSamen.above()).isGreaterThan(0.33);
        assertThat(bovenSamen.together()).isGreaterThan(0.33);
        RosePoint onderTegen = Choreographer.coachPoint(move(Lead.CLIENT, 0, Stance.COUNTER, Tempo.STEADY));
        assertThat(onderTegen.above()).isLessThan(-0.33);
        assertThat(onderTegen.together()).isLessThan(-0.33);
        RosePoint tegen = Choreographer.coachPoint(move(Lead.SHARED, 0, Stance.COUNTER, Tempo.STEADY));
        assertThat(tegen.above()).isBetween(-0.33, 0.33);
        assertThat(tegen.together()).isLessThan(-0.33);
    }

    @Test
    void aStepCloserLeansTowardsSamen() {
        double closer = Choreographer.coachPoint(move(Lead.COACH, 2, Stance.ALONG, Tempo.STEADY)).together();
        double further = Choreographer.coachPoint(move(Lead.COACH, -2, Stance.ALONG, Tempo.STEADY)).together();
        assertThat(closer).isGreaterThan(further);
    }

    @Test
    void tempoIsTheIntensityTheDistanceFromTheCentre() {
        for (Lead lead : Lead.values()) {
            for (Stance stance : Stance.values()) {
                double slow = length(Choreographer.coachPoint(move(lead, 1, stance, Tempo.SLOW)));
                double steady = length(Choreographer.coachPoint(move(lead, 1, stance, Tempo.STEADY)));
                double fast = length(Choreographer.coachPoint(move(lead, 1, stance, Tempo.FAST)));
                assertThat(slow).isCloseTo(0.45, within(0.002));
                assertThat(steady).isCloseTo(0.7, within(0.002));
                assertThat(fast).isCloseTo(0.95, within(0.002));
            }
        }
    }

    private static double length(RosePoint p) {
        return Math.hypot(p.together(), p.above());
    }

    @Test
    void theClientAnswersALeadWithTheOppositeHeight() {
        Choreography c = dance(List.of("closer", "away"));
        DanceFigure led = c.figures().get(0), followed = c.figures().get(1);
        assertThat(led.coach().above()).isPositive();
        assertThat(led.client().above()).isCloseTo(-0.8 * led.coach().above(), within(0.002));
        assertThat(followed.coach().above()).isNegative();
        assertThat(followed.client().above()).isCloseTo(-0.8 * followed.coach().above(), within(0.002));
    }

    @Test
    void theClientStandsTowardsSamenWithRapportAndTowardsTegenWithHighEmotion() {
        Choreography c = dance(List.of("closer", "away"));
        // Start: rapport 0 and emotion 10, far into tegen; after "closer" rapport 5 and emotion 5, at the middle.
        assertThat(c.clientStart().together()).isEqualTo(-1.0);
        assertThat(c.figures().get(0).client().together()).isCloseTo(0.0, within(0.001));
        assertThat(c.figures().get(1).client().together()).isEqualTo(-1.0);
    }

    @Test
    void closenessStepsTheDistanceAndItStaysBetweenTenthAndOne() {
        Choreography in = dance(List.of("closer", "closer", "closer", "closer"));
        assertThat(in.startDistance()).isEqualTo(Choreographer.START_DISTANCE);
        assertThat(in.figures()).extracting(DanceFigure::distance).containsExactly(0.36, 0.12, 0.1, 0.1);
        Choreography out = dance(List.of("away", "further", "further", "further"));
        assertThat(out.figures()).extracting(DanceFigure::distance).containsExactly(0.84, 1.0, 1.0, 1.0);
    }

    @Test
    void aStumbleExactlyWhereARiskWasCommitted() {
        Scenario sc = Fixtures.scenario(DANCE);
        Transcript t = Session.replay(sc, Fixtures.curriculum(), 0, List.of("closer", "away", "further", "done")).transcript();
        ScoreProfile p = new Scorer(Fixtures.curriculum()).score(sc, t);
        Choreography c = new Choreographer().choreograph(sc, t, p);
        Set<Integer> riskTurns = p.risks().stream().map(RiskEvent::turn).collect(Collectors.toSet());
        assertThat(riskTurns).containsExactly(2);
        for (DanceFigure f : c.figures()) assertThat(f.stumble()).as("turn %d", f.turn()).isEqualTo(riskTurns.contains(f.turn()));
        assertThat(c.stumbles()).isEqualTo(1);
    }

    @Test
    void inTuneOnlyWhereTheClientNeededSomething() {
        Choreography c = dance(List.of("closer", "away", "further", "done"));
        assertThat(c.figures()).extracting(DanceFigure::inTune).containsExactly(true, false, null, null);
        assertThat(c.inTune()).isEqualTo(1);
    }

    @Test
    void everyFigureCarriesItsMove() {
        Choreography c = dance(List.of("closer", "away"));
        assertThat(c.figures()).extracting(DanceFigure::choice).containsExactly("closer", "away");
        assertThat(c.figures()).extracting(DanceFigure::stance).containsExactly(Stance.ALONG, Stance.COUNTER);
        assertThat(c.figures()).extracting(DanceFigure::tempo).containsExactly(Tempo.FAST, Tempo.SLOW);
        assertThat(c.figures()).extracting(DanceFigure::turn).containsExactly(1, 2);
    }
}
