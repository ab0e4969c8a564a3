package nl.coachdans.desktop.window;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Parses the game's trace lines: {@code screen NAME key=value ...}, {@code node ID key=value ...}. */
record Trace(String kind, String subject, Map<String, String> values) {

    static Trace parse(String line) {
        String[] parts = line.split(" ");
        Map<String, String> v = new HashMap<>();
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq > 0) v.put(parts[i].substring(0, eq), parts[i].substring(eq + 1));
        }
        String subject = parts.length > 1 && parts[1].indexOf('=') < 0 ? parts[1] : "";
        return new Trace(parts[0], subject, v);
    }

    List<String> list(String key) {
        String s = values.getOrDefault(key, "");
        return s.isEmpty() ? List.of() : Arrays.asList(s.split(","));
    }

    String get(String key) {
        return values.getOrDefault(key, "");
    }
}
