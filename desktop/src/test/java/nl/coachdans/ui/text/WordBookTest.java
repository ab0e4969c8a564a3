package nl.coachdans.ui.text;

import nl.coachdans.scenario.Language;
import nl.coachdans.words.WordBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plain-Java reader the class report, the choreography sheet and the command line use gives,
 * for every key of every bundle in both languages, the very text the game's I18NBundle gives.
 */
class WordBookTest {
    private static final Path ASSETS = Path.of("..", "assets");
    private static final List<String> BUNDLES = List.of("ui", "debrief", "trainer");
    /** Numbers small and large (grouping and plural choices differ by locale), text, and none. */
    private static final List<Object[]> ARGUMENTS = List.of(new Object[] {1, 2, 3, 4, 5}, new Object[] {0, 1234567, 12.5, 0, 2},
            new Object[] {"Noor", "mini-grow", "x", "y", "z"}, new Object[0]);

    @Test
    void bothReadersGiveTheSameTextForEveryKey() throws IOException {
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (String bundle : BUNDLES) {
            for (Language language : Language.values()) {
                Texts game = Texts.load(AssetFiles.in(ASSETS), bundle, language);
                WordBook book = WordBook.load(ASSETS, bundle, language);
                for (String key : keys(bundle)) {
                    if (!game.get(key).equals(book.text(key))) differences.add(bundle + "/" + language + " " + key + ": " + book.text(key));
                    for (Object[] args : ARGUMENTS) {
                        String expected = formatted(() -> game.format(key, args));
                        String actual = formatted(() -> book.text(key, args));
                        if (!expected.equals(actual)) differences.add(bundle + "/" + language + " " + key + ": " + actual + " instead of " + expected);
                        compared++;
                    }
                }
            }
        }
        assertThat(differences).isEmpty();
        assertThat(compared).as("every key was compared").isGreaterThan(2000);
    }

    @Test
    void englishFallsBackToDutchForAKeyItLacksAndAMissingKeyShowsItself() {
        WordBook en = WordBook.load(ASSETS, "ui", Language.EN);
        assertThat(en.text("menu.play")).isEqualTo("Play");
        assertThat(WordBook.load(ASSETS, "ui", Language.NL).text("menu.play")).isEqualTo("Spelen");
        assertThat(en.text("no.such.key", 1)).isEqualTo("no.such.key");
        assertThat(en.has("no.such.key")).isFalse();
    }

    @Test
    void thePackedCopyReadsLikeTheFolder() {
        WordBook packed = WordBook.load(null, "trainer", Language.EN);
        assertThat(packed.text("progress.title")).isEqualTo("My growth");
    }

    @Test
    void quotesAndDoubledBracesAreReadAsI18NBundleReadsThem(@TempDir Path assets) throws IOException {
        Files.createDirectories(assets.resolve("i18n"));
        Files.writeString(assets.resolve("i18n/x.properties"), "quote=it's {0}\nbraces={{literal}} {0}\nnested={{{0}}}\n"
                + "plural={0,choice,0#geen|1#één|1<{0} stuks}\nescaped=a\\u00e9 \\\n  b\n", StandardCharsets.UTF_8);
        Texts game = Texts.load(AssetFiles.in(assets), "x", Language.NL);
        WordBook book = WordBook.load(assets, "x", Language.NL);
        for (String key : List.of("quote", "braces", "nested", "plural", "escaped")) {
            for (Object[] args : List.of(new Object[] {7}, new Object[] {1}, new Object[] {"z"})) {
                assertThat(formatted(() -> book.text(key, args))).as(key).isEqualTo(formatted(() -> game.format(key, args)));
            }
        }
        assertThat(book.text("quote", 7)).isEqualTo("it's 7");
    }

    private static Set<String> keys(String bundle) throws IOException {
        Set<String> keys = new TreeSet<>(BundleFiles.load(bundle + ".properties").stringPropertyNames());
        keys.addAll(BundleFiles.load(bundle + "_en.properties").stringPropertyNames());
        return keys;
    }

    /** The text, or the kind of failure when the pattern does not take these arguments (both must fail alike). */
    private static String formatted(java.util.function.Supplier<String> f) {
        try {
            return f.get();
        } catch (IllegalArgumentException e) {
            return "fails: " + e.getClass().getSimpleName();
        }
    }
}
