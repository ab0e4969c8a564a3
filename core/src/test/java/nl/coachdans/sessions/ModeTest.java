package nl.coachdans.sessions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Each practice/exam rule, pinned for both modes; the places that apply them ask these. */
class ModeTest {

    /** The rules as a table: what practice allows, what exam allows. */
    static Stream<Arguments> rules() {
        return Stream.of(
                rule("feedback after each choice", Mode::showsFeedbackPerTurn, true, false),
                rule("taking a choice back", Mode::allowsTakingBack, true, false),
                rule("an open attempt must be resumed", Mode::mustResumeOpenAttempt, false, true),
                rule("a trainer's own client follows its file", Mode::followsFileEdits, true, false));
    }

    private static Arguments rule(String name, Predicate<Mode> rule, boolean practice, boolean exam) {
        return Arguments.of(name, rule, practice, exam);
    }

    @ParameterizedTest(name = "{0}: practice {2}, exam {3}")
    @MethodSource("rules")
    void eachRuleHoldsAsStatedForBothModes(String name, Predicate<Mode> rule, boolean practice, boolean exam) {
        assertThat(rule.test(Mode.PRACTICE)).as("practice: %s", name).isEqualTo(practice);
        assertThat(rule.test(Mode.EXAM)).as("exam: %s", name).isEqualTo(exam);
    }

    @Test
    void aRecordWithoutAModeWasPlayedInPractice() {
        assertThat(Mode.orDefault(null)).isEqualTo(Mode.PRACTICE);
        assertThat(Mode.orDefault(Mode.EXAM)).isEqualTo(Mode.EXAM);
        assertThat(Mode.orDefault(Mode.PRACTICE)).isEqualTo(Mode.PRACTICE);
    }
}
