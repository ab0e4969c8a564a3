package nl.coachdans.desktop.hooks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's figures: median and 99th percentile by nearest rank, and the line the script reads. */
class FrameTimesTest {

    @Test
    void medianAndPercentileByNearestRank() {
        FrameTimes t = new FrameTimes(1000);
        for (int i = 1; i <= 100; i++) t.add(i * 1_000_000L); // 1 .. 100 ms
        assertThat(t.count()).isEqualTo(100);
        assertThat(t.medianMs()).isEqualTo(50.0);
        assertThat(t.percentileMs(99)).isEqualTo(99.0);
        assertThat(t.percentileMs(100)).isEqualTo(100.0);
        assertThat(t.report()).isEqualTo("replay frames: 100, median 50.00 ms, p99 99.00 ms");
        assertThat(t.over(1000.0 / 60)).isEqualTo(84);
        assertThat(t.slowReport()).isEqualTo("replay frames over 16.7 ms: 84 (84.0%)");
    }

    @Test
    void keepsNoMoreThanItsCapacityAndCopesWithNothing() {
        FrameTimes t = new FrameTimes(3);
        assertThat(t.medianMs()).isZero();
        for (int i = 0; i < 10; i++) t.add(5_000_000L);
        assertThat(t.count()).isEqualTo(3);
        assertThat(t.medianMs()).isEqualTo(5.0);
    }
}
