package nl.coachdans.engine;

import nl.coachdans.scenario.LocalizedText;
import nl.coachdans.scenario.Quality;

import java.util.List;

/**
 * Everything that happened in one session, enough to score and replay it; the ending's text and
 * lesson are the variant the path earned. {@code endingNode} and
 * {@code ending} are null while the session has not ended.
 */
public record Transcript(
        String scenario,
        int version,
        long seed,
        ClientState start,
        List<Turn> turns,
        String endingNode,
        Quality ending,
        LocalizedText endingText,
        LocalizedText endingLesson) {

    public Transcript {
        turns = List.copyOf(turns);
    }

    public boolean ended() {
        return endingNode != null;
    }

    public List<String> choices() {
        return turns.stream().map(Turn::choice).toList();
    }
}
