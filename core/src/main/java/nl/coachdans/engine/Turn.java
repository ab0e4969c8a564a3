package nl.coachdans.engine;

import nl.coachdans.scenario.LocalizedText;

import java.util.List;

/**
 * One turn of a session: the node the client was at, the text shown there, the options offered,
 * the option chosen, the client state before and after, and the tags the choice fired.
 * {@code number} starts at 1.
 */
public record Turn(
        int number,
        String node,
        LocalizedText shown,
        List<String> available,
        String choice,
        ClientState before,
        ClientState after,
        List<String> tags) {

    public Turn {
        available = List.copyOf(available);
        tags = List.copyOf(tags);
    }
}
