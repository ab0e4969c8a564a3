package nl.coachdans.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The fingerprint of what a session on a scenario can do and how it is scored, so that a record can
 * tell whether it was made on the content here. It is SHA-256 over an explicit canonical form,
 * written field by field below, never over whatever a JSON mapper finds on the model classes: a new
 * method or a renamed record component must not change it, a changed effect must.
 *
 * <p>Canonical form, version 1: one compact JSON document
 * <pre>
 * {"form":1,
 *  "start":NODE,
 *  "state":{NAME:{"min":N,"max":N,"start":N,"role":ROLE|null}, ...}          (by name)
 *  "frameworks":[{"id":ID,"ordered":B,"skipRisk":ID|null,
 *                 "steps":[ID,...],"risks":[{"id":ID,"severity":S},...]}, ...] (scenario's order;
 *                 a framework not known here is {"id":ID,"missing":true})
 *  "nodes":{ID:{"kind":K,"quality":Q|null,"needs":NEED|null,"choices":[CHOICE,...]}, ...} (by id)}
 * NEED   = {"lead":[L,...]|null,"closeness":{"form":F,"values":[N,...]}|null,"stance":[S,...]|null,"tempo":[T,...]|null}
 * CHOICE = {"id":ID,"when":COND|null,"tags":[TAG,...],"effects":{NAME:N,...} (by name),
 *           "move":{"lead":L,"closeness":N,"stance":S,"tempo":T}|null,"next":[{"when":COND|null,"to":NODE},...]}
 * </pre>
 * Codes are lower case (kind "ending", quality "mixed", lead "client" ...); a condition is written
 * from its parsed form ({@code (rapport >= 5 and not (visited(mail)))}), a tag as {@code kind:framework/id}.
 * Left out on purpose, because they change no path and no score: every text (titles, lines,
 * variants, feedback, lessons, names), the client's looks, difficulty, minutes, the version number,
 * the expert path, the linter's conduct bounds and the frameworks' labels and wording. Choices keep
 * their order (it is the order they are offered in); nodes and variables are sorted, since their
 * order in the file changes nothing.
 *
 * <p>A fingerprint reads {@value #PREFIX} + 64 hex digits. Records made before it carry
 * {@code sha256:...} over the old mapper form; {@link #compare} calls those {@link Match#UNKNOWN}.
 */
public final class ContentHash {
    /** The scheme and version of the canonical form; a new form gets a new prefix. */
    public static final String PREFIX = "content-v1:sha256:";

    private static final ObjectMapper WRITER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** What a record's fingerprint says about the content here. */
    public enum Match {
        /** Made on this very content. */
        SAME,
        /** Made on other content (of the same scenario id). */
        CHANGED,
        /** No fingerprint, or one of an older scheme that cannot be compared: nothing is known. */
        UNKNOWN
    }

    private ContentHash() {
    }

    public static String of(Scenario scenario, Curriculum curriculum) {
        try {
            byte[] canonical = canonicalForm(scenario, curriculum).getBytes(StandardCharsets.UTF_8);
            return PREFIX + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint scenario " + scenario.id(), e);
        }
    }

    /** Compares a recorded fingerprint with the current one (as made by {@link #of}). */
    public static Match compare(String recorded, String current) {
        if (recorded == null || !recorded.startsWith(PREFIX)) return Match.UNKNOWN;
        return recorded.equals(current) ? Match.SAME : Match.CHANGED;
    }

    /** The canonical form that is hashed, as described above; for the fingerprint and for authors who wonder why it changed. */
    public static String canonicalForm(Scenario scenario, Curriculum curriculum) {
        ObjectNode root = NODES.objectNode();
        root.put("form", 1);
        root.put("start", scenario.start());
        ObjectNode state = root.putObject("state");
        new TreeMap<>(scenario.state()).forEach((name, v) -> state.set(name, variable(v)));
        ArrayNode frameworks = root.putArray("frameworks");
        for (String id : scenario.frameworks()) {
            Optional<Framework> f = curriculum == null ? Optional.empty() : curriculum.framework(id);
            frameworks.add(f.map(ContentHash::framework).orElseGet(() -> NODES.objectNode().put("id", id).put("missing", true)));
        }
        ObjectNode nodes = root.putObject("nodes");
        new TreeMap<>(scenario.nodes()).forEach((id, n) -> nodes.set(id, node(n)));
        try {
            return WRITER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint scenario " + scenario.id(), e);
        }
    }

    private static ObjectNode variable(StateVariable v) {
        ObjectNode o = NODES.objectNode();
        if (v == null) return o;
        o.put("min", v.min()).put("max", v.max()).put("start", v.start());
        o.put("role", v.role() == null ? null : v.role().code());
        return o;
    }

    private static ObjectNode framework(Framework f) {
        ObjectNode o = NODES.objectNode();
        o.put("id", f.id()).put("ordered", f.ordered()).put("skipRisk", f.skipRisk());
        ArrayNode steps = o.putArray("steps");
        for (Step s : f.steps()) steps.add(s.id());
        ArrayNode risks = o.putArray("risks");
        for (Risk r : f.risks()) risks.addObject().put("id", r.id()).put("severity", code(r.severity()));
        return o;
    }

    private static ObjectNode node(Node n) {
        ObjectNode o = NODES.objectNode();
        if (n == null) return o;
        o.put("kind", code(n.kind()));
        o.put("quality", code(n.quality()));
        Need need = n.needs();
        if (need == null || need.isEmpty()) {
            o.putNull("needs");
        } else {
            ObjectNode w = o.putObject("needs");
            codes(w, "lead", need.lead());
            if (need.closeness() == null) {
                w.putNull("closeness");
            } else {
                ObjectNode c = w.putObject("closeness").put("form", code(need.closeness().form()));
                ArrayNode values = c.putArray("values");
                need.closeness().values().forEach(values::add);
            }
            codes(w, "stance", need.stance());
            codes(w, "tempo", need.tempo());
        }
        ArrayNode choices = o.putArray("choices");
        for (Choice c : n.choices()) choices.add(choice(c));
        return o;
    }

    private static ObjectNode choice(Choice c) {
        ObjectNode o = NODES.objectNode();
        o.put("id", c.id());
        o.put("when", condition(c.when()));
        ArrayNode tags = o.putArray("tags");
        for (String t : c.tags()) tags.add(tag(t));
        ObjectNode effects = o.putObject("effects");
        new TreeMap<>(c.effects()).forEach(effects::put);
        Move m = c.move();
        if (m == null) {
            o.putNull("move");
        } else {
            o.putObject("move").put("lead", code(m.lead())).put("closeness", m.closeness())
                    .put("stance", code(m.stance())).put("tempo", code(m.tempo()));
        }
        ArrayNode next = o.putArray("next");
        if (c.next() != null) {
            for (Route r : c.next().routes()) next.addObject().put("when", condition(r.when())).put("to", r.to());
        }
        return o;
    }

    private static void codes(ObjectNode into, String field, List<? extends Enum<?>> values) {
        if (values == null) {
            into.putNull(field);
            return;
        }
        ArrayNode a = into.putArray(field);
        for (Enum<?> v : values) a.add(code(v));
    }

    private static String code(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    /** A tag in one spelling ({@code step:herken} and {@code step: herken} are the same tag). */
    private static String tag(String text) {
        try {
            return Tag.parse(text).toString();
        } catch (IllegalArgumentException e) {
            return text; // The validator reports it; the fingerprint still tells it apart.
        }
    }

    /** A condition from its parsed form, so that spacing and redundant brackets change nothing. */
    static String condition(Condition c) {
        if (c == null) return null;
        if (c instanceof Condition.Constant k) return String.valueOf(k.value());
        if (c instanceof Condition.Comparison k) return k.variable() + " " + k.operator() + " " + k.number();
        if (c instanceof Condition.Visited k) return "visited(" + k.node() + ")";
        if (c instanceof Condition.Chosen k) return "chosen(" + k.choice() + ")";
        if (c instanceof Condition.Committed k) return "committed(" + qualified(k.framework(), k.risk()) + ")";
        if (c instanceof Condition.Reached k) return "reached(" + qualified(k.framework(), k.step()) + ")";
        if (c instanceof Condition.RiskCount k) {
            return "risks(" + Condition.severityWord(k.severity()) + ") " + k.operator().symbol() + " " + k.number();
        }
        if (c instanceof Condition.StepCount k) return "steps(" + k.framework() + ") " + k.operator().symbol() + " " + k.number();
        if (c instanceof Condition.Not k) return "not (" + condition(k.operand()) + ")";
        if (c instanceof Condition.And k) return "(" + condition(k.left()) + " and " + condition(k.right()) + ")";
        if (c instanceof Condition.Or k) return "(" + condition(k.left()) + " or " + condition(k.right()) + ")";
        // Only reached by a kind of condition added later and not yet written out here.
        return "source:" + c.source();
    }

    private static String qualified(String framework, String id) {
        return framework == null ? id : framework + "/" + id;
    }
}
