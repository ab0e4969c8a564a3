package nl.coachdans.twine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A passage's text split into what Coachdans can use: the links (the coach's options) and the
 * words the client says, with story-format code (macros, variables, HTML) taken out and listed,
 * since a scenario expresses conditions and state as {@code when} and {@code effects} instead.
 */
record PassageText(String line, List<Link> links, List<String> code) {

    /** A link: what the option says and the passage it leads to; {@code setter} is format code on it. */
    record Link(String text, String target, String setter) { }

    private static final Pattern LINK = Pattern.compile("\\[\\[(.+?)\\]\\](\\[[^\\]]*\\])?");
    private static final Pattern CODE = Pattern.compile(
            "<<.*?>>"                       // SugarCube macros
            + "|<%.*?%>"                    // Snowman
            + "|\\([a-z][a-z0-9-]*:[^)]*\\)" // Harlowe macros
            + "|</?[a-zA-Z][^>]*>"          // HTML
            + "|\\$[A-Za-z_][A-Za-z0-9_]*"  // story variables
            + "|_[A-Za-z][A-Za-z0-9_]*(?=\\s|$)", // SugarCube temporary variables
            Pattern.DOTALL);

    static PassageText of(String text) {
        List<Link> links = new ArrayList<>();
        Matcher m = LINK.matcher(text);
        while (m.find()) links.add(parse(m.group(1), m.group(2)));
        // A link on a line of its own is an option, not part of what the client says.
        StringBuilder kept = new StringBuilder();
        for (String l : text.split("\n")) {
            if (!l.isBlank() && LINK.matcher(l).replaceAll("").isBlank()) continue;
            kept.append(LINK.matcher(l).replaceAll(r -> Matcher.quoteReplacement(parse(r.group(1), r.group(2)).text()))).append('\n');
        }
        List<String> code = new ArrayList<>();
        Matcher c = CODE.matcher(kept);
        StringBuilder plain = new StringBuilder();
        int at = 0;
        while (c.find()) {
            code.add(c.group().length() > 40 ? c.group().substring(0, 39) + "…" : c.group());
            plain.append(kept, at, c.start());
            at = c.end();
        }
        plain.append(kept.substring(at));
        for (Link l : links) if (l.setter() != null) code.add(l.setter());
        String line = plain.toString().replaceAll("[ \\t]+", " ").replaceAll("\\s*\\n\\s*", "\n").strip()
                .replaceAll("\\n{2,}", "\n\n");
        return new PassageText(line, links, code);
    }

    /** {@code [[Target]]}, {@code [[Text|Target]]}, {@code [[Text->Target]]} or {@code [[Target<-Text]]}. */
    private static Link parse(String inner, String setter) {
        String text, target;
        int bar = inner.lastIndexOf('|');
        int arrow = inner.lastIndexOf("->");
        int back = inner.indexOf("<-");
        if (bar >= 0) {
            text = inner.substring(0, bar);
            target = inner.substring(bar + 1);
        } else if (arrow >= 0) {
            text = inner.substring(0, arrow);
            target = inner.substring(arrow + 2);
        } else if (back >= 0) {
            target = inner.substring(0, back);
            text = inner.substring(back + 2);
        } else {
            text = inner;
            target = inner;
        }
        return new Link(text.strip(), target.strip(), setter);
    }
}
