package nl.coachdans.scoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.coachdans.engine.ClientState;
import nl.coachdans.engine.Transcript;
import nl.coachdans.engine.Turn;

/**
 * The JSON document {@code play --json} prints: the transcript's turns and the profile. No clock,
 * no hash order: the same input prints the same bytes.
 */
public final class ProfileDocument {
    public static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProfileDocument() {
    }

    public static ObjectNode of(Transcript t, ScoreProfile p) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("scenario", p.scenario());
        root.put("version", p.version());
        root.put("seed", t.seed());
        if (p.ending() == null) {
            root.putNull("ending");
        } else {
            ObjectNode e = root.putObject("ending");
            e.put("id", p.endingNode());
            e.put("quality", p.ending().code());
        }
        ArrayNode steps = root.putArray("steps");
        for (FrameworkResult fr : p.frameworks()) {
            for (StepResult s : fr.steps()) {
                ObjectNode o = steps.addObject();
                o.put("framework", s.framework());
                o.put("id", s.id());
                o.put("reached", s.reached());
                if (s.turn() == null) o.putNull("turn"); else o.put("turn", s.turn());
                o.put("inOrder", s.inOrder());
            }
        }
        ArrayNode risks = root.putArray("risks");
        for (RiskEvent r : p.risks()) {
            ObjectNode o = risks.addObject();
            o.put("framework", r.framework());
            o.put("id", r.id());
            o.put("turn", r.turn());
            o.put("severity", r.severity().name().toLowerCase(java.util.Locale.ROOT));
            o.put("choice", r.choice());
            o.put("byOrder", r.byOrder());
        }
        ObjectNode bands = root.putObject("bands");
        p.bands().forEach((k, v) -> bands.put(k.key(), v.code()));
        ObjectNode dance = root.putObject("dance");
        dance.put("moves", p.dance().moves());
        dance.put("judged", p.dance().judged());
        dance.put("inTune", p.dance().inTune());
        dance.put("coachLed", p.dance().coachLed());
        dance.put("sharedLead", p.dance().sharedLead());
        dance.put("clientLed", p.dance().clientLed());
        ArrayNode turns = root.putArray("turns");
        for (Turn turn : t.turns()) {
            ObjectNode o = turns.addObject();
            o.put("turn", turn.number());
            o.put("node", turn.node());
            o.put("choice", turn.choice());
            ArrayNode av = o.putArray("available");
            turn.available().forEach(av::add);
            ArrayNode tags = o.putArray("tags");
            turn.tags().forEach(tags::add);
            o.set("before", state(turn.before()));
            o.set("after", state(turn.after()));
        }
        return root;
    }

    public static ObjectNode state(ClientState s) {
        ObjectNode o = MAPPER.createObjectNode();
        s.values().forEach(o::put);
        return o;
    }
}
