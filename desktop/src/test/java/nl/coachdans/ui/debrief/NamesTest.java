package nl.coachdans.ui.debrief;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Shortening long content texts for compact lists, without cutting words. */
class NamesTest {

    @Test
    void firstSentenceKeepsShortOpeningsWhole() {
        assertThat(Names.firstSentence("Merk op hoe heftig de emotie is: de klant lijkt overspoeld. Nog meer."))
                .isEqualTo("Merk op hoe heftig de emotie is: de klant lijkt overspoeld.");
        assertThat(Names.firstSentence("Kort. En nog een zin die langer is dan twintig tekens."))
                .as("a first sentence under 20 characters is joined by the next").isEqualTo("Kort. En nog een zin die langer is dan twintig tekens.");
        assertThat(Names.firstSentence(null)).isEmpty();
    }

    @Test
    void shortenCutsAtAWordWithAnEllipsisAndFlattensWhitespace() {
        assertThat(Names.shorten("Hoi,\n\nik   moet dit even kwijt", 100)).isEqualTo("Hoi, ik moet dit even kwijt");
        String s = Names.shorten("een twee drie vier vijf zes zeven acht", 20);
        assertThat(s).endsWith("\u2026").hasSizeLessThanOrEqualTo(20);
        assertThat(s).isEqualTo("een twee drie vier\u2026");
    }
}
