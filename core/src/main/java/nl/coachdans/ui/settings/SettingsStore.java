package nl.coachdans.ui.settings;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import nl.coachdans.record.AtomicFiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
    public record Loaded(Settings settings, String problem) { }

    public Loaded load() {
        if (!Files.isRegularFile(file)) return new Loaded(Settings.defaults(), null);
        try {
            if (Files.size(file) > MAX_BYTES) throw new IOException("the file is too large");
            return new Loaded(read(Files.readAllBytes(file)), null);
        } catch (IOException | RuntimeException e) {
            return new Loaded(Settings.defaults(), setAside(firstLine(e.getMessage())));
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
            if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException("the file holds no settings object (line 1)");
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
            if (p.nextToken() != null) throw new IOException("more than one value in the file (line " + p.currentLocation().getLineNr() + ")");
            return new Settings(language, size, contrast, think, trainee);
        }
    }

    private static String text(JsonParser p, String field) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) return null;
        if (p.currentToken() != JsonToken.VALUE_STRING) throw wrong(p, field, "text");
        return p.getText();
    }

    private static boolean flag(JsonParser p, String field) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_TRUE) return true;
        if (p.currentToken() == JsonToken.VALUE_FALSE) return false;
        throw wrong(p, field, "true or false");
    }

    private static IOException wrong(JsonParser p, String field, String expected) {
        return new IOException("'" + field + "' should be " + expected + " (line " + p.currentLocation().getLineNr()
                + ", column " + p.currentLocation().getColumnNr() + ")");
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
