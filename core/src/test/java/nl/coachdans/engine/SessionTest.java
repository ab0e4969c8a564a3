package nl.coachdans.engine;

import nl.coachdans.scenario.Choice;
import nl.coachdans.scenario.Fixtures;
import nl.coachdans.scenario.Language;
import nl.coachdans.scenario.LocalizedText;
import nl.coachdans.scenario.NodeKind;
import nl.coachdans.scenario.Quality;
import nl.coachdans.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static nl.coachdans.scenario.Fixtures.EXPERT;
import static nl.coachdans.scenario.Fixtures.replaceOnce;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SessionTest {
    private static final String OPEN_DEFAULT = "Fijn dat het kon. Ik heb gewoon te veel tegelijk, denk ik.";
    private static final String OPEN_LOW_RAPPORT = "Nou, daar zit ik dan. Ik weet niet of dit zin heeft.";
    private static final String OPEN_ALTERNATIVE = "Dank je. Het is allemaal een beetje veel op het moment.";

    private final Scenario sc = Fixtures.voorbeeld();

    private static Map<String, Integer> state(int emotion, int rapport, int openness) {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("emotion", emotion);
        m.put("rapport", rapport);
        m.put("openness", openness);
        return m;
    }

    private static List<String> ids(List<Option> choices) {
        return choices.stream().map(Option::id).toList();
    }

    @Test
    void sameScenarioSeedAndChoicesGiveEqualTranscripts() {
        for (long seed : new long[] {0, 1, 42, -7, Long.MAX_VALUE}) {
            Transcript a = Session.replay(sc, Fixtures.curriculum(), seed, EXPERT).transcript();
            Transcript b = Session.replay(Fixtures.voorbeeld(), Fixtures.curriculum(), seed, EXPERT).transcript();
            assertThat(a).isEqualTo(b);
            assertThat(a.seed()).isEqualTo(seed);
        }
    }

    @Test
    void startsAtTheStartNodeWithTheStartState() {
        Session s = Session.start(sc, Fixtures.curriculum(), 0);
        CurrentNode c = s.current();
        assertThat(c.id()).isEqualTo("mail");
        assertThat(c.kind()).isEqualTo(NodeKind.EMAIL);
        assertThat(c.subject().en()).isEqualTo("Got a minute?");
        assertThat(c.text(Language.EN)).startsWith("Hi, I'm stuck");
        assertThat(s.state().values()).isEqualTo(state(6, 5, 4));
        assertThat(s.ended()).isFalse();
        assertThat(ids(s.choices())).containsExactlyInAnyOrder("mail-afspraak", "mail-tips", "mail-later");
    }

    @Test
    void conditionedVariantWinsWhenItsConditionHolds() {
        // mail-later: rapport 5 - 2 = 3, so "rapport <= 3" holds at open, whatever the seed.
        for (long seed = 0; seed < 50; seed++) {
            Session s = Session.replay(sc, Fixtures.curriculum(), seed, List.of("mail-later"));
            assertThat(s.state().get("rapport")).isEqualTo(3);
            assertThat(s.current().id()).isEqualTo("open");
            assertThat(s.current().text(Language.NL)).as("seed %d", seed).isEqualTo(OPEN_LOW_RAPPORT);
        }
    }

    @Test
    void conditionedVariantIsNotUsedWhenItsConditionFails() {
        for (long seed = 0; seed < 50; seed++) {
            Session s = Session.replay(sc, Fixtures.curriculum(), seed, List.of("mail-afspraak"));
            assertThat(s.current().text(Language.NL)).as("seed %d", seed).isNotEqualTo(OPEN_LOW_RAPPORT);
        }
    }

    @Test
    void seedChoosesBetweenUnconditionedAlternativesDeterministically() {
        Map<String, Long> seedFor = new HashMap<>();
        for (long seed = 0; seed < 64; seed++) {
            String shown = Session.replay(sc, Fixtures.curriculum(), seed, List.of("mail-afspraak")).current().text(Language.NL);
            String again = Session.replay(sc, Fixtures.curriculum(), seed, List.of("mail-afspraak")).current().text(Language.NL);
            assertThat(again).as("seed %d picks the same line every time", seed).isEqualTo(shown);
            seedFor.putIfAbsent(shown, seed);
        }
        assertThat(seedFor).as("both lines occur for some seed").containsOnlyKeys(OPEN_DEFAULT, OPEN_ALTERNATIVE);

        long a = seedFor.get(OPEN_DEFAULT), b = seedFor.get(OPEN_ALTERNATIVE);
        Transcript ta = Session.replay(sc, Fixtures.curriculum(), a, EXPERT).transcript();
        Transcript tb = Session.replay(sc, Fixtures.curriculum(), b, EXPERT).transcript();
        assertThat(ta.turns().get(1).shown().nl()).isEqualTo(OPEN_DEFAULT);
        assertThat(tb.turns().get(1).shown().nl()).isEqualTo(OPEN_ALTERNATIVE);
        assertThat(ta).isNotEqualTo(tb);
        assertThat(ta.choices()).isEqualTo(tb.choices());
    }

    @Test
    void effectsAreClampedToTheVariablesRange() {
        // rapport 5 -> 3 (mail-later) -> 1 (open-oordeel) -> 0, not -1 (dicht-volhouden: -2)
        Transcript t = Session.replay(sc, Fixtures.curriculum(), 0, List.of("mail-later", "open-oordeel", "dicht-volhouden")).transcript();
        assertThat(t.turns()).extracting(turn -> turn.after().get("rapport")).containsExactly(3, 1, 0);
    }

    @Test
    void clientStateClampsBothWaysAndIgnoresUnknownVariables() {
        ClientState start = ClientState.initial(sc.state());
        assertThat(start.apply(Map.of("rapport", 100), sc.state()).get("rapport")).isEqualTo(10);
        assertThat(start.apply(Map.of("rapport", -100), sc.state()).get("rapport")).isZero();
        ClientState same = start.apply(Map.of("geduld", 3), sc.state());
        assertThat(same.values()).isEqualTo(start.values());
        assertThat(start.apply(Map.of(), sc.state())).isSameAs(start);
    }

    @Test
    void hugeEffectsStillClampToTheRange() {
        // 5 + Integer.MAX_VALUE must not wrap around to a negative number and end at the minimum.
        ClientState start = ClientState.initial(sc.state());
        assertThat(start.apply(Map.of("rapport", Integer.MAX_VALUE), sc.state()).get("rapport")).isEqualTo(10);
        assertThat(start.apply(Map.of("rapport", Integer.MIN_VALUE), sc.state()).get("rapport")).isZero();
    }

    @Test
    void startValueOutsideTheRangeIsClamped() {
        Scenario high = Fixtures.scenario(replaceOnce(Fixtures.voorbeeldText(), "min: 0, max: 10, start: 6}", "min: 0, max: 10, start: 12}"));
        assertThat(Session.start(high, Fixtures.curriculum(), 0).state().get("emotion")).isEqualTo(10);
    }

    @Test
    void whenConditionHidesAChoiceBelowItsThreshold() {
        // doel-stilte needs rapport >= 5
        Session low = Session.replay(sc, Fixtures.curriculum(), 0, List.of("mail-later", "open-doel"));          // rapport 3
        assertThat(low.current().id()).isEqualTo("doel");
        assertThat(ids(low.choices())).containsExactlyInAnyOrder("doel-realiteit", "doel-advies");

        Session exact = Session.replay(sc, Fixtures.curriculum(), 0, List.of("mail-afspraak", "open-oordeel", "dicht-herstel")); // 6 - 2 + 1 = 5
        assertThat(exact.state().get("rapport")).isEqualTo(5);
        assertThat(ids(exact.choices())).containsExactlyInAnyOrder("doel-realiteit", "doel-stilte", "doel-advies");

        Session high = Session.replay(sc, Fixtures.curriculum(), 0, List.of("mail-afspraak", "open-doel"));      // rapport 6
        assertThat(ids(high.choices())).containsExactlyInAnyOrder("doel-realiteit", "doel-stilte", "doel-advies");
    }

    @Test
    void choosingAHiddenChoiceIsAnUnknownChoice() {
        Session s = Session.replay(sc, Fixtures.curriculum(), 0, List.of("mail-later", "open-doel"));
        UnknownChoiceException e = catchThrowableOfType(UnknownChoiceException.class, () -> s.choose("doel-stilte"));
        assertThat(e).isNotNull();
        assertThat(e.choice()).isEqualTo("doel-stilte");
        assertThat(e.possible()).containsExactly("doel-realiteit", "doel-advies");
        assertThat(s.current().id()).as("a refused choice changes nothing").isEqualTo("doel");
        assertThat(s.transcript().turns()).hasSize(2);
    }

    @Test
    void unknownChoiceListsThePossibleIds() {
        Session s = Session.start(sc, Fixtures.curriculum(), 0);
        UnknownChoiceException e = catchThrowableOfType(UnknownChoiceException.class, () -> s.choose("nope"));
        assertThat(e.possible()).containsExactly("mail-afspraak", "mail-tips", "mail-later");
        assertThat(e.getMessage()).isEqualTo("unknown choice 'nope' at node 'mail'; possible here: mail-afspraak, mail-tips, mail-later");
    }

    @Test
    void choiceOfAnotherNodeIsUnknownHere() {
        Session s = Session.start(sc, Fixtures.curriculum(), 0);
        UnknownChoiceException e = catchThrowableOfType(UnknownChoiceException.class, () -> s.choose("open-doel"));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("'open-doel'").contains("node 'mail'");
    }

    @Test
    void choosingAfterTheEndingSaysTheSessionHasEnded() {
        Session s = Session.replay(sc, Fixtures.curriculum(), 0, EXPERT);
        assertThat(s.ended()).isTrue();
        assertThat(s.choices()).isEmpty();
        UnknownChoiceException e = catchThrowableOfType(UnknownChoiceException.class, () -> s.choose("opties-wil"));
        assertThat(e.possible()).isEmpty();
        assertThat(e.getMessage()).isEqualTo("unknown choice 'opties-wil' at node 'einde-best'; possible here: none");
    }

    @Test
    void transcriptRecordsAvailableIdsStatesAndTags() {
        Transcript t = Session.replay(sc, Fixtures.curriculum(), 0, EXPERT).transcript();
        assertThat(t.scenario()).isEqualTo("voorbeeld");
        assertThat(t.version()).isEqualTo(1);
        assertThat(t.start().values()).isEqualTo(state(6, 5, 4));
        assertThat(t.choices()).isEqualTo(EXPERT);
        assertThat(t.turns()).extracting(Turn::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(t.turns()).extracting(Turn::node).containsExactly("mail", "open", "doel", "situatie", "opties");

        Turn first = t.turns().get(0);
        assertThat(first.available()).containsExactlyInAnyOrder("mail-afspraak", "mail-tips", "mail-later");
        assertThat(first.choice()).isEqualTo("mail-afspraak");
        assertThat(first.before().values()).isEqualTo(state(6, 5, 4));
        assertThat(first.after().values()).isEqualTo(state(6, 6, 4));
        assertThat(first.tags()).containsExactly("side:appeal");
        assertThat(first.shown().nl()).startsWith("Hoi, ik loop vast");

        Turn third = t.turns().get(2);
        assertThat(third.available()).containsExactlyInAnyOrder("doel-realiteit", "doel-stilte", "doel-advies");
        assertThat(third.before().values()).isEqualTo(state(6, 6, 5));
        assertThat(third.after().values()).isEqualTo(state(5, 6, 6));
        assertThat(third.tags()).containsExactly("step:werkelijkheid");

        for (int i = 1; i < t.turns().size(); i++) {
            assertThat(t.turns().get(i).before()).as("state carries over between turns").isEqualTo(t.turns().get(i - 1).after());
        }
    }

    @Test
    void finishedTranscriptHasTheEnding() {
        Transcript t = Session.replay(sc, Fixtures.curriculum(), 0, EXPERT).transcript();
        assertThat(t.ended()).isTrue();
        assertThat(t.endingNode()).isEqualTo("einde-best");
        assertThat(t.ending()).isEqualTo(Quality.BEST);
        assertThat(t.endingText()).isEqualTo(sc.node("einde-best").text());
    }

    @Test
    void unfinishedTranscriptHasNoEnding() {
        Transcript t = Session.replay(sc, Fixtures.curriculum(), 0, List.of("mail-afspraak", "open-doel")).transcript();
        assertThat(t.ended()).isFalse();
        assertThat(t.endingNode()).isNull();
        assertThat(t.ending()).isNull();
        assertThat(t.endingText()).isNull();
        Transcript none = Session.start(sc, Fixtures.curriculum(), 0).transcript();
        assertThat(none.turns()).isEmpty();
    }

    @Test
    void visitedAndChosenConditionsSeeTheSessionsHistory() {
        String yaml = replaceOnce(Fixtures.voorbeeldText(), "when: \"rapport >= 5\"", "when: \"not visited(dicht) and not chosen(mail-tips)\"");
        Scenario variant = Fixtures.scenario(yaml);
        assertThat(ids(Session.replay(variant, Fixtures.curriculum(), 0, List.of("mail-later", "open-doel")).choices())).contains("doel-stilte");
        assertThat(ids(Session.replay(variant, Fixtures.curriculum(), 0, List.of("mail-tips", "open-doel")).choices())).doesNotContain("doel-stilte");
        assertThat(ids(Session.replay(variant, Fixtures.curriculum(), 0, List.of("mail-afspraak", "open-oordeel", "dicht-herstel")).choices()))
                .doesNotContain("doel-stilte");
    }

    @Test
    void variantTextFallsBackToTheOtherLanguageWhenOneIsMissing() {
        LocalizedText onlyDutch = new LocalizedText("alleen nl", null);
        assertThat(onlyDutch.in(Language.EN)).isEqualTo("alleen nl");
        assertThat(onlyDutch.in(Language.NL)).isEqualTo("alleen nl");
    }

    @Test
    void optionsArePresentedInAnOrderFixedBySeedNodeAndTurn() {
        Scenario sc = Fixtures.voorbeeld();
        assertThat(ids(Session.start(sc, Fixtures.curriculum(), 42).choices())).isEqualTo(ids(Session.start(sc, Fixtures.curriculum(), 42).choices()));
        java.util.Set<String> firstShown = new java.util.HashSet<>();
        for (long seed = 0; seed < 40; seed++) firstShown.add(ids(Session.start(sc, Fixtures.curriculum(), seed).choices()).get(0));
        // The option written first in the file must not always be the one shown first.
        assertThat(firstShown).hasSizeGreaterThan(1);
    }

    // --- what a student may see ---

    @Test
    void anOptionCarriesItsIdAndWordsAndNothingOfTheAnswerKey() {
        Session s = Session.start(sc, Fixtures.curriculum(), 0);
        for (Option o : s.choices()) {
            Choice model = sc.node("mail").choices().stream().filter(c -> c.id().equals(o.id())).findFirst().orElseThrow();
            assertThat(o.text()).isEqualTo(model.text());
        }
        // The view itself: a new component (tags, effects, next node, move) would hand the screens the key.
        assertThat(java.util.Arrays.stream(Option.class.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName))
                .containsExactly("id", "text");
    }

    @Test
    void chooseReturnsTheTurnAsTheTraineeLivedIt() {
        Session s = Session.start(sc, Fixtures.curriculum(), 0);
        CurrentNode before = s.current();
        Choice model = sc.node("mail").choices().stream().filter(c -> c.id().equals("mail-afspraak")).findFirst().orElseThrow();

        TurnTaken first = s.choose("mail-afspraak");

        assertThat(first.number()).isEqualTo(1);
        assertThat(first.line()).isEqualTo(before);
        assertThat(first.said()).isEqualTo(new Option("mail-afspraak", model.text()));
        assertThat(first.feedback()).isNotNull().isEqualTo(model.feedback());
        assertThat(first.reply()).isEqualTo(s.current());
        assertThat(first.reply().id()).isEqualTo("open");
        assertThat(first.reply().chapter().en()).isEqualTo("The talk");
    }

    @Test
    void theTalkHoldsEveryTurnTakenAndEndsWithTheEnding() {
        Session s = Session.start(sc, Fixtures.curriculum(), 3);
        List<TurnTaken> taken = new java.util.ArrayList<>();
        for (String id : EXPERT) taken.add(s.choose(id));
        assertThat(s.talk()).isEqualTo(taken);
        assertThat(s.talk()).extracting(t -> t.said().id()).isEqualTo(EXPERT);
        assertThat(s.talk()).extracting(TurnTaken::number).containsExactly(1, 2, 3, 4, 5);
        // Each reply is the line the next turn answers; the last is the ending the path earned.
        for (int i = 1; i < taken.size(); i++) assertThat(taken.get(i).line()).isEqualTo(taken.get(i - 1).reply());
        assertThat(taken.get(4).reply().kind()).isEqualTo(NodeKind.ENDING);
        assertThat(taken.get(4).reply().id()).isEqualTo(s.transcript().endingNode());
        // The client's lines are the ones the transcript shows, variant and all.
        assertThat(s.talk()).extracting(t -> t.line().text()).isEqualTo(s.transcript().turns().stream().map(Turn::shown).toList());
        // Replaying the same choices tells the same talk.
        assertThat(Session.replay(sc, Fixtures.curriculum(), 3, EXPERT).talk()).isEqualTo(taken);
    }

    @Test
    void aChoiceWithoutFeedbackGivesATurnWithoutFeedback() {
        Scenario bare = Fixtures.scenario(withoutFeedbackOn("mail-afspraak"));
        TurnTaken t = Session.start(bare, Fixtures.curriculum(), 0).choose("mail-afspraak");
        assertThat(t.feedback()).isNull();
        assertThat(t.said().id()).isEqualTo("mail-afspraak");
    }

    /** The example scenario with the feedback of one choice left out. */
    private static String withoutFeedbackOn(String choice) {
        String text = Fixtures.voorbeeldText();
        int at = text.indexOf("id: " + choice);
        int from = text.indexOf("        feedback:", at);
        int to = text.indexOf("        next:", from);
        return text.substring(0, from) + text.substring(to);
    }
}
