package nl.coachdans.ui.widget;

import nl.coachdans.play.Mood;
import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.Pixmap;
import nl.coachdans.scenario.Appearance;
import nl.coachdans.ui.look.Painter;
import nl.coachdans.ui.look.Painter.Shape;
import nl.coachdans.ui.look.Palette;

/**
 * Paints the client as a simple, friendly bust in the client's own looks (hair, skin, clothing, age,
 * glasses, beard), with the mood shown in small cues on top: a warm or cool glow behind the head
 * (agitation), brows drawn together (agitation), the curve of the mouth (rapport) and folded arms
 * when the client is closed (openness). Abstract on purpose: no face to judge, only the signals a
 * coach learns to notice.
 */
final class FigurePainter {
    static final int WIDTH = 220, HEIGHT = 260;
    private static final Color INK = Color.valueOf("2B2420");

    private final Palette palette;
    private final Appearance look;

    FigurePainter(Palette palette, Appearance look) {
        this.palette = palette;
        this.look = look;
    }

    Pixmap paint(Mood mood) {
        Pixmap pm = new Pixmap(WIDTH, HEIGHT, Pixmap.Format.RGBA8888);
        pm.setColor(0, 0, 0, 0);
        pm.fill();
        Painter p = new Painter(pm);
        float agitation = mood.agitation() / (float) (Mood.LEVELS - 1);
        float rapport = mood.rapport() / (float) (Mood.LEVELS - 1);
        float openness = mood.openness() / (float) (Mood.LEVELS - 1);

        Color glow = new Color(palette.calm()).lerp(palette.tense(), agitation);
        glow.a = palette.highContrast() ? 0.55f : 0.45f;
        p.glow(110, 100, 105, glow);

        Color skin = skin(look.skin());
        Color hair = hair(look.hairColour());
        Color cloth = cloth(look.colour());
        if (palette.highContrast()) {
            // On the dark high-contrast background, dark hair and clothes would lose their outline.
            cloth.lerp(Color.WHITE, 0.2f);
            if (hair.r + hair.g + hair.b < 0.6f) hair.lerp(Color.WHITE, 0.3f);
        }
        Color clothDark = new Color(cloth).lerp(Color.BLACK, 0.3f);

        // Long hair falls behind the shoulders, so it is painted first.
        backHair(p, hair);
        // Shoulders and body; a closed client pulls the shoulders up a little.
        float shoulderY = 200 - (1 - openness) * 8;
        p.fill(Painter.ellipse(110, shoulderY + 70, 92, 80), cloth);
        p.fill(Painter.capsule(110, 150, 110, 178, 16), skin); // neck
        clothingDetails(p, shoulderY, cloth, clothDark);
        // Head with hair.
        if (look.hair() == Appearance.Hair.SHORT || look.hair() == Appearance.Hair.CURLY) {
            p.fill(Painter.circle(110, 98, 56), hair);
        }
        p.fill(Painter.capsule(60, 108, 60, 116, 7), skin); // ears
        p.fill(Painter.capsule(160, 108, 160, 116, 7), skin);
        p.fill(Painter.ellipse(110, 108, 50, 56), skin);
        beard(p, hair);
        frontHair(p, hair);
        ageLines(p, skin, hair);

        // Eyes.
        p.fill(Painter.circle(90, 104, 5.5f), INK);
        p.fill(Painter.circle(130, 104, 5.5f), INK);
        if (look.glasses()) glasses(p);
        // Brows: inner ends drop as agitation rises.
        Color brow = look.hairColour() == Appearance.HairColour.WHITE || look.hair() == Appearance.Hair.BALD
                ? new Color(hair).lerp(INK, 0.4f) : hair;
        float inner = 88 + agitation * 6, outer = 88 - agitation * 1.5f;
        p.fill(Painter.capsule(76, outer, 99, inner, 2.8f), brow);
        p.fill(Painter.capsule(144, outer, 121, inner, 2.8f), brow);

        // Mouth: a parabola from frown (-1) to smile (+1), traced as small dots.
        // An agitated client smiles less broadly, so tense brows never come with a grin.
        float curve = (rapport - 0.45f) * 2f * (rapport > 0.45f ? 1 - 0.6f * agitation : 1);
        for (int i = -16; i <= 16; i++) {
            float x = 110 + i;
            float y = 134 + curve * 6 * (1 - (i / 16f) * (i / 16f)); // y grows downwards: a lower middle smiles
            p.fill(Painter.circle(x, y, 2.4f), INK);
        }

        // Folded arms when the client is closed.
        if (openness < 0.35f) {
            p.fill(Painter.capsule(52, 236, 168, 222, 15), clothDark);
            p.fill(Painter.capsule(168, 236, 52, 222, 15), clothDark);
            p.fill(Painter.circle(56, 229, 11), skin);
            p.fill(Painter.circle(164, 229, 11), skin);
        }
        return pm;
    }

