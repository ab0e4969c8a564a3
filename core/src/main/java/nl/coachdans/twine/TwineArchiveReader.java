package nl.coachdans.twine;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Twine 2 archive or published story (HTML): the {@code tw-storydata} element names the story,
 * its format and its start passage by pid; every {@code tw-passagedata} is a passage, its text
 * HTML-escaped. jsoup parses the HTML, entities included.
 */
public final class TwineArchiveReader {

    public Story read(String file, String html) throws TwineFormatException {
        Document doc = Jsoup.parse(html);
        Element data = doc.selectFirst("tw-storydata");
        if (data == null) throw new TwineFormatException(file + ": no <tw-storydata> element; save the story from Twine with 'Archive' or 'Publish to File'");
        List<Story.Passage> passages = new ArrayList<>();
        String start = null;
        for (Element p : data.select("tw-passagedata")) {
            String name = p.attr("name").strip();
            if (name.isEmpty()) throw new TwineFormatException(file + ": passage pid " + p.attr("pid") + " has no name");
            List<String> tags = new ArrayList<>();
            for (String t : p.attr("tags").strip().split("\\s+")) if (!t.isEmpty()) tags.add(t);
            passages.add(new Story.Passage(name, tags, p.wholeText().strip(), 1));
            if (p.attr("pid").equals(data.attr("startnode"))) start = name;
        }
        if (passages.isEmpty()) throw new TwineFormatException(file + ": the story has no passages");
        if (start == null) start = passages.get(0).name();
        String name = data.attr("name").strip();
        String format = data.attr("format").strip();
        return new Story(name.isEmpty() ? null : name, start, format.isEmpty() ? null : format, passages);
    }
}
