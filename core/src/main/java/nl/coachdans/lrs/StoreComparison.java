package nl.coachdans.lrs;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import nl.coachdans.assignments.RecordFolder;
import nl.coachdans.sessions.SessionRecord;
import nl.coachdans.xapi.XapiIds;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Tamper evidence: compares the choices in handed-in files with the choices the store received
 * while the student played (by registration and turn). A file can be edited afterwards; what the
 * store stamped on arrival cannot be, by the student.
 */
public final class StoreComparison {
    private static final String ANSWERED = "http://adlnet.gov/expapi/verbs/answered";

    private final LrsClient client;

    public StoreComparison(LrsClient client) {
        this.client = client;
    }

    public enum Kind {
        /** The file's choice at this turn differs from the one the store received. */
        CHANGED,
        /** The file has a turn the store never received (sent offline and not yet arrived, or added afterwards). */
        NOT_RECEIVED,
        /** The store received a turn the file does not have (the file was cut short). */
        MISSING_FROM_FILE;

        /** The name in JSON reports: changed, not-received, missing-from-file. */
        @JsonValue
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** One difference. */
    public record Difference(int turn, Kind kind, String inFile, String inStore) { }

    /**
     * One session: {@code received} is how many of its choices the store has; {@code problem} is
     * set when the store could not be asked.
     */
    public record Session(String place, String record, String trainee, String scenario, int received, List<Difference> differences,
                          String problem) {
        public Session {
            differences = List.copyOf(differences);
        }

        /** The store has something of the session and a choice in the file differs from it. */
        public boolean flagged() {
            return differences.stream().anyMatch(d -> d.kind() != Kind.NOT_RECEIVED);
        }
    }

    /** Every session with a record in the folder, each once; unreadable files have no record to compare. */
    public List<Session> compare(List<RecordFolder.Item> items, LrsTarget target) {
        List<Session> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RecordFolder.Item it : items) {
            SessionRecord rec = it.record();
            if (rec == null || rec.id() == null || !seen.add(rec.id())) continue;
            LrsClient.Fetched got = client.registration(target, XapiIds.registration(rec.id()));
            if (!got.ok()) {
                out.add(new Session(it.place(), rec.id(), it.trainee(), rec.scenario(), 0, List.of(), got.problem().reason()));
                if (got.problem().fate() == Answer.Fate.BLOCKED) return out;
                continue;
            }
            TreeMap<Integer, String> store = new TreeMap<>();
            for (JsonNode s : got.statements()) {
                if (!ANSWERED.equals(s.path("verb").path("id").asText())) continue;
                JsonNode turn = s.path("context").path("extensions").path(XapiIds.extension("turn"));
                if (turn.canConvertToInt()) store.put(turn.asInt(), s.path("result").path("response").asText(null));
            }
            List<String> file = rec.choiceIds();
            List<Difference> diffs = new ArrayList<>();
            int turns = Math.max(file.size(), store.isEmpty() ? 0 : store.lastKey());
            for (int t = 1; t <= turns; t++) {
                String f = t <= file.size() ? file.get(t - 1) : null;
                String s = store.get(t);
                if (f != null && s == null) diffs.add(new Difference(t, Kind.NOT_RECEIVED, f, null));
                else if (f == null && s != null) diffs.add(new Difference(t, Kind.MISSING_FROM_FILE, null, s));
                else if (f != null && !f.equals(s)) diffs.add(new Difference(t, Kind.CHANGED, f, s));
            }
            out.add(new Session(it.place(), rec.id(), it.trainee(), rec.scenario(), store.size(), diffs, null));
        }
        return out;
    }
}
