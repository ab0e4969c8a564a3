package nl.coachdans.twine;

import java.util.List;

/**
 * A Twine story as read from Twee 3 or a Twine 2 archive: its name, the passage it starts at, its
 * story format (Harlowe, SugarCube, ...) and its passages in file order.
 */
public record Story(String name, String start, String format, List<Passage> passages) {

    public Story {
        passages = List.copyOf(passages);
    }

    /** One passage: its name, tags and text, with the line it starts at in the file (1 for an archive). */
    public record Passage(String name, List<String> tags, String text, int line) {
        public Passage {
            tags = List.copyOf(tags);
        }
    }
}
