package nl.coachdans.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import java.io.IOException;

/** Reads a condition from its text form so that syntax errors point at the file position. */
final class ConditionDeserializer extends StdDeserializer<Condition> {
    private static final long serialVersionUID = 1L;

    ConditionDeserializer() {
        super(Condition.class);
    }

    @Override
    public Condition deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw new ContentReader.ProblemMapping(p, Problem.of(FindingCode.CONDITION_NOT_TEXT));
        }
        try {
            return Condition.parse(p.getText());
        } catch (ConditionSyntaxException e) {
            Object sink = ctxt.getAttribute(ContentReader.FindingSink.KEY);
            if (sink instanceof ContentReader.FindingSink findings) {
                // Report and go on, so one lint run shows every bad condition in the file.
                findings.add(p, e.problem());
                return new Condition.Constant(false, p.getText());
            }
            throw new ContentReader.ProblemMapping(p, e.problem());
        }
    }
}
