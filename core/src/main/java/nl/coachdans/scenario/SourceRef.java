package nl.coachdans.scenario;

/** Where a framework's concepts come from: author and title of the source text. */
public record SourceRef(String author, String title, String text) {
    public String cite() {
        return author + ", \u201c" + title + "\u201d";
    }
}
