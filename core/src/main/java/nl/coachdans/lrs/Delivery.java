package nl.coachdans.lrs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends statements in batches and gives every statement its own answer. A store takes or refuses
 * a batch whole, so a batch that is refused or conflicts is sent again one statement at a time:
 * then only the statement at fault is refused, and the others arrive.
 */
public final class Delivery {
    public static final int BATCH = 50;

    private final LrsClient client;

    public Delivery(LrsClient client) {
        this.client = client;
    }

    /**
     * Answers per statement id, in the order given. Stops at the first answer that is about the
     * connection (unreachable, blocked): the statements not tried yet are left out of the map.
     */
    public Map<String, Answer> deliver(LrsTarget target, List<? extends JsonNode> statements) {
        Map<String, Answer> out = new LinkedHashMap<>();
        for (int from = 0; from < statements.size(); from += BATCH) {
            List<? extends JsonNode> batch = statements.subList(from, Math.min(statements.size(), from + BATCH));
            Answer a = client.post(target, array(batch));
            boolean perStatement = batch.size() > 1 && (a.fate() == Answer.Fate.REFUSED || a.fate() == Answer.Fate.ALREADY_THERE);
            if (!perStatement) {
                if (a.fate() == Answer.Fate.UNREACHABLE || a.fate() == Answer.Fate.BLOCKED) {
                    for (JsonNode s : batch) out.put(id(s), a);
                    return out;
                }
                for (JsonNode s : batch) out.put(id(s), a);
                continue;
            }
            for (JsonNode s : batch) {
                Answer one = client.post(target, array(List.of(s)));
                out.put(id(s), one);
                if (one.fate() == Answer.Fate.UNREACHABLE || one.fate() == Answer.Fate.BLOCKED) return out;
            }
        }
        return out;
    }

    private static ArrayNode array(List<? extends JsonNode> statements) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        statements.forEach(a::add);
        return a;
    }

    static String id(JsonNode statement) {
        return statement.path("id").asText();
    }
}
