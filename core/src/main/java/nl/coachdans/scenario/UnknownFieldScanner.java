package nl.coachdans.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds fields the content model does not know, with their exact position. Jackson buffers the
 * properties of records before it can report them, losing the position, so this walks the tokens
 * itself against the record types. Run only when Jackson has noticed an unknown field.
 */
final class UnknownFieldScanner {
    private final String file;
    /** The guide that lists the fields: content has its own, assignments the trainers' guide. */
    private final String guide;
    private final List<Finding> out = new ArrayList<>();

    private UnknownFieldScanner(String file, String guide) {
        this.file = file;
        this.guide = guide;
    }

    static List<Finding> scan(String file, byte[] bytes, ObjectMapper mapper, Class<?> root) {
        boolean content = root.getPackage() == UnknownFieldScanner.class.getPackage();
        UnknownFieldScanner s = new UnknownFieldScanner(file, content ? "docs/authoring.md" : "docs/trainers.md");
        try (JsonParser p = mapper.getFactory().createParser(bytes)) {
            if (p.nextToken() != null) s.value(p, root, "");
        } catch (IOException | RuntimeException e) {
            // The main read reports syntax problems; here only unknown fields matter.
        }
        return s.out;
    }

    /** Walks one value of the given type; the parser stands on its first token. */
    private void value(JsonParser p, Type type, String path) throws IOException {
        JsonToken t = p.currentToken();
        Class<?> raw = raw(type);
        if (t == JsonToken.START_OBJECT) {
            if (raw != null && raw.isRecord()) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonLocation loc = p.currentTokenLocation();
                    p.nextToken();
                    RecordComponent rc = component(raw, name);
                    if (rc == null) {
                        out.add(new Finding(file, loc.getLineNr(), loc.getColumnNr(), Finding.Level.ERROR,
                                Problem.of(FindingCode.UNKNOWN_FIELD, name, part(raw), guide),
                                Site.field((path + "." + name).substring(1)), null));
                        p.skipChildren();
                    } else {
                        value(p, rc.getGenericType(), path + "." + name);
                    }
                }
            } else if (Map.class.isAssignableFrom(raw == null ? Object.class : raw) && type instanceof ParameterizedType pt) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    p.nextToken();
                    value(p, pt.getActualTypeArguments()[1], path + "." + key);
                }
            } else {
                p.skipChildren();
            }
        } else if (t == JsonToken.START_ARRAY) {
            // A list of routes stands where the model has a Next: its entries are routes.
            Type element = raw == Next.class ? Route.class
                    : type instanceof ParameterizedType pt ? pt.getActualTypeArguments()[0] : Object.class;
            int i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                value(p, element, path + "[" + i++ + "]");
            }
        }
    }

    private static RecordComponent component(Class<?> record, String name) {
        for (RecordComponent rc : record.getRecordComponents()) {
            if (rc.getName().equals(name)) return rc;
        }
        return null;
    }

    private static Class<?> raw(Type t) {
        if (t instanceof Class<?> c) return c;
        if (t instanceof ParameterizedType pt && pt.getRawType() instanceof Class<?> c) return c;
        return null;
    }

    /** A part of a file by the model type that reads it ({@code ClientProfile} is {@code part.client-profile}). */
    static Problem.Word part(Class<?> type) {
        return new Problem.Word("part." + type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT));
    }
}
