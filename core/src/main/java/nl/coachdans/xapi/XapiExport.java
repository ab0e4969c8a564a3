package nl.coachdans.xapi;

import nl.coachdans.files.Explanation;
import nl.coachdans.assignments.Assignment;
import nl.coachdans.sessions.Mode;
import nl.coachdans.assignments.RecordFolder;
import nl.coachdans.sessions.RecordStatus;
import nl.coachdans.sessions.RecordedChoice;
import nl.coachdans.catalog.ScenarioSource;
import nl.coachdans.sessions.SessionRecord;
import nl.coachdans.sessions.StoredRecord;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.coachdans.engine.Turn;
import nl.coachdans.scenario.Choice;
import nl.coachdans.scenario.LocalizedText;
import nl.coachdans.scenario.Quality;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scoring.FrameworkResult;
import nl.coachdans.scoring.StepResult;
import nl.coachdans.scoring.RiskEvent;
import nl.coachdans.scoring.ScoreProfile;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Session records as xAPI 1.0.3 statements, ready to POST to any learning record store: one per
 * choice ("answered" a decision point, a choice interaction, with the chosen option as response)
 * and one per session ("completed", or "attempted" when it did not end, with a result). Scores
 * come from the recomputed profile, never from the record's stored summary.
 *
 * <p>The decision point is the activity and the chosen option the response, as xAPI models a
 * choice interaction; the chosen option's own activity IRI is added under
 * {@code contextActivities.other} so a store can still be asked "who chose this".
 */
public final class XapiExport {
    public static final String DEFAULT_HOME_PAGE = "https://coachdans.nl";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final ScenarioSource source;
    private final String homePage;

    /** {@code homePage}: the system the trainees' accounts belong to (an absolute IRI, e.g. the school's LMS). */
    public XapiExport(ScenarioSource source, String homePage) {
        this.source = source;
        this.homePage = checkIri(homePage);
    }

    /** A record that was not exported, with the reason. */
    /** A record left out, and why (rendered by the caller in its language). */
    public record Skipped(String place, RecordStatus status, Explanation why) { }

    /** The statements of every usable record, each session once, and what was left out. */
    public record Export(ArrayNode statements, List<Skipped> skipped, int sessions) { }

    public Export export(List<RecordFolder.Item> items) {
        ArrayNode out = F.arrayNode();
        List<Skipped> skipped = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int sessions = 0;
        for (RecordFolder.Item it : items) {
            if (!it.usable()) {
                skipped.add(new Skipped(it.place(), it.status(), it.explanation() == null ? Explanation.of(Explanation.Why.NOT_A_RECORD) : it.explanation()));
                continue;
            }
            if (!seen.add(it.record().id())) {
                skipped.add(new Skipped(it.place(), it.status(), Explanation.of(Explanation.Why.SAME_SESSION_EARLIER)));
                continue;
            }
            out.addAll(statements(it.stored(), it.trainee(), it.resultAssignment()));
            sessions++;
        }
        return new Export(out, skipped, sessions);
    }

    /**
     * The statements of one replayed record (status ok or altered); {@code trainee} overrides the
     * record's own name, {@code assignment} (may be null) gives the assignment activity its title.
     */
    public List<ObjectNode> statements(StoredRecord stored, String trainee, Assignment assignment) {
        SessionRecord rec = stored.record();
        if (stored.profile() == null || stored.transcript() == null) {
            throw new IllegalArgumentException("record " + rec.id() + " was not replayed: " + stored.message());
        }
        Scenario sc = source.find(rec.scenario()).map(ScenarioSource.Playable::scenario)
                .orElseThrow(() -> new IllegalArgumentException("scenario '" + rec.scenario() + "' is not available"));
        String who = trainee != null ? trainee : rec.trainee();
        ObjectNode actor = actor(who, rec.id());
        ObjectNode scenarioActivity = scenarioActivity(sc);
        ObjectNode assignmentActivity = rec.assignment() == null ? null : assignmentActivity(rec.assignment(),
                assignment != null && rec.assignment().equals(assignment.id()) ? assignment.title() : null);
        List<ObjectNode> out = new ArrayList<>();
        ScoreProfile p = stored.profile();
        for (Turn t : stored.transcript().turns()) {
            out.add(choiceStatement(rec, sc, t, p, actor, scenarioActivity, assignmentActivity));
        }
        out.add(sessionStatement(rec, sc, p, actor, scenarioActivity, assignmentActivity));
        return out;
    }

