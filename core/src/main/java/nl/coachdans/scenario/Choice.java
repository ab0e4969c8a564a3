package nl.coachdans.scenario;

import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Collections;

/**
 * One intervention the coach may choose. Its id is stable across versions so that records can be
 * replayed; tags say what it does in the texts' terms; effects change the client state; {@code next}
 * names one node or routes that pick one by condition.
 */
public record Choice(
        String id,
        LocalizedText text,
        Condition when,
        List<String> tags,
        Map<String, Integer> effects,
        Move move,
        LocalizedText feedback,
        Next next) {

    public Choice {
        tags = tags == null ? List.of() : List.copyOf(tags);
        effects = effects == null ? Map.of() : immutableInOrder(effects);
    }

    /**
     * A choice usually changes one variable; that map is kept as a single immutable entry, a fifth
     * of the memory of an ordered copy and one object to read instead of four, which counts when a
     * scenario has tens of thousands of choices. Larger maps keep the author's order.
     */
    private static Map<String, Integer> immutableInOrder(Map<String, Integer> effects) {
        if (effects.size() == 1) {
            Map.Entry<String, Integer> only = effects.entrySet().iterator().next();
            if (only.getKey() != null && only.getValue() != null) return Map.of(only.getKey(), only.getValue());
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(effects));
    }
}
