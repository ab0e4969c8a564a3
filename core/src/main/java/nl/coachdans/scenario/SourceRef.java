package nl.coachdans.scenario;

/** Where a framework's concepts come from: title of the source text and its author when named. */
public record SourceRef(String author, String title, String text) {
    public String cite() {
        String quoted = "\u201c" + title + "\u201d";
        return author == null || author.isBlank() ? quoted : author + ", " + quoted;
    }
}
