package nl.coachdans.ui.replay;

import com.badlogic.gdx.graphics.Color;
import nl.coachdans.ui.look.Palette;

/**
 * The dance floor's colours: the same as the choreography sheet (coach blue, client orange, grey
 * ghost, green where a move fitted, red stumbles) on the calm look, brighter on black for high
 * contrast. The rose itself follows the look's background.
 */
final class FloorColors {
    final Color coach;
    final Color client;
    final Color ghost;
    final Color tune;
    final Color stumble;
    final Color disc;
    final Color shade;
    final Color line;
    final Color axis;
    final Color rim;
    final Color octantText;
    final Color axisText;
    final Color background;
    final Color link;
    final Color onDot;
    final boolean highContrast;

    FloorColors(Palette p) {
        highContrast = p.highContrast();
        background = new Color(p.background());
        axisText = new Color(p.text());
        if (highContrast) {
            coach = Color.valueOf("6EA8FF");
            client = Color.valueOf("FFA64D");
            ghost = Color.valueOf("C8C8C8");
            tune = Color.valueOf("69F0AE");
            stumble = Color.valueOf("FF5252");
            disc = Color.valueOf("0E0E0E");
            shade = Color.valueOf("1C1C1C");
            line = Color.valueOf("4A4A4A");
            axis = Color.valueOf("A0A0A0");
            rim = Color.valueOf("FFFFFF");
            octantText = Color.valueOf("D0D0D0");
            link = Color.valueOf("F0F0F0");
            onDot = Color.valueOf("000000");
        } else {
            coach = Color.valueOf("1F5FA8");
            client = Color.valueOf("D9771E");
            ghost = Color.valueOf("8C959F");
            tune = Color.valueOf("2E9D5B");
            stumble = Color.valueOf("C0392B");
            disc = Color.valueOf("FBFAF7");
            shade = Color.valueOf("F1EDE6");
            line = Color.valueOf("DDD6CA");
            axis = Color.valueOf("B5AC9E");
            rim = Color.valueOf("A49B8E");
            octantText = Color.valueOf("7A746B");
            link = Color.valueOf("4B4740");
            onDot = Color.valueOf("FFFFFF");
        }
    }
}
