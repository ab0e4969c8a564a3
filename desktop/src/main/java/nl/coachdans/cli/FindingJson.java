package nl.coachdans.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.coachdans.scenario.Finding;
import nl.coachdans.scenario.FindingText;
import nl.coachdans.scenario.Problem;
import nl.coachdans.scenario.Site;
import nl.coachdans.scoring.ProfileDocument;

import java.util.List;
import java.util.Locale;

/**
 * Findings as JSON for tools: the stable code and kebab name, the level, the place, the arguments
 * by name (numbers as numbers, lists as arrays, fixed words by their key) and the message in the
 * chosen language. A tool decides on {@code code}, never on {@code message}.
 */
final class FindingJson {
    private FindingJson() {
    }

    static ArrayNode of(List<Finding> findings, FindingText text) {
        ArrayNode arr = ProfileDocument.MAPPER.createArrayNode();
        for (Finding f : findings) arr.add(of(f, text));
        return arr;
    }

    static ObjectNode of(Finding f, FindingText text) {
        ObjectNode o = ProfileDocument.MAPPER.createObjectNode();
        o.put("code", f.code().id());
        o.put("name", f.code().kebab());
        o.put("level", f.level().word());
        o.put("file", f.file());
        o.put("line", f.line());
        o.put("column", f.column());
        if (f.where() != null) {
            Site s = f.where();
            ObjectNode w = o.putObject("where");
            w.put("kind", s.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            w.put(s.kind() == Site.Kind.CHOICE ? "node" : "id", s.id());
            if (s.choice() != null) w.put("choice", s.choice());
        }
        if (f.fairness()) o.put("fairness", true);
        ObjectNode args = o.putObject("args");
        for (int i = 0; i < f.args().size(); i++) args.set(f.code().params().get(i), ProfileDocument.MAPPER.valueToTree(plain(f.args().get(i))));
        o.put("message", text.message(f));
        return o;
    }

    /** An argument as plain data: a fixed word by its key, a path or cycle as its list of ids. */
    private static Object plain(Object a) {
        if (a instanceof Problem.Word w) return w.key();
        if (a instanceof Problem.Witness w) return w.choices();
        if (a instanceof Problem.Cycle c) return c.steps();
        if (a instanceof List<?> list) return list.stream().map(FindingJson::plain).toList();
        return a;
    }
}