    private ObjectNode choiceStatement(SessionRecord rec, Scenario sc, Turn t, ScoreProfile p, ObjectNode actor,
                                       ObjectNode scenarioActivity, ObjectNode assignmentActivity) {
        ObjectNode s = F.objectNode();
        s.put("id", XapiIds.statement(rec.id(), t.number()).toString());
        s.set("actor", actor.deepCopy());
        s.set("verb", verb("answered", "answered", "beantwoordde"));
        ObjectNode object = s.putObject("object");
        object.put("objectType", "Activity");
        object.put("id", XapiIds.node(sc.id(), t.node()));
        ObjectNode def = object.putObject("definition");
        def.set("name", langMap(sc.title().nl() + " \u2013 " + t.node(), sc.title().en() + " \u2013 " + t.node()));
        if (t.shown() != null) def.set("description", langMap(t.shown()));
        def.put("type", "http://adlnet.gov/expapi/activities/cmi.interaction");
        def.put("interactionType", "choice");
        ArrayNode choices = def.putArray("choices");
        for (String id : t.available()) {
            ObjectNode c = choices.addObject();
            c.put("id", id);
            Choice choice = sc.findChoice(id).map(Map.Entry::getValue).orElse(null);
            c.set("description", choice == null ? langMap(id, id) : langMap(choice.text()));
        }
        ObjectNode result = s.putObject("result");
        result.put("response", t.choice());
        ObjectNode ext = F.objectNode();
        ArrayNode steps = F.arrayNode();
        for (FrameworkResult fr : p.frameworks()) {
            for (StepResult st : fr.steps()) {
                if (st.turn() != null && st.turn() == t.number()) steps.add(st.framework() + "/" + st.id());
            }
        }
        ArrayNode risks = riskList(p, t.number());
        if (!steps.isEmpty()) ext.set(XapiIds.extension("steps"), steps);
        if (!risks.isEmpty()) ext.set(XapiIds.extension("risks"), risks);
        if (!ext.isEmpty()) result.set("extensions", ext);

        ObjectNode context = context(rec, t.number());
        ObjectNode ca = context.putObject("contextActivities");
        ca.putArray("parent").add(scenarioActivity.deepCopy());
        if (assignmentActivity != null) ca.putArray("grouping").add(assignmentActivity.deepCopy());
        ObjectNode chosen = F.objectNode();
        chosen.put("objectType", "Activity");
        chosen.put("id", XapiIds.choice(sc.id(), t.node(), t.choice()));
        Optional<Choice> picked = sc.findChoice(t.choice()).map(Map.Entry::getValue);
        if (picked.isPresent()) chosen.putObject("definition").set("name", langMap(picked.get().text()));
        ca.putArray("other").add(chosen);
        s.set("context", context);
        Instant at = t.number() <= rec.choices().size() ? rec.choices().get(t.number() - 1).at() : null;
        if (at == null) at = rec.started();
        if (at != null) s.put("timestamp", timestamp(at));
        return s;
    }

    private ObjectNode sessionStatement(SessionRecord rec, Scenario sc, ScoreProfile p, ObjectNode actor,
                                        ObjectNode scenarioActivity, ObjectNode assignmentActivity) {
        ObjectNode s = F.objectNode();
        s.put("id", XapiIds.sessionStatement(rec.id()).toString());
        s.set("actor", actor.deepCopy());
        boolean done = p.finished();
        s.set("verb", done ? verb("completed", "completed", "voltooide") : verb("attempted", "attempted", "probeerde"));
        s.set("object", scenarioActivity.deepCopy());
        ObjectNode result = s.putObject("result");
        result.put("completion", done);
        if (done) {
            boolean good = (p.ending() == Quality.BEST || p.ending() == Quality.GOOD) && p.critical().isEmpty();
            result.put("success", good);
        }
        Instant last = lastTime(rec);
        if (rec.started() != null && last != null && !last.isBefore(rec.started())) {
            long centis = Duration.between(rec.started(), last).toMillis() / 10;
            result.put("duration", Duration.ofMillis(centis * 10).toString());
        }
        ObjectNode ext = result.putObject("extensions");
        ObjectNode bands = ext.putObject(XapiIds.extension("bands"));
        p.bands().forEach((k, b) -> bands.put(k.key(), b.code()));
        if (p.ending() != null) {
            ext.put(XapiIds.extension("ending"), p.ending().code());
            ext.put(XapiIds.extension("ending-node"), p.endingNode());
        }
        ext.set(XapiIds.extension("risks"), riskList(p, null));
        ObjectNode context = context(rec, null);
        if (assignmentActivity != null) context.putObject("contextActivities").putArray("grouping").add(assignmentActivity.deepCopy());
        s.set("context", context);
        Instant at = last != null ? last : rec.started();
        if (at != null) s.put("timestamp", timestamp(at));
        return s;
    }

