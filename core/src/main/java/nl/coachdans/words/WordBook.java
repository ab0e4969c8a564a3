package nl.coachdans.words;

import nl.coachdans.lint.BuiltInAssets;
import nl.coachdans.scenario.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The strings of one bundle under {@code i18n/} ({@code ui}, {@code debrief} or {@code trainer}) in
 * one language, read without libGDX: the class report, the choreography sheet and the command line
 * speak from the same files as the game. Dutch is the base file; {@code _en} overrides it key by
 * key, and a key missing there falls back to Dutch, as libGDX's I18NBundle does. Patterns are
 * formatted the way I18NBundle formats them (a test compares the two for every key).
 */
public final class WordBook {
    private final Map<String, String> strings;
    private final Language language;

    private WordBook(Map<String, String> strings, Language language) {
        this.strings = strings;
        this.language = language;
    }

    /** The bundle from the built-in assets, wherever {@link BuiltInAssets} finds them. */
    public static WordBook load(String bundle, Language language) {
        return load(BuiltInAssets.folder(), bundle, language);
    }

    /** The bundle from an assets folder, or from the copy packed in the jar when {@code assets} is null. */
    public static WordBook load(Path assets, String bundle, Language language) {
        Map<String, String> strings = new HashMap<>();
        putAll(strings, read(assets, "i18n/" + bundle + ".properties"));
        if (language == Language.EN) putAll(strings, read(assets, "i18n/" + bundle + "_en.properties"));
        return new WordBook(Map.copyOf(strings), language);
    }

    private static void putAll(Map<String, String> into, Properties p) {
        for (String k : p.stringPropertyNames()) into.put(k, p.getProperty(k));
    }

    private static Properties read(Path assets, String relative) {
        Properties p = new Properties();
        try (InputStream in = assets != null ? Files.newInputStream(assets.resolve(relative))
                : WordBook.class.getResourceAsStream("/" + BuiltInAssets.PACKED_PREFIX + relative)) {
            if (in == null) return p;
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        } catch (IOException e) {
            // A missing bundle shows the keys instead of failing; the bundle tests guard the files.
        }
        return p;
    }

    public Language language() {
        return language;
    }

    /** Whether the bundle has the key (in this language or in the Dutch base). */
    public boolean has(String key) {
        return strings.containsKey(key);
    }

    /** The string as written; a missing key shows itself rather than failing (the bundle tests catch it). */
    public String text(String key) {
        return strings.getOrDefault(key, key);
    }

    /** The pattern for {@code key} formatted with {@code args}, exactly as I18NBundle formats it. */
    public String text(String key, Object... args) {
        String pattern = strings.get(key);
        if (pattern == null) return key;
        return new MessageFormat(escapeForMessageFormat(pattern), locale()).format(args);
    }

    /** The locale I18NBundle is asked for: ROOT for the Dutch base (so the computer's locale never leaks in). */
    private Locale locale() {
        return language == Language.EN ? Locale.ENGLISH : Locale.ROOT;
    }

    /**
     * I18NBundle's rewrite of a pattern before MessageFormat sees it: a single quote is literal, and
     * a run of {@code {{} stands for half as many literal braces.
     */
    static String escapeForMessageFormat(String pattern) {
        StringBuilder b = new StringBuilder(pattern.length() + 8);
        int len = pattern.length();
        for (int i = 0; i < len; i++) {
            char ch = pattern.charAt(i);
            if (ch == '\'') {
                b.append("''");
            } else if (ch == '{') {
                int j = i + 1;
                while (j < len && pattern.charAt(j) == '{') j++;
                int escaped = (j - i) / 2;
                if (escaped > 0) {
                    b.append('\'').append("{".repeat(escaped)).append('\'');
                }
                if ((j - i) % 2 != 0) b.append('{');
                i = j - 1;
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }
}
