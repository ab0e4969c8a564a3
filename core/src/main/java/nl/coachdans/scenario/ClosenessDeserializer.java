package nl.coachdans.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads a need's closeness: {@code 1}, {@code "0..1"} or {@code [0, 1]}. */
final class ClosenessDeserializer extends StdDeserializer<Closeness> {
    private static final long serialVersionUID = 1L;

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
                    throw malformed(p, text);
                }
            }
            try {
                return Closeness.range(Integer.parseInt(text.substring(0, dots).trim()), Integer.parseInt(text.substring(dots + 2).trim()));
            } catch (NumberFormatException e) {
                throw malformed(p, text);
            }
        }
        if (t == JsonToken.START_ARRAY) {
            List<Integer> values = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) throw malformed(p, p.getText());
                values.add(p.getIntValue());
            }
            if (values.isEmpty()) throw malformed(p, "[]");
            return Closeness.anyOf(values);
        }
        throw malformed(p, p.getText());
    }

    private static ContentReader.ProblemMapping malformed(JsonParser p, String value) {
        return new ContentReader.ProblemMapping(p, Problem.of(FindingCode.CLOSENESS_MALFORMED, value));
    }
}
