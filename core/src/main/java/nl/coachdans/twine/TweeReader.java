package nl.coachdans.twine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Twee 3, Twine's text format: a passage starts with a header line
 * {@code :: Name [tag tag] {"position":"..."}}; the special passages StoryTitle and StoryData hold
 * the story's name and, as JSON, its start passage and format. Names may escape {@code [ ] { } \}
 * with a backslash.
 */
public final class TweeReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    public Story read(String file, String text) throws TwineFormatException {
        List<Story.Passage> passages = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        String name = null;
        List<String> tags = List.of();
        int startLine = 0;
        StringBuilder body = new StringBuilder();
        String title = null;
        JsonNode data = null;
        for (int i = 0; i <= lines.length; i++) {
            boolean header = i < lines.length && lines[i].startsWith("::");
            if (i == lines.length || header) {
                if (name != null) {
                    String content = body.toString().strip();
                    if (name.equals("StoryTitle")) {
                        title = content;
                    } else if (name.equals("StoryData")) {
                        try {
                            data = JSON.readTree(content);
                        } catch (IOException e) {
                            throw new TwineFormatException(file + ":" + startLine + ": StoryData is not valid JSON");
                        }
                    } else {
                        passages.add(new Story.Passage(name, tags, content, startLine));
                    }
                } else if (i > 0 && !body.toString().isBlank()) {
                    throw new TwineFormatException(file + ":1: text before the first passage header; a Twee 3 file starts with a line like ':: Start'");
                }
                if (i == lines.length) break;
                Header h = header(file, i + 1, lines[i]);
                name = h.name();
                tags = h.tags();
                startLine = i + 1;
                body.setLength(0);
                continue;
            }
            body.append(lines[i]).append('\n');
        }
        if (passages.isEmpty()) throw new TwineFormatException(file + ":1: no passages; a Twee 3 passage starts with a line like ':: Start'");
        String start = data != null && data.hasNonNull("start") ? data.get("start").asText() : null;
        if (start == null) start = passages.stream().anyMatch(p -> p.name().equals("Start")) ? "Start" : passages.get(0).name();
        String format = data != null && data.hasNonNull("format") ? data.get("format").asText() : null;
        return new Story(title == null || title.isBlank() ? null : title, start, format, passages);
    }

    private record Header(String name, List<String> tags) { }

    /** Parses {@code :: Name [tags] {metadata}}; the metadata is layout only and is skipped. */
    private static Header header(String file, int line, String text) throws TwineFormatException {
        String rest = text.substring(2).strip();
        StringBuilder name = new StringBuilder();
        int i = 0;
        for (; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '\\' && i + 1 < rest.length()) {
                name.append(rest.charAt(++i));
            } else if (c == '[' || c == '{') {
                break;
            } else {
                name.append(c);
            }
        }
        String passage = name.toString().strip();
        if (passage.isEmpty()) throw new TwineFormatException(file + ":" + line + ": a passage header needs a name after '::'");
        List<String> tags = new ArrayList<>();
        String after = rest.substring(i).strip();
        if (after.startsWith("[")) {
            int close = after.indexOf(']');
            if (close < 0) throw new TwineFormatException(file + ":" + line + ": the tag list of passage '" + passage + "' has no closing ']'");
            for (String t : after.substring(1, close).strip().split("\\s+")) if (!t.isEmpty()) tags.add(t);
        }
        return new Header(passage, tags);
    }
}
