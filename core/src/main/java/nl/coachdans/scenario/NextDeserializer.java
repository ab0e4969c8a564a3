package nl.coachdans.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
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
            throw new ContentReader.ProblemMapping(p, Problem.of(FindingCode.NEXT_MALFORMED));
        }
        List<Route> routes = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw new ContentReader.ProblemMapping(p, Problem.of(FindingCode.ROUTE_MALFORMED));
            }
            routes.add(ctxt.readValue(p, Route.class));
        }
        return new Next(routes);
    }
}
