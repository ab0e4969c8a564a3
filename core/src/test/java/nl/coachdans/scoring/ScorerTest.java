package nl.coachdans.scoring;

import nl.coachdans.engine.Session;
import nl.coachdans.engine.Transcript;
import nl.coachdans.scenario.Fixtures;
import nl.coachdans.scenario.Quality;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scenario.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.coachdans.scenario.Fixtures.EXPERT;
import static nl.coachdans.scenario.Fixtures.replaceOnce;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class ScorerTest {
    private final Scenario sc = Fixtures.voorbeeld();
    private final Scorer scorer = new Scorer(Fixtures.curriculum());

    private ScoreProfile score(List<String> choices) {
        return score(sc, choices);
    }

    private ScoreProfile score(Scenario scenario, List<String> choices) {
        Transcript t = Session.replay(scenario, Fixtures.curriculum(), 0, choices).transcript();
        return scorer.score(scenario, t);
    }

    private static StepResult step(ScoreProfile p, String id) {
        return p.frameworks().get(0).steps().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void expertPathReachesEveryStepInOrderWithoutRisks() {
        ScoreProfile p = score(EXPERT);
        assertThat(p.scenario()).isEqualTo("voorbeeld");
        assertThat(p.frameworks()).hasSize(1);
        FrameworkResult fr = p.frameworks().get(0);
        assertThat(fr.framework()).isEqualTo("mini-grow");
        assertThat(fr.steps()).containsExactly(
                new StepResult("mini-grow", "doel", true, 2, true),
                new StepResult("mini-grow", "werkelijkheid", true, 3, true),
                new StepResult("mini-grow", "opties", true, 4, true),
                new StepResult("mini-grow", "wil", true, 5, true));
        assertThat(p.risks()).isEmpty();
        assertThat(p.critical()).isEmpty();
        assertThat(p.finished()).isTrue();
        assertThat(p.endingNode()).isEqualTo("einde-best");
        assertThat(p.ending()).isEqualTo(Quality.BEST);
    }

    @Test
    void expertPathIsBekwaamOnEveryAxis() {
        assertThat(score(EXPERT).bands()).containsExactly(
                entry(Axis.steps("mini-grow"), Band.BEKWAAM),
                entry(Axis.risks("mini-grow"), Band.BEKWAAM),
                entry(Axis.ENDING, Band.BEKWAAM),
                entry(Axis.DANCE, Band.BEKWAAM));
    }

    @Test
    void optionsBeforeGoalCommitsTheSkipRiskByOrderAtThatTurn() {
        ScoreProfile p = score(List.of("mail-afspraak", "open-opties", "doel-realiteit", "situatie-opties", "opties-wil"));
        assertThat(p.risks()).first().isEqualTo(
                new RiskEvent("mini-grow", "oplossing-te-vroeg", 2, Severity.WARNING, "open-opties", true, List.of("doel", "werkelijkheid")));
        StepResult opties = step(p, "opties");
        assertThat(opties.reached()).isTrue();
        assertThat(opties.turn()).isEqualTo(2);
        assertThat(opties.inOrder()).isFalse();
        assertThat(step(p, "doel").reached()).isFalse();
        assertThat(step(p, "doel").turn()).isNull();
    }

    @Test
    void aSkippedStepIsBlamedOnceNotOncePerLaterStep() {
        ScoreProfile p = score(List.of("mail-afspraak", "open-opties", "doel-realiteit", "situatie-opties", "opties-wil"));
        // opties at 2 blames doel and werkelijkheid; werkelijkheid at 3 and wil at 5 find doel already blamed.
        assertThat(p.risks()).containsExactly(
                new RiskEvent("mini-grow", "oplossing-te-vroeg", 2, Severity.WARNING, "open-opties", true, List.of("doel", "werkelijkheid")));
        assertThat(step(p, "werkelijkheid").inOrder()).isFalse();
        assertThat(step(p, "wil").inOrder()).isFalse();
        assertThat(p.bands()).containsEntry(Axis.steps("mini-grow"), Band.IN_ONTWIKKELING).containsEntry(Axis.risks("mini-grow"), Band.IN_ONTWIKKELING);
    }

    @Test
    void taggedRiskIsNotByOrder() {
        ScoreProfile p = score(List.of("mail-tips"));
        assertThat(p.risks()).containsExactly(new RiskEvent("mini-grow", "oplossing-te-vroeg", 1, Severity.WARNING, "mail-tips", false, List.of()));
        assertThat(p.bands()).containsEntry(Axis.risks("mini-grow"), Band.IN_ONTWIKKELING);
    }

    @Test
    void choiceTaggedWithTheSkipRiskAndSkippingAStepCommitsItOnce() {
        // open-opties tagged with the skip risk as well: one event, from the tag.
        String yaml = replaceOnce(Fixtures.voorbeeldText(), "tags: [step:opties]\n        effects: {openness: -1}",
                "tags: [step:opties, risk:oplossing-te-vroeg]\n        effects: {openness: -1}");
        ScoreProfile p = score(Fixtures.scenario(yaml), List.of("mail-afspraak", "open-opties"));
        assertThat(p.risks()).containsExactly(new RiskEvent("mini-grow", "oplossing-te-vroeg", 2, Severity.WARNING, "open-opties", false, List.of()));
    }

    @Test
    void criticalRiskIsListedApartAndMakesTheRiskBandNogNiet() {
        ScoreProfile p = score(List.of("mail-afspraak", "open-oordeel"));
        RiskEvent oordeel = new RiskEvent("mini-grow", "oordeel", 2, Severity.CRITICAL, "open-oordeel", false, List.of());
        assertThat(p.risks()).containsExactly(oordeel);
        assertThat(p.critical()).containsExactly(oordeel);
        assertThat(p.frameworks().get(0).risksBand()).isEqualTo(Band.NOG_NIET);
        assertThat(p.bands()).containsEntry(Axis.risks("mini-grow"), Band.NOG_NIET);
    }

    @Test
    void oneCriticalRiskOutweighsAnOtherwiseGoodPath() {
        // open-oordeel, then recover via dicht-herstel: all steps in order, but the route of opties-wil sees
        // the critical risk: the repair is worth something, it does not erase the mistake.
        ScoreProfile p = score(List.of("mail-afspraak", "open-oordeel", "dicht-herstel", "doel-realiteit", "situatie-opties", "opties-wil"));
        assertThat(p.ending()).isEqualTo(Quality.MIXED);
        assertThat(p.bands()).containsEntry(Axis.steps("mini-grow"), Band.BEKWAAM).containsEntry(Axis.ENDING, Band.IN_ONTWIKKELING)
                .containsEntry(Axis.risks("mini-grow"), Band.NOG_NIET);
        assertThat(p.critical()).extracting(RiskEvent::id).containsExactly("oordeel");
    }

    @Test
    void unfinishedTranscriptHasNoEndingAndNoEndingBand() {
        ScoreProfile p = score(List.of("mail-afspraak", "open-oordeel"));
        assertThat(p.finished()).isFalse();
        assertThat(p.ending()).isNull();
        assertThat(p.endingNode()).isNull();
        assertThat(p.bands()).doesNotContainKey(Axis.ENDING).containsKeys(Axis.steps("mini-grow"), Axis.risks("mini-grow"), Axis.DANCE);
    }

    @Test
    void emptyTranscriptHasNoDanceBand() {
        ScoreProfile p = score(List.of());
        assertThat(p.bands()).containsOnlyKeys(Axis.steps("mini-grow"), Axis.risks("mini-grow"));
        assertThat(p.bands()).containsEntry(Axis.steps("mini-grow"), Band.NOG_NIET).containsEntry(Axis.risks("mini-grow"), Band.BEKWAAM);
        assertThat(p.dance()).isEqualTo(new DanceMeasures(0, 0, 0, 0, 0, 0));
        assertThat(p.trajectory()).containsExactly(Session.start(sc, Fixtures.curriculum(), 0).state());
    }

    @Test
    void endingQualityMapsToTheEndingBand() {
        assertThat(score(List.of("mail-afspraak", "open-doel", "doel-realiteit", "situatie-opties", "opties-vaag")).bands())
                .containsEntry(Axis.ENDING, Band.IN_ONTWIKKELING);
        assertThat(score(List.of("mail-afspraak", "open-oordeel", "dicht-volhouden")).bands())
                .containsEntry(Axis.ENDING, Band.NOG_NIET);
    }

    @Test
    void danceMeasuresCountNeedsLeadsAndFit() {
        // Needs: mail {along}, open {client}, doel {client, along}, situatie {client}, opties {client, along}.
        // opties-wil is led jointly, so it misses opties' need for the client to lead: 4 of 5 in tune.
        ScoreProfile p = score(EXPERT);
        assertThat(p.dance()).isEqualTo(new DanceMeasures(5, 5, 4, 1, 1, 3));
        assertThat(p.dance().fit()).isEqualTo(0.8);
    }

    @Test
    void danceOutOfTuneIsNogNiet() {
        // mail-later is counter (mail needs along), open-oordeel is coach-led (open needs the client to lead).
        ScoreProfile p = score(List.of("mail-later", "open-oordeel"));
        assertThat(p.dance()).isEqualTo(new DanceMeasures(2, 2, 0, 2, 0, 0));
        assertThat(p.dance().fit()).isZero();
        assertThat(p.bands()).containsEntry(Axis.DANCE, Band.NOG_NIET);
    }

    @Test
    void nodesWithoutNeedsAreNotJudged() {
        String yaml = replaceOnce(Fixtures.voorbeeldText(), "    needs: {lead: client}\n    choices:\n      - id: open-doel",
                "    choices:\n      - id: open-doel");
        ScoreProfile p = score(Fixtures.scenario(yaml), EXPERT);
        assertThat(p.dance()).isEqualTo(new DanceMeasures(5, 4, 3, 1, 1, 3));
        assertThat(p.dance().fit()).isEqualTo(0.75);
        assertThat(p.bands()).as("0.75 is the lower edge of bekwaam").containsEntry(Axis.DANCE, Band.BEKWAAM);
    }

    @Test
    void trajectoryHoldsTheStartAndTheStateAfterEveryTurn() {
        Transcript t = Session.replay(sc, Fixtures.curriculum(), 0, EXPERT).transcript();
        ScoreProfile p = scorer.score(sc, t);
        assertThat(p.trajectory()).hasSize(6);
        assertThat(p.trajectory().get(0)).isEqualTo(t.start());
        for (int i = 0; i < 5; i++) assertThat(p.trajectory().get(i + 1)).isEqualTo(t.turns().get(i).after());
    }

    @Test
    void bandRulesAtTheirEdges() {
        List<StepResult> half = List.of(new StepResult("f", "a", true, 1, true), new StepResult("f", "b", false, null, false));
        assertThat(Scorer.stepsBand(half, true)).isEqualTo(Band.IN_ONTWIKKELING);
        List<StepResult> allOutOfOrder = List.of(new StepResult("f", "a", true, 2, true), new StepResult("f", "b", true, 1, false));
        assertThat(Scorer.stepsBand(allOutOfOrder, true)).isEqualTo(Band.IN_ONTWIKKELING);
        assertThat(Scorer.stepsBand(allOutOfOrder, false)).isEqualTo(Band.BEKWAAM);
        List<StepResult> third = List.of(new StepResult("f", "a", true, 1, true), new StepResult("f", "b", false, null, false),
                new StepResult("f", "c", false, null, false));
        assertThat(Scorer.stepsBand(third, true)).isEqualTo(Band.NOG_NIET);

        RiskEvent warning = new RiskEvent("f", "w", 1, Severity.WARNING, "c", false, List.of());
        assertThat(Scorer.risksBand(List.of())).isEqualTo(Band.BEKWAAM);
        assertThat(Scorer.risksBand(List.of(warning))).isEqualTo(Band.IN_ONTWIKKELING);
        assertThat(Scorer.risksBand(List.of(warning, warning))).isEqualTo(Band.NOG_NIET);

        assertThat(Scorer.danceBand(new DanceMeasures(4, 4, 2, 0, 0, 0))).isEqualTo(Band.IN_ONTWIKKELING);
        assertThat(Scorer.danceBand(new DanceMeasures(4, 4, 1, 0, 0, 0))).isEqualTo(Band.NOG_NIET);
    }

    @Test
    void scoringTheSameTranscriptTwiceGivesEqualProfiles() {
        Transcript t = Session.replay(sc, Fixtures.curriculum(), 3, EXPERT).transcript();
        assertThat(scorer.score(sc, t)).isEqualTo(new Scorer(Fixtures.curriculum()).score(Fixtures.voorbeeld(), t));
    }

    @Test
    void bandCodesAreTheDutchWords() {
        assertThat(Band.NOG_NIET.code()).isEqualTo("nog-niet");
        assertThat(Band.fromCode("in-ontwikkeling")).isEqualTo(Band.IN_ONTWIKKELING);
        assertThat(Band.fromCode("excellent")).isNull();
        assertThat(Band.BEKWAAM.code()).isEqualTo("bekwaam");
    }
}
