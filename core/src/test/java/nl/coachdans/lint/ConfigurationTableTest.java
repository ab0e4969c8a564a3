package nl.coachdans.lint;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigurationTableTest {

    @Test
    void numbersConfigurationsInTheOrderTheyAreAdded() {
        ConfigurationTable t = new ConfigurationTable(3);
        assertThat(t.add(new int[] {4, 5, 6})).isZero();
        assertThat(t.add(new int[] {4, 5, 7})).isEqualTo(1);
        assertThat(t.size()).isEqualTo(2);
        assertThat(t.find(new int[] {4, 5, 7})).isEqualTo(1);
        assertThat(t.find(new int[] {4, 5, 6})).isZero();
        int[] back = new int[3];
        t.read(1, back);
        assertThat(back).containsExactly(4, 5, 7);
        assertThat(t.get(0, 2)).isEqualTo(6);
    }

    @Test
    void doesNotFindWhatWasNeverAdded() {
        ConfigurationTable t = new ConfigurationTable(2);
        assertThat(t.find(new int[] {0, 0})).isEqualTo(-1);
        t.add(new int[] {1, 2});
        assertThat(t.find(new int[] {2, 1})).isEqualTo(-1);
        assertThat(t.find(new int[] {1, 3})).isEqualTo(-1);
        assertThat(t.find(new int[] {0, 0})).isEqualTo(-1);
    }

    @Test
    void findsConfigurationsThatShareASlotAndWrapAroundTheEnd() {
        // Configurations whose hash points at the last of 16 slots: the later ones must probe past it.
        List<int[]> sameSlot = new ArrayList<>();
        for (int k = 0; sameSlot.size() < 5; k++) {
            int[] c = {k, -k, 7};
            if ((ConfigurationTable.hash(c, 0, 3) & 15) == 15) sameSlot.add(c);
        }
        ConfigurationTable t = new ConfigurationTable(3, 8);
        for (int i = 0; i < 4; i++) assertThat(t.add(sameSlot.get(i))).isEqualTo(i);
        for (int i = 0; i < 4; i++) assertThat(t.find(sameSlot.get(i))).isEqualTo(i);
        assertThat(t.find(sameSlot.get(4))).as("absent, behind the same cluster").isEqualTo(-1);
    }

    @Test
    void keepsEverythingWhileGrowingFromTheSmallestSize() {
        ConfigurationTable t = new ConfigurationTable(4, 1);
        int n = 50_000;
        for (int i = 0; i < n; i++) assertThat(t.add(new int[] {i % 7, i / 7, i, -i})).isEqualTo(i);
        assertThat(t.size()).isEqualTo(n);
        for (int i = 0; i < n; i++) assertThat(t.find(new int[] {i % 7, i / 7, i, -i})).isEqualTo(i);
        for (int i = 0; i < 1000; i++) assertThat(t.find(new int[] {i % 7, i / 7, i, i + 1})).isEqualTo(-1);
        int[] back = new int[4];
        t.read(n - 1, back);
        assertThat(back).containsExactly((n - 1) % 7, (n - 1) / 7, n - 1, -(n - 1));
    }

    @Test
    void refusesAConfigurationOfTheWrongWidth() {
        ConfigurationTable t = new ConfigurationTable(2);
        assertThatThrownBy(() -> t.add(new int[] {1, 2, 3})).isInstanceOf(IllegalArgumentException.class);
    }
}
