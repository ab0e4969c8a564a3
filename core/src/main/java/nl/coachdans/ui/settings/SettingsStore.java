package nl.coachdans.ui.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import nl.coachdans.record.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Reads and writes {@code settings.json} in the data folder. A file that cannot be read is moved
 * aside (never deleted) and the defaults are used, with a message the menu shows once.
 */
public final class SettingsStore {
    private static final long MAX_BYTES = 64 * 1024;

    private final Path file;
    /** Made on first use: a first start has nothing to read, and a cold mapper is a noticeable part of start-up. */
    private ObjectMapper json;

    public SettingsStore(Path home) {
        this.file = home.resolve("settings.json");
    }

    public Path file() {
        return file;
    }

    /** The stored settings, or the defaults; {@code problem} explains when the file was unreadable. */
    public record Loaded(Settings settings, String problem) { }

    public Loaded load() {
        if (!Files.isRegularFile(file)) return new Loaded(Settings.defaults(), null);
        try {
            if (Files.size(file) > MAX_BYTES) throw new IOException("the file is too large");
            Settings s = json().readValue(file.toFile(), Settings.class);
            if (s == null) throw new IOException("the file is empty");
            return new Loaded(s, null);
        } catch (IOException | RuntimeException e) {
            return new Loaded(Settings.defaults(), setAside(firstLine(e.getMessage())));
        }
    }

    /** Writes atomically: a crash leaves the old or the new settings, never half a file. */
    public void save(Settings settings) throws IOException {
        AtomicFiles.write(file, json().writeValueAsBytes(settings));
    }

    private ObjectMapper json() {
        if (json == null) json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        return json;
    }

    private String setAside(String why) {
        Path aside = file.resolveSibling("settings.json.unreadable");
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            return aside + ": " + why;
        } catch (IOException e) {
            return file + ": " + why;
        }
    }

    private static String firstLine(String s) {
        if (s == null) return "unknown problem";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