    private void backHair(Painter p, Color hair) {
        switch (look.hair()) {
            case LONG -> p.fill(Painter.roundedRect(52, 62, 116, 150, 46), hair);
            case BOB -> p.fill(Painter.roundedRect(52, 56, 116, 104, 44), hair);
            case PONYTAIL -> p.fill(Painter.capsule(150, 84, 166, 168, 11), hair);
            case BUN -> p.fill(Painter.circle(110, 44, 19), hair);
            default -> { }
        }
    }

    private void frontHair(Painter p, Color hair) {
        switch (look.hair()) {
            case CROPPED -> p.fill(Painter.ellipse(110, 64, 48, 16), hair);
            case SHORT, LONG, PONYTAIL, BUN -> p.fill(Painter.ellipse(110, 62, 50, 22), hair);
            case BOB -> {
                p.fill(Painter.ellipse(110, 62, 52, 24), hair);
                p.fill(Painter.capsule(62, 70, 60, 130, 7), hair);
                p.fill(Painter.capsule(158, 70, 160, 130, 7), hair);
            }
            case CURLY -> {
                for (int i = 0; i < 9; i++) {
                    double a = Math.PI * (0.95 + i * 0.1375);
                    p.fill(Painter.circle(110 + (float) Math.cos(a) * 48, 84 + (float) Math.sin(a) * 40, 15), hair);
                }
            }
            case BALD -> {
                p.fill(Painter.capsule(62, 92, 64, 118, 5), hair);
                p.fill(Painter.capsule(158, 92, 156, 118, 5), hair);
            }
        }
    }

    private void beard(Painter p, Color hair) {
        // A beard grows on the face only: every shape is cut to the face's own outline.
        Shape face = Painter.ellipse(110, 108, 51, 57);
        Shape lowerFace = (x, y) -> Math.max(face.distance(x, y), 120 - y);
        switch (look.beard()) {
            case STUBBLE -> p.fill((x, y) -> Math.max(face.distance(x, y), 126 - y), withAlpha(hair, 0.16f));
            case SHORT -> p.fill(lowerFace, withAlpha(hair, 0.85f));
            case FULL -> p.fill((x, y) -> Math.max(Painter.ellipse(110, 112, 54, 62).distance(x, y), 112 - y), hair);
            case NONE -> { }
        }
        if (look.beard() == Appearance.Beard.SHORT || look.beard() == Appearance.Beard.FULL) {
            // Lips stay visible inside the beard, so the mouth's mood still reads.
            p.fill(Painter.ellipse(110, 134, 22, 9), withAlpha(skin(look.skin()), 0.9f));
        }
    }

    private void ageLines(Painter p, Color skin, Color hair) {
        Color line = new Color(skin).lerp(INK, 0.35f);
        switch (look.age()) {
            case OLDER -> {
                p.fill(Painter.capsule(92, 118, 86, 134, 1.1f), line);
                p.fill(Painter.capsule(128, 118, 134, 134, 1.1f), line);
                p.fill(Painter.capsule(78, 110, 72, 112, 0.9f), line);
                p.fill(Painter.capsule(142, 110, 148, 112, 0.9f), line);
                greyTemples(p, hair, 0.8f);
            }
            case MIDDLE -> greyTemples(p, hair, 0.45f);
            case YOUNG -> { }
        }
    }

    /** Grey at the temples, for age, unless the hair is grey already or there is none there. */
    private void greyTemples(Painter p, Color hair, float amount) {
        if (look.hairColour() == Appearance.HairColour.GREY || look.hairColour() == Appearance.HairColour.WHITE) return;
        // Only short styles leave the temples in sight.
        if (look.hair() != Appearance.Hair.SHORT && look.hair() != Appearance.Hair.CROPPED) return;
        Color grey = withAlpha(new Color(hair).lerp(Color.valueOf("B8B5B0"), amount), 1);
        p.fill(Painter.capsule(62, 78, 63, 100, 4.5f), grey);
        p.fill(Painter.capsule(158, 78, 157, 100, 4.5f), grey);
    }

    private void glasses(Painter p) {
        Color frame = Color.valueOf("3A3330");
        p.fill(ring(Painter.roundedRect(76, 94, 28, 20, 7), 1.6f), frame);
        p.fill(ring(Painter.roundedRect(116, 94, 28, 20, 7), 1.6f), frame);
        p.fill(Painter.capsule(104, 101, 116, 101, 1.5f), frame);
        p.fill(Painter.capsule(62, 100, 76, 100, 1.5f), frame);
        p.fill(Painter.capsule(144, 100, 158, 100, 1.5f), frame);
    }

