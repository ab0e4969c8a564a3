package nl.coachdans.engine;

import nl.coachdans.scenario.Language;
import nl.coachdans.scenario.LocalizedText;
import nl.coachdans.scenario.NodeKind;
import nl.coachdans.scenario.Quality;

/** What the trainee sees now: the node's kind and its text resolved for the client's state. */
public record CurrentNode(
        String id,
        NodeKind kind,
        LocalizedText text,
        LocalizedText subject,
        LocalizedText chapter,
        Quality quality,
        LocalizedText lesson) {

    public String text(Language language) {
        return text.in(language);
    }
}
