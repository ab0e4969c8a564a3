package nl.coachdans.scenario;

/** A text in Dutch and English. Missing translations are caught by the linter, not here. */
public record LocalizedText(String nl, String en) {

    public String in(Language language) {
        String preferred = language == Language.EN ? en : nl;
        if (preferred != null && !preferred.isBlank()) return preferred;
        // Fall back to the other language rather than showing nothing.
        return language == Language.EN ? nl : en;
    }

    public boolean complete() {
        return nl != null && !nl.isBlank() && en != null && !en.isBlank();
    }

    public static LocalizedText of(String nl, String en) {
        return new LocalizedText(nl, en);
    }
}
