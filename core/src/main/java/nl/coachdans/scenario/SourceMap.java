package nl.coachdans.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Line and column of every field and list item of a content file, by JSON pointer. Built only when
 * a file has findings to place, so clean files are parsed once.
 */
public final class SourceMap {
    private final Map<String, int[]> positions = new HashMap<>();

    private SourceMap() {
    }

    static SourceMap of(Path file, ContentReader reader) throws IOException {
        SourceMap map = new SourceMap();
        byte[] bytes = Files.readAllBytes(file);
        try (JsonParser p = reader.mapperFor(file).getFactory().createParser(bytes)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) continue;
                JsonStreamContext ctx = p.getParsingContext();
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    if (ctx.getParent() == null) continue;
                    ctx = ctx.getParent();
                    if (ctx.inObject()) continue; // the field name already placed it
                }
                JsonLocation loc = p.currentTokenLocation();
                map.positions.putIfAbsent(ctx.pathAsPointer().toString(), new int[] {loc.getLineNr(), loc.getColumnNr()});
            }
        }
        return map;
    }

    /** The position of the pointer, or of its nearest ancestor that is in the file. */
    public int[] position(String pointer) {
        String p = pointer;
        while (p != null) {
            int[] pos = positions.get(p);
            if (pos != null) return pos;
            int slash = p.lastIndexOf('/');
            p = slash <= 0 ? null : p.substring(0, slash);
        }
        return null;
    }

    /** Gives every finding that has a pointer but no position its line and column. */
    public static List<Finding> locate(Path file, ContentReader reader, List<Finding> findings) {
        if (findings.stream().noneMatch(f -> f.line() == 0 && f.pointer() != null)) return findings;
        SourceMap map;
        try {
            map = of(file, reader);
        } catch (IOException | RuntimeException e) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            int[] pos = f.line() == 0 && f.pointer() != null ? map.position(f.pointer()) : null;
            out.add(pos == null ? f : f.at(pos[0], pos[1]));
        }
        return out;
    }
}
