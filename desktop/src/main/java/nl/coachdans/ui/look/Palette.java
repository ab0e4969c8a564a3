package nl.coachdans.ui.look;

import com.badlogic.gdx.graphics.Color;

/**
 * The colours of one look. The calm palette uses a warm paper background and a muted teal accent
 * so long reading is restful; the high-contrast palette is white and yellow on black, with a
 * cyan focus ring that no other colour uses.
 */
public record Palette(
        Color background,
        Color surface,
        Color surfaceAlt,
        Color border,
        Color text,
        Color muted,
        Color disabled,
        Color accent,
        Color onAccent,
        Color focus,
        Color danger,
        Color warning,
        Color success,
        Color coach,
        Color calm,
        Color tense,
        boolean highContrast) {

    public static Palette calmPalette() {
        return new Palette(
                hex("F3EFE7"), hex("FFFFFF"), hex("E8E2D6"), hex("C9C0B0"),
                hex("26272B"), hex("5A5650"), hex("8F8A82"),
                hex("2F6F73"), hex("FFFFFF"), hex("D98E04"),
                hex("A8322A"), hex("9A6412"), hex("2E6B34"),
                hex("DCEBEA"), hex("8FC1B5"), hex("E39A7D"), false);
    }

    public static Palette highContrastPalette() {
        return new Palette(
                hex("000000"), hex("000000"), hex("1A1A1A"), hex("FFFFFF"),
                hex("FFFFFF"), hex("F0F0F0"), hex("B0B0B0"),
                hex("FFE135"), hex("000000"), hex("00E5FF"),
                hex("FF8A80"), hex("FFD180"), hex("B9F6CA"),
                hex("002B36"), hex("4DB6AC"), hex("FF7043"), true);
    }

    private static Color hex(String rgb) {
        return Color.valueOf(rgb);
    }
}
