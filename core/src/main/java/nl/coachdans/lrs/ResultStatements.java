package nl.coachdans.lrs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.coachdans.assignments.Assignment;
import nl.coachdans.sessions.Mode;
import nl.coachdans.catalog.ScenarioSource;
import nl.coachdans.sessions.StoredRecord;
import nl.coachdans.xapi.XapiExport;
import nl.coachdans.xapi.XapiIds;

import java.util.List;

/**
 * The statements of one session as they go to a store: the same statements, with the same ids, as
 * {@code coachdans export} writes, under the student's name or a pseudonym.
 */
public final class ResultStatements {
    private final ScenarioSource source;

    public ResultStatements(ScenarioSource source) {
        this.source = source;
    }

    /** Who the statements name: the trainee, or their pseudonym in this assignment. */
    public static String sender(String trainee, String assignment, boolean pseudonym) {
        return pseudonym ? Pseudonym.of(assignment, trainee) : trainee;
    }

    /** Every statement of a replayed record (as {@code export} makes them). */
    public List<ObjectNode> all(StoredRecord stored, String trainee, Assignment assignment, String homePage, boolean pseudonym) {
        String who = sender(trainee != null ? trainee : stored.record().trainee(), stored.record().assignment(), pseudonym);
        XapiExport export = new XapiExport(source, homePage == null ? XapiExport.DEFAULT_HOME_PAGE : homePage);
        // Without a name (or pseudonym) the export names the account after the record id.
        return export.statements(stored, who == null ? "" : who, assignment);
    }

    /** What may go out while the session is played, and whether that is all of it. */
    public record Live(List<ObjectNode> statements, boolean complete) { }

    /**
     * The statements that can no longer change. Where the mode allows no taking back (exam), a
     * choice is final when made. Where it does (practice), a choice can be taken back, even from the
     * ending, so the session goes out whole once it is {@code closed} (the debrief opened). The session's own statement goes out once the
     * session has ended for good: before that it would say "attempted" and later conflict with
     * "completed".
     */
    public Live live(StoredRecord stored, Assignment assignment, boolean closed) {
        boolean pseudonym = assignment.lrs() != null && assignment.lrs().pseudonym();
        String home = assignment.lrs() == null ? null : assignment.lrs().homePage();
        boolean finalWhenMade = !Mode.orDefault(stored.record().mode()).allowsTakingBack();
        if (!finalWhenMade && !closed) return new Live(List.of(), false);
        boolean ended = stored.transcript() != null && stored.transcript().ended();
        List<ObjectNode> all = all(stored, null, assignment, home, pseudonym);
        if (ended) return new Live(all, true);
        String session = XapiIds.sessionStatement(stored.record().id()).toString();
        return new Live(all.stream().filter(s -> !session.equals(s.path("id").asText())).toList(), false);
    }
}
