package nl.coachdans.ui.debrief;

import nl.coachdans.scenario.Role;

import com.badlogic.gdx.graphics.Color;
import nl.coachdans.ui.look.Palette;

/**
 * Colours and line styles for the client-state chart: red for emotion, blue for rapport, green for
 * openness (other variables take the remaining colours), each bright enough on black in high
 * contrast. The dash and mark make the lines distinguishable without colour.
 */
final class ChartColors {
    private static final String[] CALM = {"C0392B", "1F5FA8", "2E7D32", "7B4FA0", "8A6D1F"};
    private static final String[] BRIGHT = {"FF8A80", "82B1FF", "B9F6CA", "E1BEE7", "FFE082"};
    private static final ChartInk.Mark[] MARKS = {ChartInk.Mark.SQUARE, ChartInk.Mark.DIAMOND, ChartInk.Mark.BAR};
    private static final float[][] DASHES = {{1, 0}, {1.4f, 0.6f}, {0.35f, 0.5f}};

    private ChartColors() {
    }

    /** The slot a variable gets: the three roles fixed, any other variable after them. */
    static int slot(Role role, int index) {
        if (role == null) return 3 + index % 2;
        return switch (role) {
            case EMOTION -> 0;
            case RAPPORT -> 1;
            case OPENNESS -> 2;
        };
    }

    static Color color(int slot, Palette palette) {
        return Color.valueOf((palette.highContrast() ? BRIGHT : CALM)[slot % CALM.length]);
    }

    static ChartInk.Mark mark(int slot) {
        return MARKS[slot % MARKS.length];
    }

    static float dash(int slot) {
        return DASHES[slot % DASHES.length][0];
    }

    static float gap(int slot) {
        return DASHES[slot % DASHES.length][1];
    }
}
