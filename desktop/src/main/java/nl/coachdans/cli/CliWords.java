package nl.coachdans.cli;

import nl.coachdans.lint.BuiltInAssets;
import nl.coachdans.scenario.Language;
import nl.coachdans.scoring.Band;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The words the command line shares with the game, from the program's string bundles
 * ({@code i18n/ui} and {@code i18n/debrief}, Dutch or English): band names and the dance's words, so
 * {@code play --lang en} says "competent" where the game does.
 */
final class CliWords {
    private final Properties ui;
    private final Properties debrief;

    private CliWords(Properties ui, Properties debrief) {
        this.ui = ui;
        this.debrief = debrief;
    }

    static CliWords load(Language language) {
        Path i18n = BuiltInAssets.root().resolve("i18n");
        String suffix = language == Language.EN ? "_en" : "";
        return new CliWords(read(i18n.resolve("ui" + suffix + ".properties")), read(i18n.resolve("debrief" + suffix + ".properties")));
    }

    private static Properties read(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            // A missing bundle shows the keys instead of failing the command; the bundle tests guard the files.
        }
        return p;
    }

    /** The language a {@code --lang} option names, or a user error that says which ones there are. */
    static Language language(String code) {
        Language language = Language.fromCode(code);
        if (language == null) throw new UserError("unknown language '" + TerminalText.name(code) + "': use nl or en", 2);
        return language;
    }

    /** The band's name in this language ("bekwaam" / "competent"). */
    String band(Band band) {
        return ui.getProperty("band." + band.code(), band.code());
    }

    /** A string of the debrief bundle (the dance's words), or the key when it is missing. */
    String debrief(String key) {
        return debrief.getProperty(key, key);
    }
}
