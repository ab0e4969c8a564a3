package nl.coachdans.cli;

import nl.coachdans.scenario.Language;
import nl.coachdans.words.WordBook;
import picocli.CommandLine.Option;

/** The {@code --lang} of a command that prints words: Dutch unless {@code --lang en}. */
final class LanguageOption {
    @Option(names = "--lang", defaultValue = "nl", paramLabel = "nl|en", description = "Language of what it prints (default: ${DEFAULT-VALUE}).")
    String code;

    Language language() {
        return CliWords.language(code);
    }

    /** The command's words from one of the game's bundles ({@code trainer}, {@code ui}, ...). */
    WordBook words(String bundle) {
        return WordBook.load(bundle, language());
    }
}
