package nl.coachdans.settings;

import nl.coachdans.files.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and writes {@code settings.json} in the data folder. A file that cannot be read is moved
 * aside (never deleted) and the defaults are used, with a message the menu shows once.
 * The JSON itself is {@link SettingsJson}'s, so a first start, without a file, loads no JSON classes.
 */
public final class SettingsStore {
    private static final long MAX_BYTES = 64 * 1024;

    private final Path file;

    public SettingsStore(Path home) {
        this.file = home.resolve("settings.json");
    }

    public Path file() {
        return file;
    }

    /** The stored settings, or the defaults; {@code problem} explains when the file was unreadable. */
    public record Loaded(Settings settings, Problem problem) { }

    /**
     * Why the file could not be read, as a key of the ui strings ({@code settings.problem.*}) with
     * its values, and where the file now is (set aside, or where it was if it could not be moved).
     */
    public record Problem(Path file, String key, List<Object> values) { }

    public Loaded load() {
        if (!Files.isRegularFile(file)) return new Loaded(Settings.defaults(), null);
        try {
            if (Files.size(file) > MAX_BYTES) throw new Unreadable("settings.problem.tooLarge");
            return new Loaded(SettingsJson.read(Files.readAllBytes(file)), null);
        } catch (Unreadable e) {
            return new Loaded(Settings.defaults(), setAside(e.key, e.values));
        } catch (IOException | RuntimeException e) {
            return new Loaded(Settings.defaults(), setAside("settings.problem.io", firstLine(e.getMessage())));
        }
    }

    /** Writes atomically: a crash leaves the old or the new settings, never half a file. */
    public void save(Settings settings) throws IOException {
        AtomicFiles.write(file, SettingsJson.write(settings));
    }

    private Problem setAside(String key, Object... values) {
        Path aside = file.resolveSibling("settings.json.unreadable");
        Path now;
        try {
            now = AtomicFiles.moveAside(file, aside);
        } catch (IOException e) {
            now = file;
        }
        return new Problem(now, key, List.of(values));
    }

    /** A file that is not what settings.json should be; the key and values say what, for the strings. */
    static final class Unreadable extends IOException {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final Object[] values;

        Unreadable(String key, Object... values) {
            super(key);
            this.key = key;
            this.values = values;
        }
    }

    private static String firstLine(String s) {
        if (s == null) return "unknown problem";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
