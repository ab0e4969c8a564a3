package nl.coachdans.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads a need's closeness: {@code 1}, {@code "0..1"} or {@code [0, 1]}. */
final class ClosenessDeserializer extends StdDeserializer<Closeness> {
    private static final long serialVersionUID = 1L;
    private static final String FORMS = "closeness must be a whole number, a range such as 0..1, or a list such as [0, 1]";

    ClosenessDeserializer() {
        super(Closeness.class);
    }

    @Override
    public Closeness deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT) return Closeness.sign(p.getIntValue());
        if (t == JsonToken.VALUE_STRING) {
            String text = p.getText().trim();
            int dots = text.indexOf("..");
            if (dots <= 0) {
                try {
                    return Closeness.sign(Integer.parseInt(text));
                } catch (NumberFormatException e) {
                    throw JsonMappingException.from(p, FORMS + "; got '" + text + "'");
                }
            }
            try {
                return Closeness.range(Integer.parseInt(text.substring(0, dots).trim()), Integer.parseInt(text.substring(dots + 2).trim()));
            } catch (NumberFormatException e) {
                throw JsonMappingException.from(p, FORMS + "; got '" + text + "'");
            }
        }
        if (t == JsonToken.START_ARRAY) {
            List<Integer> values = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) throw JsonMappingException.from(p, FORMS);
                values.add(p.getIntValue());
            }
            if (values.isEmpty()) throw JsonMappingException.from(p, FORMS + "; the list is empty");
            return Closeness.anyOf(values);
        }
        throw JsonMappingException.from(p, FORMS);
    }
}