    /** The risks committed (at one turn, or in the whole session when {@code turn} is null). */
    private static ArrayNode riskList(ScoreProfile p, Integer turn) {
        ArrayNode risks = F.arrayNode();
        for (RiskEvent r : p.risks()) {
            if (turn != null && r.turn() != turn) continue;
            ObjectNode o = risks.addObject();
            o.put("framework", r.framework());
            o.put("risk", r.id());
            o.put("turn", r.turn());
            o.put("severity", r.severity().name().toLowerCase(java.util.Locale.ROOT));
        }
        return risks;
    }

    /** ISO 8601 in UTC, to the millisecond: the precision xAPI asks stores to keep. */
    private static String timestamp(Instant at) {
        return at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();
    }

    private static Instant lastTime(SessionRecord rec) {
        Instant last = null;
        for (RecordedChoice c : rec.choices()) if (c.at() != null && (last == null || c.at().isAfter(last))) last = c.at();
        return last;
    }

    private ObjectNode actor(String trainee, String recordId) {
        ObjectNode a = F.objectNode();
        a.put("objectType", "Agent");
        if (trainee != null && !trainee.isBlank()) a.put("name", trainee.trim());
        ObjectNode account = a.putObject("account");
        account.put("homePage", homePage);
        // The account name identifies the person in the store; without a trainee name only the
        // session is known, never an invented e-mail address.
        account.put("name", trainee != null && !trainee.isBlank() ? trainee.trim() : "record-" + recordId);
        return a;
    }

    private ObjectNode context(SessionRecord rec, Integer turn) {
        ObjectNode c = F.objectNode();
        c.put("registration", XapiIds.registration(rec.id()).toString());
        c.put("platform", "Coachdans");
        String lang = languageTag(rec.language());
        if (lang != null) c.put("language", lang);
        ObjectNode ext = c.putObject("extensions");
        ext.put(XapiIds.extension("scenario-version"), rec.version());
        if (rec.contentHash() != null) ext.put(XapiIds.extension("content-hash"), rec.contentHash());
        if (rec.mode() != null) ext.put(XapiIds.extension("mode"), rec.mode() == Mode.EXAM ? "exam" : "practice");
        if (turn != null) ext.put(XapiIds.extension("turn"), turn);
        return c;
    }

    private static ObjectNode scenarioActivity(Scenario sc) {
        ObjectNode a = F.objectNode();
        a.put("objectType", "Activity");
        a.put("id", XapiIds.scenario(sc.id()));
        ObjectNode def = a.putObject("definition");
        def.set("name", langMap(sc.title()));
        if (sc.situation() != null) def.set("description", langMap(sc.situation()));
        def.put("type", "http://adlnet.gov/expapi/activities/simulation");
        return a;
    }

    private static ObjectNode assignmentActivity(String id, String title) {
        ObjectNode a = F.objectNode();
        a.put("objectType", "Activity");
        a.put("id", XapiIds.assignment(id));
        ObjectNode def = a.putObject("definition");
        if (title != null) def.set("name", langMap(title, title));
        def.put("type", "http://adlnet.gov/expapi/activities/assessment");
        return a;
    }

    private static ObjectNode verb(String name, String en, String nl) {
        ObjectNode v = F.objectNode();
        v.put("id", "http://adlnet.gov/expapi/verbs/" + name);
        v.set("display", langMap(nl, en));
        return v;
    }

    private static ObjectNode langMap(LocalizedText t) {
        return langMap(t.nl(), t.en());
    }

    /** A language map with the RFC 5646 tags nl-NL and en-US; a missing text falls back to the other. */
    private static ObjectNode langMap(String nl, String en) {
        ObjectNode m = F.objectNode();
        String n = nl == null || nl.isBlank() ? en : nl;
        String e = en == null || en.isBlank() ? nl : en;
        m.put("nl-NL", n == null ? "" : n);
        m.put("en-US", e == null ? "" : e);
        return m;
    }

    static String languageTag(String code) {
        if (code == null) return null;
        return switch (code.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "nl" -> "nl-NL";
            case "en" -> "en-US";
            default -> null;
        };
    }

    private static String checkIri(String iri) {
        try {
            URI u = new URI(iri);
            if (!u.isAbsolute() || u.getHost() == null) throw new IllegalArgumentException("'" + iri + "' is not an absolute address such as https://school.example");
            return iri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + iri + "' is not a valid address: " + e.getReason());
        }
    }
}
