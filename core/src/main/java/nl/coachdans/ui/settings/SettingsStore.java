package nl.coachdans.ui.settings;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import nl.coachdans.record.AtomicFiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Reads and writes {@code settings.json} in the data folder. A file that cannot be read is moved
 * aside (never deleted) and the defaults are used, with a message the menu shows once.
 *
 * <p>The five fields go through Jackson's streaming parser and generator rather than an object
 * mapper: the file is read at every start, before the first frame, and a cold mapper costs more
 * than the whole rest of reading it.
 */
public final class SettingsStore {
    private static final long MAX_BYTES = 64 * 1024;

    private final Path file;
    private final JsonFactory json = new JsonFactory();

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
            return new Loaded(read(Files.readAllBytes(file)), null);
        } catch (Unreadable e) {
            return new Loaded(Settings.defaults(), setAside(e.key, e.values));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            return new Loaded(Settings.defaults(), setAside("settings.problem.syntax",
                    at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr()));
        } catch (IOException | RuntimeException e) {
            return new Loaded(Settings.defaults(), setAside("settings.problem.io", firstLine(e.getMessage())));
        }
    }

    /** Writes atomically: a crash leaves the old or the new settings, never half a file. */
    public void save(Settings settings) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("language", settings.language());
            g.writeStringField("textSize", settings.textSize().code());
            g.writeBooleanField("highContrast", settings.highContrast());
            g.writeBooleanField("thinkFirst", settings.thinkFirst());
            g.writeStringField("trainee", settings.trainee());
            g.writeEndObject();
        }
        AtomicFiles.write(file, out.toByteArray());
    }

    /** Unknown fields (from a later version) are skipped; unknown values fall back in {@link Settings}. */
    private Settings read(byte[] bytes) throws IOException {
        try (JsonParser p = json.createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new Unreadable("settings.problem.notAnObject");
            String language = null, trainee = null;
            TextSize size = null;
            boolean contrast = false, think = false;
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "language" -> language = text(p, field);
                    case "textSize" -> size = TextSize.fromCode(text(p, field));
                    case "highContrast" -> contrast = flag(p, field);
                    case "thinkFirst" -> think = flag(p, field);
                    case "trainee" -> trainee = text(p, field);
                    default -> p.skipChildren();
                }
            }
            if (p.nextToken() != null) throw new Unreadable("settings.problem.moreThanOne", p.currentLocation().getLineNr());
            return new Settings(language, size, contrast, think, trainee);
        }
    }

    private static String text(JsonParser p, String field) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) return null;
        if (p.currentToken() != JsonToken.VALUE_STRING) throw wrong(p, field, "settings.problem.notText");
        return p.getText();
    }

    private static boolean flag(JsonParser p, String field) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_TRUE) return true;
        if (p.currentToken() == JsonToken.VALUE_FALSE) return false;
        throw wrong(p, field, "settings.problem.notFlag");
    }

    private static Unreadable wrong(JsonParser p, String field, String key) {
        return new Unreadable(key, field, p.currentLocation().getLineNr(), p.currentLocation().getColumnNr());
    }

    private Problem setAside(String key, Object... values) {
        Path aside = file.resolveSibling("settings.json.unreadable");
        Path now;
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            now = aside;
        } catch (IOException e) {
            now = file;
        }
        return new Problem(now, key, List.of(values));
    }

    /** A file that is not what settings.json should be; the key and values say what, for the strings. */
    private static final class Unreadable extends IOException {
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
