package nl.coachdans.sessions;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The trainee's look back after a session: a band per step, keyed {@code framework/step}, and a
 * note. Never scored; kept so the trainee and the trainer can compare it with the recomputed profile.
 */
public record Reflection(Map<String, String> selfRatings, String selfNote) {
    public static final Reflection NONE = new Reflection(Map.of(), null);

    public Reflection {
        selfRatings = selfRatings == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(selfRatings));
    }
}
