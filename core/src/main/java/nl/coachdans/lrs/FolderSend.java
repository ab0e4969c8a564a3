package nl.coachdans.lrs;

import nl.coachdans.files.Explanation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.coachdans.assignments.RecordFolder;
import nl.coachdans.xapi.XapiIds;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sends a trainer's folder of records and result files to a store, session by session: it first
 * asks the store what it has of the session (by registration), sends only the rest, and says per
 * session what was sent, what was there already, and what was refused with the store's reason.
 */
public record FolderSend(LrsClient client, ResultStatements statements) {

    /** A statement the store refused, with its reason. */
    public record Refusal(String statement, String reason) { }

    /** One session: counts, refusals, or why it was not sent at all ({@code skipped}). */
    public record Sent(String place, String record, int sent, int alreadyThere, List<Refusal> refused, Explanation skipped) {
        public Sent {
            refused = List.copyOf(refused);
        }
    }

    /** Everything, and when the store stopped answering or refused the key, why ({@code stopped}). */
    public record Outcome(List<Sent> sessions, String stopped) {
        public Outcome {
            sessions = List.copyOf(sessions);
        }

        public int sent() {
            return sessions.stream().mapToInt(Sent::sent).sum();
        }

        public int alreadyThere() {
            return sessions.stream().mapToInt(Sent::alreadyThere).sum();
        }

        public int refused() {
            return sessions.stream().mapToInt(s -> s.refused().size()).sum();
        }
    }

    public Outcome send(List<RecordFolder.Item> items, LrsTarget target, String homePage, boolean pseudonym) {
        List<Sent> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RecordFolder.Item it : items) {
            if (!it.usable()) {
                out.add(new Sent(it.place(), it.record() == null ? null : it.record().id(), 0, 0, List.of(),
                        it.explanation() == null ? Explanation.of(Explanation.Why.NOT_A_RECORD) : it.explanation()));
                continue;
            }
            String id = it.record().id();
            if (!seen.add(id)) {
                out.add(new Sent(it.place(), id, 0, 0, List.of(), Explanation.of(Explanation.Why.SAME_SESSION_EARLIER)));
                continue;
            }
            LrsClient.Fetched there = client.registration(target, XapiIds.registration(id));
            if (!there.ok()) return new Outcome(out, there.problem().reason());
            Set<String> have = new HashSet<>();
            for (JsonNode s : there.statements()) have.add(s.path("id").asText());
            List<ObjectNode> all = statements.all(it.stored(), it.trainee(), it.resultAssignment(), homePage, pseudonym);
            List<ObjectNode> missing = all.stream().filter(s -> !have.contains(s.path("id").asText())).toList();
            Map<String, Answer> answers = new Delivery(client).deliver(target, missing);
            int sent = 0;
            int already = all.size() - missing.size();
            List<Refusal> refused = new ArrayList<>();
            for (Map.Entry<String, Answer> e : answers.entrySet()) {
                switch (e.getValue().fate()) {
                    case STORED -> sent++;
                    case ALREADY_THERE -> already++;
                    case REFUSED -> refused.add(new Refusal(e.getKey(), e.getValue().reason()));
                    case BLOCKED, UNREACHABLE -> {
                        out.add(new Sent(it.place(), id, sent, already, refused, null));
                        return new Outcome(out, e.getValue().reason());
                    }
                }
            }
            out.add(new Sent(it.place(), id, sent, already, refused, null));
        }
        return new Outcome(out, null);
    }
}
