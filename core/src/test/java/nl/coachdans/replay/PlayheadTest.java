package nl.coachdans.replay;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The replay's position over time: stepping, jumping, playing, speed, and never moving while paused. */
class PlayheadTest {
    /** Three moves of 1, 2 and 0.5 seconds. */
    private static Playhead head() {
        return new Playhead(new float[] {0, 1f, 2f, 0.5f});
    }

    private static void run(Playhead h, float seconds) {
        for (float t = 0; t < seconds; t += 0.01f) h.update(0.01f);
    }

    @Test
    void startsAtTheStartingPositionAndNeverMovesWhilePaused() {
        Playhead h = head();
        assertThat(h.to()).isZero();
        assertThat(h.moving()).isFalse();
        run(h, 60);
        assertThat(h.to()).isZero();
        assertThat(h.playing()).isFalse();
    }

    @Test
    void aStepForwardTakesTheMovesOwnTimeAndReportsTheArrivalOnce() {
        Playhead h = head();
        h.forward();
        h.forward(); // a second step completes the first move and starts the next
        assertThat(h.from()).isEqualTo(1);
        assertThat(h.to()).isEqualTo(2);
        assertThat(h.jumping()).isFalse();
        int arrivals = 0;
        for (int i = 0; i < 190; i++) if (h.update(0.01f)) arrivals++;
        assertThat(h.moving()).as("2 s move after 1.9 s").isTrue();
        for (int i = 0; i < 20; i++) if (h.update(0.01f)) arrivals++;
        assertThat(h.moving()).isFalse();
        assertThat(arrivals).isEqualTo(1);
    }

    @Test
    void stepsStopAtBothEnds() {
        Playhead h = head();
        h.back();
        assertThat(h.to()).isZero();
        for (int i = 0; i < 5; i++) h.forward();
        assertThat(h.to()).isEqualTo(3);
        run(h, 1);
        h.back();
        assertThat(h.to()).isEqualTo(2);
        assertThat(h.jumping()).as("a step back is a quick move").isTrue();
    }

    @Test
    void stepBackDuringAMoveReturnsToWhereItStarted() {
        Playhead h = head();
        h.forward();
        h.update(0.3f);
        h.back();
        assertThat(h.to()).isZero();
        run(h, 1);
        assertThat(h.to()).isZero();
        assertThat(h.moving()).isFalse();
    }

    @Test
    void playingMovesOnAfterARestAndStopsAtTheEnd() {
        Playhead h = head();
        h.play();
        assertThat(h.playing()).isTrue();
        h.update(0.01f);
        assertThat(h.to()).as("the first move starts at once").isEqualTo(1);
        run(h, 30);
        assertThat(h.to()).isEqualTo(3);
        assertThat(h.playing()).isFalse();
        h.play();
        assertThat(h.to()).as("play at the end starts again from the beginning").isZero();
    }

    @Test
    void pausingStopsAfterTheCurrentMove() {
        Playhead h = head();
        h.play();
        h.update(0.01f);
        h.pause();
        run(h, 30);
        assertThat(h.to()).isEqualTo(1);
        assertThat(h.moving()).isFalse();
    }

    @Test
    void loopingStartsOverAtTheEnd() {
        Playhead h = head();
        h.loop(true);
        h.play();
        run(h, 30);
        assertThat(h.playing()).isTrue();
    }

    @Test
    void jumpsGoStraightToAFigureClampedToTheTurns() {
        Playhead h = head();
        h.jumpTo(99);
        assertThat(h.to()).isEqualTo(3);
        assertThat(h.jumping()).isTrue();
        run(h, 1);
        assertThat(h.moving()).isFalse();
        h.jumpTo(-4);
        assertThat(h.to()).isZero();
    }

    @Test
    void speedScalesTimeWithinItsRange() {
        Playhead fast = head();
        for (int i = 0; i < 10; i++) fast.faster();
        assertThat(fast.speed()).isEqualTo(Playhead.SPEEDS[Playhead.SPEEDS.length - 1]);
        fast.forward();
        fast.forward();
        run(fast, 2f / fast.speed() + 0.05f);
        assertThat(fast.moving()).isFalse();
        Playhead slow = head();
        for (int i = 0; i < 10; i++) slow.slower();
        assertThat(slow.speed()).isEqualTo(Playhead.SPEEDS[0]);
    }
}