    private void clothingDetails(Painter p, float shoulderY, Color cloth, Color clothDark) {
        float top = shoulderY - 6;
        Color white = Color.valueOf("F2F0EA");
        switch (look.clothing()) {
            case BLAZER -> {
                p.fill(triangle(110, top + 62, 92, top, 128, top), white);
                p.fill(Painter.capsule(92, top, 106, top + 56, 5), clothDark);
                p.fill(Painter.capsule(128, top, 114, top + 56, 5), clothDark);
            }
            case SHIRT_AND_TIE -> {
                p.fill(triangle(110, top + 40, 92, top, 128, top), white);
                p.fill(Painter.capsule(110, top + 6, 110, top + 58, 5), clothDark);
                p.fill(Painter.capsule(96, top, 108, top + 14, 4), white);
                p.fill(Painter.capsule(124, top, 112, top + 14, 4), white);
            }
            case SHIRT -> {
                p.fill(Painter.capsule(96, top, 108, top + 14, 4), new Color(cloth).lerp(Color.WHITE, 0.35f));
                p.fill(Painter.capsule(124, top, 112, top + 14, 4), new Color(cloth).lerp(Color.WHITE, 0.35f));
                for (int i = 0; i < 3; i++) p.fill(Painter.circle(110, top + 24 + i * 16, 2.2f), clothDark);
            }
            case JUMPER -> p.fill(ring(Painter.ellipse(110, top + 2, 22, 10), 2.5f), clothDark);
            case CARDIGAN -> {
                p.fill(Painter.roundedRect(96, top - 2, 28, 80, 8), new Color(cloth).lerp(Color.WHITE, 0.55f));
                p.fill(Painter.capsule(96, top, 96, top + 70, 2.5f), clothDark);
                p.fill(Painter.capsule(124, top, 124, top + 70, 2.5f), clothDark);
                for (int i = 0; i < 3; i++) p.fill(Painter.circle(127, top + 18 + i * 16, 2.2f), clothDark);
            }
            case POLO -> {
                p.fill(Painter.capsule(94, top - 2, 108, top + 10, 5), clothDark);
                p.fill(Painter.capsule(126, top - 2, 112, top + 10, 5), clothDark);
                p.fill(Painter.capsule(110, top + 8, 110, top + 30, 1.6f), clothDark);
            }
            case WORK_JACKET -> {
                p.fill(Painter.capsule(110, top + 4, 110, top + 80, 2), clothDark);
                p.fill(Painter.roundedRect(124, top + 26, 22, 16, 3), clothDark);
                p.fill(Painter.capsule(94, top - 2, 106, top + 12, 5), clothDark);
                p.fill(Painter.capsule(126, top - 2, 114, top + 12, 5), clothDark);
            }
        }
    }

    private static Shape ring(Shape shape, float halfWidth) {
        return (x, y) -> Math.abs(shape.distance(x, y)) - halfWidth;
    }

    /** A filled triangle (apex, then the two corners) as the intersection of three half-planes. */
    private static Shape triangle(float ax, float ay, float bx, float by, float cx, float cy) {
        float sign = Math.signum((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
        return (x, y) -> Math.max(edge(ax, ay, bx, by, x, y, sign),
                Math.max(edge(bx, by, cx, cy, x, y, sign), edge(cx, cy, ax, ay, x, y, sign)));
    }

    private static float edge(float ax, float ay, float bx, float by, float x, float y, float sign) {
        float ex = bx - ax, ey = by - ay;
        float len = (float) Math.sqrt(ex * ex + ey * ey);
        return -sign * (ex * (y - ay) - ey * (x - ax)) / len;
    }

    private static Color withAlpha(Color c, float a) {
        Color out = new Color(c);
        out.a = a;
        return out;
    }

    private static Color skin(Appearance.SkinTone tone) {
        return switch (tone) {
            case LIGHT -> Color.valueOf("F0D0B4");
            case LIGHT_MEDIUM -> Color.valueOf("D9B48F");
            case MEDIUM -> Color.valueOf("BF8D63");
            case MEDIUM_DARK -> Color.valueOf("97643F");
            case DARK -> Color.valueOf("6A432B");
        };
    }

    private static Color hair(Appearance.HairColour colour) {
        return switch (colour) {
            case BLACK -> Color.valueOf("1E1A18");
            case DARK_BROWN -> Color.valueOf("4A3A2E");
            case BROWN -> Color.valueOf("6E4C33");
            case AUBURN -> Color.valueOf("8C4226");
            case BLOND -> Color.valueOf("C8A35E");
            case GREY -> Color.valueOf("9C9893");
            case WHITE -> Color.valueOf("DCDAD5");
        };
    }

    private static Color cloth(Appearance.Colour colour) {
        return switch (colour) {
            case SLATE -> Color.valueOf("5D7A8C");
            case NAVY -> Color.valueOf("2F3F66");
            case BLUE -> Color.valueOf("4E7BB5");
            case TEAL -> Color.valueOf("2F8079");
            case GREEN -> Color.valueOf("4F7A46");
            case BURGUNDY -> Color.valueOf("7A2F3D");
            case PLUM -> Color.valueOf("6A4470");
            case MUSTARD -> Color.valueOf("C09A3A");
            case GREY -> Color.valueOf("8A8A88");
            case CHARCOAL -> Color.valueOf("3E4145");
        };
    }
}
