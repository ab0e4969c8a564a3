package nl.coachdans.sessions;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A quick-listing copy of a session's outcome. Never trusted: whenever a record is read the
 * profile is recomputed, and a summary that disagrees marks the record as altered.
 */
public record Summary(String ending, String quality, Map<String, String> bands) {

    public Summary {
        bands = bands == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(bands));
    }
}
