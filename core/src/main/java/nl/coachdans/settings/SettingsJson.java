package nl.coachdans.settings;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import nl.coachdans.settings.SettingsStore.Unreadable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * The five fields of {@code settings.json}, through Jackson's streaming parser and generator rather
 * than an object mapper: the file is read at every start, before the first frame, and a cold mapper
 * costs more than the whole rest of reading it.
 */
final class SettingsJson {
    private SettingsJson() {
    }

    /** Unknown fields (from a later version) are skipped; unknown values fall back in {@link Settings}. */
    static Settings read(byte[] bytes) throws IOException {
        try (JsonParser p = nl.coachdans.scenario.ReadLimits.CONTENT.jsonFactory().createParser(bytes)) {
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
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new Unreadable("settings.problem.syntax", at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr());
        }
    }

    static byte[] write(Settings settings) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("language", settings.language());
            g.writeStringField("textSize", settings.textSize().code());
            g.writeBooleanField("highContrast", settings.highContrast());
            g.writeBooleanField("thinkFirst", settings.thinkFirst());
            g.writeStringField("trainee", settings.trainee());
            g.writeEndObject();
        }
        return out.toByteArray();
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
}
