package nl.coachdans.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code next} as a node id or as a list of {@code {when, to}} routes. */
final class NextDeserializer extends StdDeserializer<Next> {
    private static final long serialVersionUID = 1L;

    NextDeserializer() {
        super(Next.class);
    }

    @Override
    public Next deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) return Next.to(p.getText());
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw JsonMappingException.from(p, "next must be a node id, or a list of routes such as - {when: \"committed(critical)\", to: einde-koel}");
        }
        List<Route> routes = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw JsonMappingException.from(p, "each entry of next must be a route {when: \"...\", to: NODE}; the last one has no when");
            }
            routes.add(ctxt.readValue(p, Route.class));
        }
        return new Next(routes);
    }
}
