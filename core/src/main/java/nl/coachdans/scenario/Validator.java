package nl.coachdans.scenario;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Structural checks of one scenario or framework: required fields, nl and en texts, references,
 * tags, conditions, dead ends and unreachable nodes. Needs nothing but the model itself; the
 * pedagogical checks (paths, expert path) live in the linter.
 */
public final class Validator {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_.-]*");

    private final Curriculum curriculum;

    public Validator(Curriculum curriculum) {
        this.curriculum = curriculum;
    }

    /** Collects findings for one file; {@code where} strings name the node or choice. */
    private static final class Sink {
        final String file;
        final List<Finding> out = new ArrayList<>();

        Sink(String file) {
            this.file = file;
        }

        void error(String pointer, String where, String message) {
            out.add(new Finding(file, 0, 0, Finding.Level.ERROR, message, where, pointer));
        }

        void warning(String pointer, String where, String message) {
            out.add(new Finding(file, 0, 0, Finding.Level.WARNING, message, where, pointer));
        }

        void text(LocalizedText t, String pointer, String where, String what, boolean required) {
            if (t == null) {
                if (required) error(pointer, where, what + " is missing (give nl and en)");
                return;
            }
            if (t.nl() == null || t.nl().isBlank()) error(pointer + "/nl", where, what + " has no Dutch text (nl)");
            if (t.en() == null || t.en().isBlank()) error(pointer + "/en", where, what + " has no English text (en)");
        }
    }

    public List<Finding> validate(String file, Framework f) {
        Sink s = new Sink(file);
        if (f.id() == null || !ID.matcher(f.id()).matches()) s.error("/id", null, "framework id is missing or not lower-case letters, digits and dashes");
        if (f.version() < 1) s.error("/version", null, "version must be 1 or higher");
        s.text(f.title(), "/title", null, "title", true);
        s.text(f.summary(), "/summary", null, "summary", false);
        if (f.source() == null || f.source().title() == null || f.source().title().isBlank()) {
            s.error("/source", null, "source needs the title (and the author, when the text names one) of the text the framework comes from");
        }
        if (f.steps().isEmpty()) s.error("/steps", null, "a framework needs at least one step or aspect");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < f.steps().size(); i++) {
            Step st = f.steps().get(i);
            String ptr = "/steps/" + i;
            String where = "step " + st.id();
            if (st.id() == null || !ID.matcher(st.id()).matches()) s.error(ptr + "/id", where, "step id is missing or malformed");
            else if (!ids.add("step:" + st.id())) s.error(ptr + "/id", where, "step id '" + st.id() + "' is used twice");
            s.text(st.name(), ptr + "/name", where, "name", true);
            s.text(st.explanation(), ptr + "/explanation", where, "explanation", true);
        }
        for (int i = 0; i < f.risks().size(); i++) {
            Risk r = f.risks().get(i);
            String ptr = "/risks/" + i;
            String where = "risk " + r.id();
            if (r.id() == null || !ID.matcher(r.id()).matches()) s.error(ptr + "/id", where, "risk id is missing or malformed");
            else if (!ids.add("risk:" + r.id())) s.error(ptr + "/id", where, "risk id '" + r.id() + "' is used twice");
            if (r.severity() == null) s.error(ptr, where, "severity is missing: use warning or critical");
            s.text(r.name(), ptr + "/name", where, "name", true);
            s.text(r.explanation(), ptr + "/explanation", where, "explanation", true);
        }
        for (int i = 0; i < f.labels().size(); i++) {
            Label l = f.labels().get(i);
            String ptr = "/labels/" + i;
            String where = "label " + l.id();
            if (l.id() == null || !ID.matcher(l.id()).matches()) s.error(ptr + "/id", where, "label id is missing or malformed");
            else if (!ids.add("label:" + l.id())) s.error(ptr + "/id", where, "label id '" + l.id() + "' is used twice");
            s.text(l.name(), ptr + "/name", where, "name", true);
            s.text(l.explanation(), ptr + "/explanation", where, "explanation", false);
        }
        if (f.skipRisk() != null) {
            if (f.risk(f.skipRisk()).isEmpty()) s.error("/skipRisk", null, "skipRisk '" + f.skipRisk() + "' is not one of this framework's risks");
            if (!f.ordered()) s.warning("/skipRisk", null, "skipRisk only applies when the framework is ordered: true");
        }
        return s.out;
    }

    public List<Finding> validate(String file, Scenario sc) {
        Sink s = new Sink(file);
        if (sc.id() == null || !ID.matcher(sc.id()).matches()) s.error("/id", null, "scenario id is missing or not lower-case letters, digits and dashes");
        if (sc.version() < 1) s.error("/version", null, "version must be 1 or higher");
        s.text(sc.title(), "/title", null, "title", true);
        s.text(sc.situation(), "/situation", null, "situation", true);
        s.text(sc.briefing(), "/briefing", null, "briefing", true);
        if (sc.difficulty() < 1 || sc.difficulty() > 3) s.error("/difficulty", null, "difficulty must be 1, 2 or 3");
        if (sc.minutes() < 1) s.error("/minutes", null, "minutes must be a positive whole number");
        if (sc.client() == null || sc.client().name() == null || sc.client().name().isBlank()) {
            s.error("/client", null, "client needs a name");
        } else {
            s.text(sc.client().role(), "/client/role", null, "client role", true);
            s.text(sc.client().background(), "/client/background", null, "client background", true);
        }
        if (sc.frameworks().isEmpty()) s.error("/frameworks", null, "name at least one framework the scenario is scored against");
        for (int i = 0; i < sc.frameworks().size(); i++) {
            String fw = sc.frameworks().get(i);
            if (curriculum.framework(fw).isEmpty()) {
                s.error("/frameworks/" + i, null, "unknown framework '" + fw + "'; known: " + String.join(", ", curriculum.frameworks().keySet()));
            }
        }
        sc.state().forEach((name, v) -> {
            String ptr = "/state/" + name;
            if (v == null) {
                s.error(ptr, "state " + name, "state variable '" + name + "' is empty: give name, min, max and start");
                return;
            }
            if (v.min() >= v.max()) s.error(ptr, "state " + name, "min must be below max");
            else if (v.start() < v.min() || v.start() > v.max()) s.error(ptr + "/start", "state " + name, "start must lie between min and max");
            s.text(v.name(), ptr + "/name", "state " + name, "name", true);
        });
        if (sc.start() == null || sc.node(sc.start()) == null) {
            s.error("/start", null, "start node '" + sc.start() + "' does not exist");
        }
        if (sc.nodes().isEmpty()) s.error("/nodes", null, "the scenario has no nodes");

        Map<String, String> choiceNode = new HashMap<>();
        sc.nodes().forEach((nodeId, n) -> {
            if (n == null) return;
            for (Choice c : n.choices()) {
                if (c == null) continue;
                if (c.id() != null && choiceNode.putIfAbsent(c.id(), nodeId) != null) {
                    s.error("/nodes/" + nodeId + "/choices", "node " + nodeId + ", choice " + c.id(),
                            "choice id '" + c.id() + "' is used twice (also at node " + choiceNode.get(c.id()) + ")");
                }
            }
        });

        sc.nodes().forEach((nodeId, n) -> {
            if (n == null) s.error("/nodes/" + nodeId, "node " + nodeId, "node '" + nodeId + "' is empty: give at least kind and text");
            else checkNode(s, sc, nodeId, n, choiceNode);
        });
        // The graph checks assume every node and choice is there; fix the empty ones first.
        if (s.out.stream().noneMatch(f -> f.message().contains("is empty"))) checkGraph(s, sc);
        return s.out;
    }

    private void checkNode(Sink s, Scenario sc, String nodeId, Node n, Map<String, String> choiceNode) {
        String ptr = "/nodes/" + nodeId;
        String where = "node " + nodeId;
        if (!ID.matcher(nodeId).matches()) s.error(ptr, where, "node id must be lower-case letters, digits and dashes");
        if (n.kind() == null) {
            s.error(ptr, where, "kind is missing: use utterance, email, narration or ending");
            return;
        }
        s.text(n.text(), ptr + "/text", where, "text", true);
        if (n.chapter() != null) s.text(n.chapter(), ptr + "/chapter", where, "chapter", true);
        if (n.kind() == NodeKind.EMAIL) s.text(n.subject(), ptr + "/subject", where, "email subject", true);
        else if (n.subject() != null) s.warning(ptr + "/subject", where, "subject is only shown for email nodes");
        for (int i = 0; i < n.variants().size(); i++) {
            Variant v = n.variants().get(i);
            if (v == null) {
                s.error(ptr + "/variants/" + i, where, "variant " + (i + 1) + " is empty");
                continue;
            }
            s.text(v.text(), ptr + "/variants/" + i + "/text", where, "variant text", true);
            if (v.when() != null) checkCondition(s, sc, v.when(), ptr + "/variants/" + i + "/when", where, choiceNode);
        }
        if (n.needs() != null && n.needs().closeness() != null && Math.abs(n.needs().closeness()) > 2) {
            s.error(ptr + "/needs/closeness", where, "closeness must lie between -2 and 2");
        }
        if (n.isEnding()) {
            if (n.quality() == null) s.error(ptr, where, "an ending needs a quality: best, good, mixed or poor");
            if (!n.choices().isEmpty()) s.error(ptr + "/choices", where, "an ending has no choices");
            s.text(n.lesson(), ptr + "/lesson", where, "lesson", true);
            return;
        }
        if (n.quality() != null) s.warning(ptr + "/quality", where, "quality only counts on endings");
        if (n.choices().isEmpty()) s.error(ptr, where, "dead end: this node has no choices and is not an ending");
        for (int i = 0; i < n.choices().size(); i++) {
            if (n.choices().get(i) == null) s.error(ptr + "/choices/" + i, where, "choice " + (i + 1) + " is empty");
            else checkChoice(s, sc, n.choices().get(i), ptr + "/choices/" + i, where, choiceNode);
        }
    }

    private void checkChoice(Sink s, Scenario sc, Choice c, String ptr, String nodeWhere, Map<String, String> choiceNode) {
        String where = nodeWhere + ", choice " + c.id();
        if (c.id() == null || !ID.matcher(c.id()).matches()) s.error(ptr + "/id", where, "choice id is missing or not lower-case letters, digits and dashes");
        s.text(c.text(), ptr + "/text", where, "choice text", true);
        s.text(c.feedback(), ptr + "/feedback", where, "feedback", true);
        if (c.next() == null) s.error(ptr, where, "next is missing: name the node this choice leads to");
        else if (sc.node(c.next()) == null) s.error(ptr + "/next", where, "next node '" + c.next() + "' does not exist");
        if (c.move() == null) {
            s.error(ptr, where, "move is missing: give lead, closeness, stance and tempo");
        } else {
            if (c.move().lead() == null) s.error(ptr + "/move", where, "move needs lead: coach, shared or client");
            if (c.move().stance() == null) s.error(ptr + "/move", where, "move needs stance: along or counter");
            if (c.move().tempo() == null) s.error(ptr + "/move", where, "move needs tempo: slow, steady or fast");
            if (Math.abs(c.move().closeness()) > 2) s.error(ptr + "/move/closeness", where, "closeness must lie between -2 and 2");
        }
        c.effects().forEach((var, delta) -> {
            StateVariable sv = sc.state().get(var);
            if (delta == null) {
                s.error(ptr + "/effects/" + var, where, "effect on '" + var + "' has no number (write for example " + var + ": -1)");
            } else if (sv != null && Math.abs((long) delta) > (long) sv.max() - sv.min()) {
                s.error(ptr + "/effects/" + var, where, "effect " + delta + " on '" + var + "' is larger than its whole range ("
                        + sv.min() + " to " + sv.max() + ")");
            }
            if (!sc.state().containsKey(var)) {
                s.error(ptr + "/effects/" + var, where, "effect on unknown state variable '" + var + "'; known: " + String.join(", ", sc.state().keySet()));
            }
        });
        if (c.when() != null) checkCondition(s, sc, c.when(), ptr + "/when", where, choiceNode);
        for (int i = 0; i < c.tags().size(); i++) {
            try {
                Tag tag = Tag.parse(c.tags().get(i));
                if (tag.kind() == Tag.Kind.STEP || tag.kind() == Tag.Kind.RISK || tag.kind() == Tag.Kind.LABEL) {
                    curriculum.owner(tag, sc);
                }
            } catch (IllegalArgumentException e) {
                s.error(ptr + "/tags/" + i, where, e.getMessage());
            }
        }
    }

    private static void checkCondition(Sink s, Scenario sc, Condition cond, String ptr, String where, Map<String, String> choiceNode) {
        for (Condition.Reference r : cond.referenceSet()) {
            switch (r.kind()) {
                case VARIABLE -> {
                    if (!sc.state().containsKey(r.name())) s.error(ptr, where, "condition \"" + cond.source() + "\" uses unknown state variable '" + r.name() + "'");
                }
                case VISITED -> {
                    if (sc.node(r.name()) == null) s.error(ptr, where, "condition \"" + cond.source() + "\" names unknown node '" + r.name() + "'");
                }
                case CHOSEN -> {
                    if (!choiceNode.containsKey(r.name())) s.error(ptr, where, "condition \"" + cond.source() + "\" names unknown choice '" + r.name() + "'");
                }
            }
        }
    }

    /** Unreachable nodes, and nodes from which no ending can be reached (cycles without exit). */
    private static void checkGraph(Sink s, Scenario sc) {
        if (sc.start() == null || sc.node(sc.start()) == null) return;
        Set<String> reachable = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(sc.start());
        reachable.add(sc.start());
        Map<String, List<String>> incoming = new HashMap<>();
        sc.nodes().forEach((id, n) -> {
            for (Choice c : n.choices()) {
                if (c.next() != null && sc.node(c.next()) != null) incoming.computeIfAbsent(c.next(), k -> new ArrayList<>()).add(id);
            }
        });
        while (!todo.isEmpty()) {
            Node n = sc.node(todo.poll());
            for (Choice c : n.choices()) {
                if (c.next() != null && sc.node(c.next()) != null && reachable.add(c.next())) todo.add(c.next());
            }
        }
        Set<String> canEnd = new HashSet<>();
        sc.nodes().forEach((id, n) -> {
            if (n.isEnding()) {
                canEnd.add(id);
                todo.add(id);
            }
        });
        while (!todo.isEmpty()) {
            for (String from : incoming.getOrDefault(todo.poll(), List.of())) {
                if (canEnd.add(from)) todo.add(from);
            }
        }
        sc.nodes().forEach((id, n) -> {
            if (!reachable.contains(id)) {
                s.error("/nodes/" + id, "node " + id, "unreachable: no choice leads to this node from start '" + sc.start() + "'");
            } else if (!canEnd.contains(id) && !n.choices().isEmpty()) {
                s.error("/nodes/" + id, "node " + id, "cycle without exit: no ending can be reached from here");
            }
        });
    }
}
