package nl.coachdans.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Findings in words, Dutch or English, from the bundles {@code findings.properties} (nl) and
 * {@code findings_en.properties} beside this class: one message pattern per {@link FindingCode},
 * keyed by its kebab name, filled in with {@link MessageFormat}; the place and the fixed words
 * ({@code word.*}, {@code site.*}, {@code level.*}) come from the same bundles.
 */
public final class FindingText {
    /** Longer messages are cut: a finding must not echo a whole megabyte of the file back. */
    static final int MAX_MESSAGE = 400;

    private static final Map<Language, FindingText> LOADED = load();

    private final Properties words;
    private final Locale locale;

    private FindingText(Properties words, Locale locale) {
        this.words = words;
        this.locale = locale;
    }

    public static FindingText of(Language language) {
        return LOADED.get(language == null ? Language.NL : language);
    }

    private static Map<Language, FindingText> load() {
        Map<Language, FindingText> out = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            String name = "findings" + (l == Language.NL ? "" : "_" + l.code()) + ".properties";
            Properties p = new Properties();
            try (InputStream in = FindingText.class.getResourceAsStream(name)) {
                if (in == null) throw new IllegalStateException("the bundle " + name + " is missing from the program");
                try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
            } catch (IOException e) {
                throw new IllegalStateException("the bundle " + name + " cannot be read", e);
            }
            out.put(l, new FindingText(p, Locale.forLanguageTag(l.code())));
        }
        return out;
    }

    /** The message pattern of a code, or null when the bundle lacks it (a test guards that). */
    String pattern(FindingCode code) {
        return words.getProperty(code.kebab());
    }

    /** What is wrong, in words. */
    public String message(Problem p) {
        String pattern = pattern(p.code());
        Object[] args = p.args().stream().map(this::argument).toArray();
        String m = pattern == null ? p.code().kebab() + " " + p.args() : new MessageFormat(pattern, locale).format(args);
        return m.length() > MAX_MESSAGE ? m.substring(0, MAX_MESSAGE - 100) + "\u2026 (" + m.length() + " " + word("characters") + ")" : m;
    }

    public String message(Finding f) {
        return message(f.problem());
    }

    /** The place in words ("node mail, choice c1"), or null when the finding has none. */
    public String where(Site s) {
        if (s == null) return null;
        String key = "site." + s.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        return new MessageFormat(words.getProperty(key, "{0}"), locale).format(new Object[] {s.id(), s.choice()});
    }

    public String level(Finding.Level level) {
        return words.getProperty("level." + level.word(), level.word());
    }

    /** A fixed word of the bundles ({@code word.<key>}), or the key itself when it has none. */
    public String word(String key) {
        return words.getProperty("word." + key, key);
    }

    /** {@code file:line:col: error CD0245 unknown-node: message (where)}, the command line's form. */
    public String line(Finding f) {
        return f.file() + ':' + f.line() + ':' + f.column() + ": " + level(f.level()) + ' ' + f.code() + ": " + withPlace(f);
    }

    /** "line 20, column 24: message (where)", for a file that is named elsewhere. */
    public String located(Finding f) {
        String at = f.line() <= 0 ? "" : f.column() <= 0 ? format("at.line", f.line()) : format("at.lineColumn", f.line(), f.column());
        return (at.isEmpty() ? "" : at + ": ") + withPlace(f);
    }

    /** The message followed by the place in brackets. */
    public String withPlace(Finding f) {
        String where = where(f.where());
        return message(f) + (where == null || where.isEmpty() ? "" : " (" + where + ")");
    }

    /** A pattern of the bundles that is not a finding's message (a summary, a heading). */
    public String format(String key, Object... args) {
        String pattern = words.getProperty(key);
        if (pattern == null) return key;
        Object[] converted = new Object[args.length];
        for (int i = 0; i < args.length; i++) converted[i] = argument(args[i]);
        return new MessageFormat(pattern, locale).format(converted);
    }

    private Object argument(Object a) {
        if (a instanceof Problem.Word w) return word(w.key());
        if (a instanceof Problem.Witness w) return String.join(",", w.choices()) + (w.more() ? ", \u2026" : "");
        if (a instanceof Problem.Cycle c) return String.join(" -> ", c.steps());
        if (a instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            for (Object o : list) parts.add(String.valueOf(argument(o)));
            return String.join(", ", parts);
        }
        if (a == null) return "null";
        return a;
    }
}
