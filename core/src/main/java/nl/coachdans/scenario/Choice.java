package nl.coachdans.scenario;

import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Collections;

/**
 * One intervention the coach may choose. Its id is stable across versions so that records can be
 * replayed; tags say what it does in the texts' terms; effects change the client state.
 */
public record Choice(
        String id,
        LocalizedText text,
        Condition when,
        List<String> tags,
        Map<String, Integer> effects,
        Move move,
        LocalizedText feedback,
        String next) {

    public Choice {
        tags = tags == null ? List.of() : List.copyOf(tags);
        effects = effects == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(effects));
    }
}
