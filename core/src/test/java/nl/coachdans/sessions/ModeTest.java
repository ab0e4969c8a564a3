package nl.coachdans.sessions;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each practice/exam rule, pinned for both modes; the places that apply them ask these. */
class ModeTest {

    @Test
    void practiceShowsFeedbackAfterEachChoiceAndExamDoesNot() {
        assertThat(Mode.PRACTICE.showsFeedbackPerTurn()).isTrue();
        assertThat(Mode.EXAM.showsFeedbackPerTurn()).isFalse();
    }

    @Test
    void practiceAllowsTakingAChoiceBackAndInExamEveryChoiceIsFinal() {
        assertThat(Mode.PRACTICE.allowsTakingBack()).isTrue();
        assertThat(Mode.EXAM.allowsTakingBack()).isFalse();
    }

    @Test
    void anOpenExamAttemptMustBeResumedAndAnOpenPracticeAttemptNeedNotBe() {
        assertThat(Mode.EXAM.mustResumeOpenAttempt()).isTrue();
        assertThat(Mode.PRACTICE.mustResumeOpenAttempt()).isFalse();
    }

    @Test
    void onlyPracticeFollowsEditsOfATrainersOwnClient() {
        assertThat(Mode.PRACTICE.followsFileEdits()).isTrue();
        assertThat(Mode.EXAM.followsFileEdits()).isFalse();
    }

    @Test
    void aRecordWithoutAModeWasPlayedInPractice() {
        assertThat(Mode.orDefault(null)).isEqualTo(Mode.PRACTICE);
        assertThat(Mode.orDefault(Mode.EXAM)).isEqualTo(Mode.EXAM);
        assertThat(Mode.orDefault(Mode.PRACTICE)).isEqualTo(Mode.PRACTICE);
    }
}
