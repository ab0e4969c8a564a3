package nl.coachdans.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How the client looks, so that each client is drawn as the person of the text (Leonie, a team
 * leader in her forties, does not look like Marcel, a workshop teacher in his fifties). Only cues a
 * simple figure can carry: hair, skin tone, clothing, age and glasses. Any field left out takes the
 * neutral look; mood (emotion, rapport, openness) is drawn on top of whatever is chosen here.
 */
public record Appearance(Hair hair, HairColour hairColour, SkinTone skin, Clothing clothing,
                         Colour colour, Age age, Boolean glasses, Beard beard) {

    /** The look of a client whose scenario says nothing about it. */
    public static final Appearance NEUTRAL = new Appearance(null, null, null, null, null, null, null, null);

    public Appearance {
        hair = hair == null ? Hair.SHORT : hair;
        hairColour = hairColour == null ? HairColour.DARK_BROWN : hairColour;
        skin = skin == null ? SkinTone.LIGHT_MEDIUM : skin;
        clothing = clothing == null ? Clothing.JUMPER : clothing;
        colour = colour == null ? Colour.SLATE : colour;
        age = age == null ? Age.MIDDLE : age;
        glasses = glasses != null && glasses;
        beard = beard == null ? Beard.NONE : beard;
    }

    public enum Hair {
        @JsonProperty("cropped") CROPPED,
        @JsonProperty("short") SHORT,
        @JsonProperty("bob") BOB,
        @JsonProperty("long") LONG,
        @JsonProperty("ponytail") PONYTAIL,
        @JsonProperty("bun") BUN,
        @JsonProperty("curly") CURLY,
        @JsonProperty("bald") BALD
    }

    public enum HairColour {
        @JsonProperty("black") BLACK,
        @JsonProperty("dark-brown") DARK_BROWN,
        @JsonProperty("brown") BROWN,
        @JsonProperty("auburn") AUBURN,
        @JsonProperty("blond") BLOND,
        @JsonProperty("grey") GREY,
        @JsonProperty("white") WHITE
    }

    public enum SkinTone {
        @JsonProperty("light") LIGHT,
        @JsonProperty("light-medium") LIGHT_MEDIUM,
        @JsonProperty("medium") MEDIUM,
        @JsonProperty("medium-dark") MEDIUM_DARK,
        @JsonProperty("dark") DARK
    }

    public enum Clothing {
        @JsonProperty("blazer") BLAZER,
        @JsonProperty("shirt-and-tie") SHIRT_AND_TIE,
        @JsonProperty("shirt") SHIRT,
        @JsonProperty("jumper") JUMPER,
        @JsonProperty("cardigan") CARDIGAN,
        @JsonProperty("polo") POLO,
        @JsonProperty("work-jacket") WORK_JACKET
    }

    /** The main colour of the clothing; named, so that files stay readable and the palette safe. */
    public enum Colour {
        @JsonProperty("slate") SLATE,
        @JsonProperty("navy") NAVY,
        @JsonProperty("blue") BLUE,
        @JsonProperty("teal") TEAL,
        @JsonProperty("green") GREEN,
        @JsonProperty("burgundy") BURGUNDY,
        @JsonProperty("plum") PLUM,
        @JsonProperty("mustard") MUSTARD,
        @JsonProperty("grey") GREY,
        @JsonProperty("charcoal") CHARCOAL
    }

    public enum Age {
        @JsonProperty("young") YOUNG,
        @JsonProperty("middle") MIDDLE,
        @JsonProperty("older") OLDER
    }

    public enum Beard {
        @JsonProperty("none") NONE,
        @JsonProperty("stubble") STUBBLE,
        @JsonProperty("short") SHORT,
        @JsonProperty("full") FULL
    }
}
