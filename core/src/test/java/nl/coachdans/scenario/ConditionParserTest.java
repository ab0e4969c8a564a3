package nl.coachdans.scenario;

import nl.coachdans.scenario.Condition.Reference;
import nl.coachdans.scenario.Condition.Reference.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ConditionParserTest {

    /** Facts from a map of values and sets of visited nodes and chosen choices. */
    private record TestFacts(Map<String, Integer> values, Set<String> visited, Set<String> chosen) implements Facts {
        public int value(String variable) { return values.getOrDefault(variable, 0); }
        public boolean visited(String nodeId) { return visited.contains(nodeId); }
        public boolean chosen(String choiceId) { return chosen.contains(choiceId); }
        public boolean committed(String framework, String risk) { return false; }
        public int riskEvents(Severity severity) { return 0; }
        public boolean reached(String framework, String step) { return false; }
        public int stepsReached(String framework) { return 0; }
    }

    private static Facts values(Object... pairs) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put((String) pairs[i], (Integer) pairs[i + 1]);
        return new TestFacts(m, Set.of(), Set.of());
    }

    private static boolean eval(String condition, Facts facts) {
        return Condition.parse(condition).test(facts);
    }

    private static ConditionSyntaxException syntaxError(String condition) {
        ConditionSyntaxException e = catchThrowableOfType(ConditionSyntaxException.class, () -> Condition.parse(condition));
        assertThat(e).as("'%s' is refused", condition).isNotNull();
        return e;
    }

    // --- comparisons ---

    @ParameterizedTest(name = "{0} with rapport={1} is {2}")
    @CsvSource({
            "rapport < 5, 4, true", "rapport < 5, 5, false",
            "rapport <= 5, 5, true", "rapport <= 5, 6, false",
            "rapport > 5, 6, true", "rapport > 5, 5, false",
            "rapport >= 5, 5, true", "rapport >= 5, 4, false",
            "rapport == 5, 5, true", "rapport == 5, 4, false",
            "rapport != 5, 4, true", "rapport != 5, 5, false",
            "rapport >= -1, 0, true", "rapport > +2, 2, false",
    })
    void comparisonsCompareTheVariableWithTheNumber(String condition, int rapport, boolean expected) {
        assertThat(eval(condition, values("rapport", rapport))).isEqualTo(expected);
    }

    @Test
    void comparisonIsParsedIntoVariableOperatorAndNumber() {
        Condition c = Condition.parse("rapport>=5");
        assertThat(c).isEqualTo(new Condition.Comparison("rapport", ">=", 5, "rapport>=5"));
    }

    @Test
    void sourceIsTheTrimmedText() {
        assertThat(Condition.parse("   rapport >= 5  ").source()).isEqualTo("rapport >= 5");
    }

    @Test
    void identifiersMayContainDashesDotsAndDigits() {
        Condition c = Condition.parse("stress-level.2 < 3");
        assertThat(c.referenceSet()).containsExactly(new Reference(Kind.VARIABLE, "stress-level.2"));
    }

    // --- and / or / not ---

    @Test
    void andBindsTighterThanOr() {
        // a or (b and c): true because a holds; (a or b) and c would be false.
        Facts f = values("a", 1, "b", 0, "c", 0);
        assertThat(eval("a > 0 or b > 0 and c > 0", f)).isTrue();
        assertThat(Condition.parse("a > 0 or b > 0 and c > 0")).isInstanceOf(Condition.Or.class)
                .extracting(c -> ((Condition.Or) c).right()).isInstanceOf(Condition.And.class);
    }

    @Test
    void andBindsTighterThanOrOnTheLeftToo() {
        // (a and b) or c: true because c holds; a and (b or c) would be false.
        assertThat(eval("a > 0 and b > 0 or c > 0", values("a", 0, "b", 0, "c", 1))).isTrue();
    }

    @Test
    void notBindsTighterThanAnd() {
        // (not a) and b: false because b fails; not (a and b) would be true.
        assertThat(eval("not a > 0 and b > 0", values("a", 0, "b", 0))).isFalse();
        assertThat(eval("not a > 0 and b > 0", values("a", 0, "b", 1))).isTrue();
    }

    @Test
    void doubleNotCancels() {
        assertThat(eval("not not a > 0", values("a", 1))).isTrue();
        assertThat(eval("not not a > 0", values("a", 0))).isFalse();
    }

    @Test
    void parenthesesOverridePrecedence() {
        Facts f = values("a", 1, "b", 0, "c", 0);
        assertThat(eval("(a > 0 or b > 0) and c > 0", f)).isFalse();
        assertThat(eval("a > 0 or (b > 0 and c > 0)", f)).isTrue();
        assertThat(eval("not (a > 0 and c > 0)", f)).isTrue();
    }

    @Test
    void keywordsNeedAWordBoundary() {
        // "notes", "order" and "andere" are variables, not the keywords not/or/and.
        assertThat(eval("notes > 1", values("notes", 2))).isTrue();
        assertThat(eval("order > 1 and andere < 1", values("order", 2, "andere", 0))).isTrue();
    }

    // --- visited / chosen / constants ---

    @Test
    void visitedAndChosenAskTheHistory() {
        Facts f = new TestFacts(Map.of(), Set.of("mail"), Set.of("mail-tips"));
        assertThat(eval("visited(mail)", f)).isTrue();
        assertThat(eval("visited(open)", f)).isFalse();
        assertThat(eval("chosen(mail-tips)", f)).isTrue();
        assertThat(eval("chosen( mail-later )", f)).isFalse();
        assertThat(eval("visited(mail) and not chosen(mail-later)", f)).isTrue();
    }

    @Test
    void trueAndFalseAreConstants() {
        Facts f = values();
        assertThat(eval("true", f)).isTrue();
        assertThat(eval("false", f)).isFalse();
        assertThat(eval("false or true", f)).isTrue();
        assertThat(eval("true and false", f)).isFalse();
        assertThat(Condition.parse("true").referenceSet()).isEmpty();
    }

    // --- errors: message and 1-based column ---

    @Test
    void emptyConditionIsRefusedAtColumnOne() {
        for (String empty : new String[] {"", "   ", null}) {
            ConditionSyntaxException e = syntaxError(empty);
            assertThat(e.column()).isEqualTo(1);
            assertThat(e.problem().code()).isEqualTo(FindingCode.CONDITION_EMPTY);
        }
    }

    @Test
    void danglingOperatorAtTheEndPointsPastTheLastCharacter() {
        ConditionSyntaxException e = syntaxError("rapport >= 5 and");
        assertThat(e.column()).isEqualTo("rapport >= 5 and".length() + 1);
        assertThat(e.problem()).isEqualTo(Problem.of(FindingCode.CONDITION_ENDS_EARLY, "rapport >= 5 and", 17));
    }

    @Test
    void leadingOperatorIsNamed() {
        ConditionSyntaxException e = syntaxError("and rapport > 1");
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.problem().code()).isEqualTo(FindingCode.CONDITION_WORD_ALONE);
        assertThat(e.problem().arg("word")).isEqualTo("and");
    }

    @Test
    void doubledOperatorPointsAtTheSecond() {
        ConditionSyntaxException e = syntaxError("rapport >= 5 or or a > 1");
        assertThat(e.column()).isEqualTo(17);
        assertThat(e.problem().arg("word")).isEqualTo("or");
    }

    @Test
    void missingNumberPointsWhereTheNumberShouldBe() {
        ConditionSyntaxException e = syntaxError("rapport >= x");
        assertThat(e.column()).isEqualTo(12);
        assertThat(e.problem().code()).isEqualTo(FindingCode.CONDITION_EXPECTED_NUMBER);
        assertThat(e.problem().arg("operator")).isEqualTo(">=");

        ConditionSyntaxException atEnd = syntaxError("rapport >=");
        assertThat(atEnd.column()).isEqualTo(11);
    }

    @Test
    void overlongNumberIsNotAWholeNumber() {
        ConditionSyntaxException e = syntaxError("rapport > 12345678901");
        assertThat(e.column()).isEqualTo(11);
        assertThat(e.problem().code()).isEqualTo(FindingCode.CONDITION_EXPECTED_NUMBER);
    }

    @Test
    void missingOperatorIsExplained() {
        ConditionSyntaxException e = syntaxError("rapport = 5");
        assertThat(e.column()).isEqualTo(9);
        assertThat(e.problem().code()).isEqualTo(FindingCode.CONDITION_EXPECTED_COMPARISON);
        assertThat(e.problem().arg("after")).isEqualTo("rapport");
    }

    @Test
    void unknownCharacterIsNamedWithItsColumn() {
        ConditionSyntaxException e = syntaxError("rapport >= 5 & openness < 3");
        assertThat(e.column()).isEqualTo(14);
        assertThat(e.problem().code()).isEqualTo(FindingCode.CONDITION_UNEXPECTED);
        assertThat(e.problem().args().subList(1, 3)).containsExactly(14, "&");
    }

    @Test
    void unknownCharacterAtTheStartIsRefused() {
        ConditionSyntaxException e = syntaxError("@rapport > 1");
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.problem().code()).isEqualTo(FindingCode.CONDITION_EXPECTED_TERM);
    }

    @Test
    void unclosedParenthesisPointsAtTheEnd() {
        ConditionSyntaxException e = syntaxError("(rapport >= 5");
        assertThat(e.column()).isEqualTo(14);
        assertThat(e.problem().code()).isEqualTo(FindingCode.CONDITION_EXPECTED_CHARACTER);
        assertThat(e.problem().arg("character")).isEqualTo(")");
    }

    @Test
    void unclosedCallIsRefused() {
        assertThat(syntaxError("visited(mail").column()).isEqualTo(13);
        ConditionSyntaxException empty = syntaxError("chosen()");
        assertThat(empty.column()).isEqualTo(8);
        assertThat(empty.problem().code()).isEqualTo(FindingCode.CONDITION_EXPECTED_ID);
        assertThat(empty.problem().arg("word")).isEqualTo("chosen");
    }

    @Test
    void strayClosingParenthesisIsRefused() {
        ConditionSyntaxException e = syntaxError("rapport > 1)");
        assertThat(e.column()).isEqualTo(12);
        assertThat(e.problem().code()).isEqualTo(FindingCode.CONDITION_UNEXPECTED);
        assertThat(e.problem().arg("character")).isEqualTo(")");
    }

    // --- hostile nesting ---

    @Test
    @Timeout(5)
    void tenThousandOpenParenthesesAreRefusedWithoutStackOverflow() {
        String deep = "(".repeat(10_000) + "a > 1" + ")".repeat(10_000);
        ConditionSyntaxException e = syntaxError(deep);
        assertThat(e.getMessage()).isNotBlank();
    }

    @Test
    @Timeout(5)
    void tenThousandNotsAreRefusedWithoutStackOverflow() {
        ConditionSyntaxException e = syntaxError("not ".repeat(10_000) + "a > 1");
        assertThat(e.getMessage()).isNotBlank();
    }

    @Test
    @Timeout(5)
    void deepNestingWithinTheLengthLimitIsRefusedAsTooDeep() {
        ConditionSyntaxException parens = syntaxError("(".repeat(900) + "a > 1" + ")".repeat(900));
        assertThat(parens.problem().code()).isEqualTo(FindingCode.CONDITION_NESTED_TOO_DEEPLY);
        ConditionSyntaxException nots = syntaxError("not ".repeat(400) + "a > 1");
        assertThat(nots.problem().code()).isEqualTo(FindingCode.CONDITION_NESTED_TOO_DEEPLY);
    }

    @Test
    void ordinaryNestingIsAccepted() {
        assertThat(eval("(".repeat(30) + "a > 1" + ")".repeat(30), values("a", 2))).isTrue();
        assertThat(eval("not ".repeat(30) + "a > 1", values("a", 2))).isTrue();
    }

    @Test
    void longFlatChainsAreAccepted() {
        // Not nesting: a long and-chain is parsed iteratively.
        String chain = String.join(" and ", java.util.Collections.nCopies(150, "a > 1"));
        assertThat(eval(chain, values("a", 2))).isTrue();
        assertThat(eval(chain, values("a", 1))).isFalse();
    }

    // --- references ---

    @Test
    void referencesListVariablesVisitedAndChosenInOrder() {
        Condition c = Condition.parse("rapport >= 5 and (visited(mail) or not chosen(mail-tips)) and openness < 3");
        assertThat(c.referenceSet()).containsExactly(
                new Reference(Kind.VARIABLE, "rapport"),
                new Reference(Kind.VISITED, "mail"),
                new Reference(Kind.CHOSEN, "mail-tips"),
                new Reference(Kind.VARIABLE, "openness"));
    }

    @Test
    void referencesAreListedOnce() {
        assertThat(Condition.parse("rapport > 1 and rapport < 5").referenceSet())
                .containsExactly(new Reference(Kind.VARIABLE, "rapport"));
    }

    @Test
    void parseThrowsConditionSyntaxExceptionForBadInput() {
        assertThatThrownBy(() -> Condition.parse("rapport >")).isInstanceOf(ConditionSyntaxException.class);
    }
}
