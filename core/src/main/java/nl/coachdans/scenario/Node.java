package nl.coachdans.scenario;

import java.util.List;

/**
 * One moment of the conversation. {@code text} is the default line; {@code variants} may replace it
 * depending on client state or the session's seed. Endings carry a quality and a lesson.
 */
public record Node(
        NodeKind kind,
        LocalizedText chapter,
        LocalizedText subject,
        LocalizedText text,
        List<Variant> variants,
        Need needs,
        List<Choice> choices,
        Quality quality,
        LocalizedText lesson) {

    public Node {
        variants = variants == null ? List.of() : List.copyOf(variants);
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public boolean isEnding() {
        return kind == NodeKind.ENDING;
    }
}
