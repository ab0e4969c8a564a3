package nl.coachdans.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Structural checks of one scenario or framework: required fields, nl and en texts, references,
 * tags, conditions, dead ends and unreachable nodes. Needs nothing but the model itself; the
 * pedagogical checks (paths, expert path) live in the linter.
 */
public final class Validator {

    private final Curriculum curriculum;

    public Validator(Curriculum curriculum) {
        this.curriculum = curriculum;
    }

    /**
     * Whether the text is an id: {@code [a-z0-9][a-z0-9_.-]*}. Written out rather than as a regular
     * expression, which cost a tenth of the time of validating a large scenario.
     */
    static boolean isId(String text) {
        if (text == null || text.isEmpty()) return false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || i > 0 && (c == '_' || c == '.' || c == '-');
            if (!ok) return false;
        }
        return true;
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
        if (!isId(f.id())) s.error("/id", null, "framework id is missing or not lower-case letters, digits and dashes");
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
            if (!isId(st.id())) s.error(ptr + "/id", where, "step id is missing or malformed");
            else if (!ids.add("step:" + st.id())) s.error(ptr + "/id", where, "step id '" + st.id() + "' is used twice");
            s.text(st.name(), ptr + "/name", where, "name", true);
            s.text(st.explanation(), ptr + "/explanation", where, "explanation", true);
        }
        for (int i = 0; i < f.risks().size(); i++) {
            Risk r = f.risks().get(i);
            String ptr = "/risks/" + i;
            String where = "risk " + r.id();
            if (!isId(r.id())) s.error(ptr + "/id", where, "risk id is missing or malformed");
            else if (!ids.add("risk:" + r.id())) s.error(ptr + "/id", where, "risk id '" + r.id() + "' is used twice");
            if (r.severity() == null) s.error(ptr, where, "severity is missing: use warning or critical");
            s.text(r.name(), ptr + "/name", where, "name", true);
            s.text(r.explanation(), ptr + "/explanation", where, "explanation", true);
        }
        for (int i = 0; i < f.labels().size(); i++) {
            Label l = f.labels().get(i);
            String ptr = "/labels/" + i;
            String where = "label " + l.id();
            if (!isId(l.id())) s.error(ptr + "/id", where, "label id is missing or malformed");
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
        return validate(file, sc, ConversationGraph.of(sc));
    }

    /** Validates with the scenario's graph already resolved (the linter shares it with the explorer). */
    public List<Finding> validate(String file, Scenario sc, ConversationGraph graph) {
        Sink s = new Sink(file);
        if (!isId(sc.id())) s.error("/id", null, "scenario id is missing or not lower-case letters, digits and dashes");
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
        Map<Role, String> roles = new HashMap<>();
        sc.state().forEach((name, v) -> {
            if (v != null && v.role() != null && roles.putIfAbsent(v.role(), name) != null) {
                s.error("/state/" + name + "/role", "state " + name, "role " + v.role().code() + " is given twice (also to '"
                        + roles.get(v.role()) + "'); each role belongs to one state variable");
            }
        });
        if (sc.variableFor(Role.EMOTION) == null || sc.variableFor(Role.RAPPORT) == null) {
            s.warning("/state", null, "no state variable plays the role " + (sc.variableFor(Role.EMOTION) == null ? "emotion" : "rapport")
                    + ", so the dance and the client's figure use a neutral value for it; give one variable role: "
                    + (sc.variableFor(Role.EMOTION) == null ? "emotion" : "rapport"));
        }
        if (sc.conduct() != null && sc.conduct().warningsForMixed() != null && sc.conduct().warningsForMixed() < 1) {
            s.error("/conduct/warningsForMixed", null, "warningsForMixed must be 1 or more");
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

        int choices = 0;
        for (Node n : sc.nodes().values()) if (n != null) choices += n.choices().size();
        Map<String, String> choiceNode = new HashMap<>(choices * 2);
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

        Map<String, Optional<String>> tagProblems = new HashMap<>();
        int number = 0;
        for (Map.Entry<String, Node> e : sc.nodes().entrySet()) {
            String nodeId = e.getKey();
            Node n = e.getValue();
            if (n == null) s.error("/nodes/" + nodeId, "node " + nodeId, "node '" + nodeId + "' is empty: give at least kind and text");
            else checkNode(s, sc, graph, number, nodeId, n, choiceNode, tagProblems);
            number++;
        }
        // The graph checks assume every node and choice is there; fix the empty ones first.
        if (s.out.stream().noneMatch(f -> f.message().contains("is empty"))) checkGraph(s, sc, graph);
        return s.out;
    }

    /**
     * A node, or one of its choices or variants, as a finding names it. The pointer and the
     * description are only put together when there is something to report: building them for each
     * of tens of thousands of choices took a sixth of the validation of a large scenario.
     */
    private record Place(String nodeId, String part, int index, String choiceId) {
        static Place node(String nodeId) {
            return new Place(nodeId, null, -1, null);
        }

        Place choice(int i, String id) {
            return new Place(nodeId, "/choices/", i, id);
        }

        Place variant(int i) {
            return new Place(nodeId, "/variants/", i, null);
        }

        String pointer(String field) {
            return "/nodes/" + nodeId + (part == null ? "" : part + index) + field;
        }

        String where() {
            return "node " + nodeId + ("/choices/".equals(part) ? ", choice " + choiceId : "");
        }
    }

    private static void error(Sink s, Place at, String field, String message) {
        s.error(at.pointer(field), at.where(), message);
    }

    private static void text(Sink s, LocalizedText t, Place at, String field, String what) {
        boolean complete = t != null && t.nl() != null && !t.nl().isBlank() && t.en() != null && !t.en().isBlank();
        if (!complete) s.text(t, at.pointer(field), at.where(), what, true);
    }

    /** Checks one node, the graph's node {@code number}. */
    private void checkNode(Sink s, Scenario sc, ConversationGraph graph, int number, String nodeId, Node n, Map<String, String> choiceNode,
                           Map<String, Optional<String>> tagProblems) {
        Place at = Place.node(nodeId);
        if (!isId(nodeId)) error(s, at, "", "node id must be lower-case letters, digits and dashes");
        if (n.kind() == null) {
            error(s, at, "", "kind is missing: use utterance, email, narration or ending");
            return;
        }
        text(s, n.text(), at, "/text", "text");
        if (n.chapter() != null) text(s, n.chapter(), at, "/chapter", "chapter");
        if (n.kind() == NodeKind.EMAIL) text(s, n.subject(), at, "/subject", "email subject");
        else if (n.subject() != null) s.warning(at.pointer("/subject"), at.where(), "subject is only shown for email nodes");
        for (int i = 0; i < n.variants().size(); i++) {
            Variant v = n.variants().get(i);
            if (v == null) {
                error(s, at.variant(i), "", "variant " + (i + 1) + " is empty");
                continue;
            }
            text(s, v.text(), at.variant(i), "/text", "variant text");
            if (v.lesson() != null) {
                if (n.isEnding()) text(s, v.lesson(), at.variant(i), "/lesson", "variant lesson");
                else s.warning(at.variant(i).pointer("/lesson"), at.where(), "lesson only counts on the variants of an ending");
            }
            if (v.when() != null) checkCondition(s, sc, v.when(), at.variant(i), "/when", choiceNode);
        }
        if (n.needs() != null && n.needs().closeness() != null) checkCloseness(s, at, n.needs().closeness());
        if (n.isEnding()) {
            if (n.quality() == null) error(s, at, "", "an ending needs a quality: best, good, mixed or poor");
            if (!n.choices().isEmpty()) error(s, at, "/choices", "an ending has no choices");
            text(s, n.lesson(), at, "/lesson", "lesson");
            return;
        }
        if (n.quality() != null) s.warning(at.pointer("/quality"), at.where(), "quality only counts on endings");
        if (n.choices().isEmpty()) error(s, at, "", "dead end: this node has no choices and is not an ending");
        for (int i = 0; i < n.choices().size(); i++) {
            Choice c = n.choices().get(i);
            if (c == null) error(s, at, "/choices/" + i, "choice " + (i + 1) + " is empty");
            else checkChoice(s, sc, c, graph, graph.firstChoice(number) + i, at.choice(i, c.id()), choiceNode, tagProblems);
        }
    }

    private static void checkCloseness(Sink s, Place at, Closeness c) {
        for (int v : c.values()) {
            if (Math.abs(v) > 2) {
                error(s, at, "/needs/closeness", "closeness must lie between -2 and 2 (got " + v + ")");
                return;
            }
        }
        if (c.form() == Closeness.Form.RANGE && c.values().get(0) > c.values().get(1)) {
            error(s, at, "/needs/closeness", "closeness range " + c.values().get(0) + ".." + c.values().get(1) + " is empty: write the lower number first");
        }
    }

    /** Checks one choice, the graph's choice {@code number}. */
    private void checkChoice(Sink s, Scenario sc, Choice c, ConversationGraph graph, int number, Place at, Map<String, String> choiceNode,
                             Map<String, Optional<String>> tagProblems) {
        if (!isId(c.id())) error(s, at, "/id", "choice id is missing or not lower-case letters, digits and dashes");
        text(s, c.text(), at, "/text", "choice text");
        text(s, c.feedback(), at, "/feedback", "feedback");
        if (c.next() == null) error(s, at, "", "next is missing: name the node this choice leads to");
        else checkRoutes(s, sc, c.next(), graph, number, at, choiceNode);
        if (c.move() == null) {
            error(s, at, "", "move is missing: give lead, closeness, stance and tempo");
        } else {
            if (c.move().lead() == null) error(s, at, "/move", "move needs lead: coach, shared or client");
            if (c.move().stance() == null) error(s, at, "/move", "move needs stance: along or counter");
            if (c.move().tempo() == null) error(s, at, "/move", "move needs tempo: slow, steady or fast");
            if (Math.abs(c.move().closeness()) > 2) error(s, at, "/move/closeness", "closeness must lie between -2 and 2");
        }
        for (Map.Entry<String, Integer> e : c.effects().entrySet()) {
            String var = e.getKey();
            Integer delta = e.getValue();
            StateVariable sv = sc.state().get(var);
            if (delta == null) {
                error(s, at, "/effects/" + var, "effect on '" + var + "' has no number (write for example " + var + ": -1)");
            } else if (sv != null && Math.abs((long) delta) > (long) sv.max() - sv.min()) {
                error(s, at, "/effects/" + var, "effect " + delta + " on '" + var + "' is larger than its whole range ("
                        + sv.min() + " to " + sv.max() + ")");
            }
            if (!sc.state().containsKey(var)) {
                error(s, at, "/effects/" + var, "effect on unknown state variable '" + var + "'; known: " + String.join(", ", sc.state().keySet()));
            }
        }
        if (c.when() != null) checkCondition(s, sc, c.when(), at, "/when", choiceNode);
        for (int i = 0; i < c.tags().size(); i++) {
            // A scenario repeats a handful of tags on thousands of choices: judge each text once.
            Optional<String> problem = tagProblems.computeIfAbsent(c.tags().get(i), text -> tagProblem(text, sc));
            if (problem.isPresent()) error(s, at, "/tags/" + i, problem.get());
        }
    }

    /** A plain next names an existing node; a list of routes ends with one fallback without when. */
    private void checkRoutes(Sink s, Scenario sc, Next next, ConversationGraph graph, int number, Place at, Map<String, String> choiceNode) {
        if (next.isSingle()) {
            if (graph.routeTarget(graph.firstRoute(number)) < 0) error(s, at, "/next", "next node '" + next.routes().get(0).to() + "' does not exist");
            return;
        }
        List<Route> routes = next.routes();
        if (routes.isEmpty()) {
            error(s, at, "/next", "next is an empty list: name a node, or give routes ending with one without when");
            return;
        }
        for (int i = 0; i < routes.size(); i++) {
            Route r = routes.get(i);
            String ptr = "/next/" + i;
            if (r == null || r.to() == null) {
                error(s, at, ptr, "route " + (i + 1) + " has no 'to': name the node it leads to");
                continue;
            }
            if (graph.routeTarget(graph.firstRoute(number) + i) < 0) error(s, at, ptr + "/to", "route " + (i + 1) + " leads to node '" + r.to() + "', which does not exist");
            boolean last = i == routes.size() - 1;
            if (r.when() == null && !last) {
                error(s, at, ptr, "route " + (i + 1) + " has no when, so the routes after it are never taken; only the last route goes without when");
            } else if (r.when() != null && last) {
                error(s, at, ptr + "/when", "the last route must have no when: it is the fallback taken when no condition holds");
            }
            if (r.when() != null) checkCondition(s, sc, r.when(), at, ptr + "/when", choiceNode);
        }
    }

    /** What is wrong with a tag, if anything. */
    private Optional<String> tagProblem(String text, Scenario sc) {
        try {
            Tag tag = Tag.parse(text);
            if (tag.kind() == Tag.Kind.STEP || tag.kind() == Tag.Kind.RISK || tag.kind() == Tag.Kind.LABEL) {
                curriculum.owner(tag, sc);
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    private void checkCondition(Sink s, Scenario sc, Condition cond, Place at, String field, Map<String, String> choiceNode) {
        for (Condition.Reference r : cond.referenceSet()) {
            switch (r.kind()) {
                case RISK, STEP -> {
                    String problem = historyProblem(sc, r);
                    if (problem != null) error(s, at, field, "condition \"" + cond.source() + "\" " + problem);
                }
                case STEP_COUNT -> {
                    if (!sc.frameworks().contains(r.name())) error(s, at, field, "condition \"" + cond.source() + "\" counts the steps of framework '"
                            + r.name() + "', which is not among this scenario's frameworks " + sc.frameworks());
                }
                case RISK_COUNT -> { }
                case VARIABLE -> {
                    if (!sc.state().containsKey(r.name())) error(s, at, field, "condition \"" + cond.source() + "\" uses unknown state variable '" + r.name() + "'");
                }
                case VISITED -> {
                    if (sc.node(r.name()) == null) error(s, at, field, "condition \"" + cond.source() + "\" names unknown node '" + r.name() + "'");
                }
                case CHOSEN -> {
                    if (!choiceNode.containsKey(r.name())) error(s, at, field, "condition \"" + cond.source() + "\" names unknown choice '" + r.name() + "'");
                }
            }
        }
    }

    /** What is wrong with the risk or step a committed() or reached() names, or null. */
    private String historyProblem(Scenario sc, Condition.Reference r) {
        boolean risk = r.kind() == Condition.Reference.Kind.RISK;
        String word = risk ? "risk" : "step";
        int slash = r.name().indexOf('/');
        String fw = slash < 0 ? null : r.name().substring(0, slash), id = r.name().substring(slash + 1);
        if (fw != null && !sc.frameworks().contains(fw)) {
            return "names framework '" + fw + "', which is not among this scenario's frameworks " + sc.frameworks();
        }
        List<String> owners = new ArrayList<>();
        for (Framework f : curriculum.frameworksOf(sc)) {
            if (fw != null && !fw.equals(f.id())) continue;
            if (risk ? f.risk(id).isPresent() : f.step(id).isPresent()) owners.add(f.id());
        }
        if (owners.isEmpty()) return "names unknown " + word + " '" + id + "'; the frameworks " + sc.frameworks() + " have no such " + word;
        if (owners.size() > 1) return "names " + word + " '" + id + "', which is ambiguous: write " + owners.get(0) + "/" + id + " or " + owners.get(1) + "/" + id;
        return null;
    }

    /** Unreachable nodes, and nodes from which no ending can be reached (cycles without exit). */
    private static void checkGraph(Sink s, Scenario sc, ConversationGraph graph) {
        if (sc.start() == null || sc.node(sc.start()) == null) return;
        int n = graph.size();
        boolean[] reachable = new boolean[n];
        int[] todo = new int[n]; // each node is queued at most once per search
        int head = 0, tail = 0;
        int start = graph.number(sc.start());
        reachable[start] = true;
        todo[tail++] = start;
        while (head < tail) {
            int v = todo[head++];
            for (int c = graph.firstChoice(v); c < graph.firstChoice(v + 1); c++) {
                for (int r = graph.firstRoute(c); r < graph.firstRoute(c + 1); r++) {
                    int t = graph.routeTarget(r);
                    if (t >= 0 && !reachable[t]) { reachable[t] = true; todo[tail++] = t; }
                }
            }
        }

        int routes = graph.firstRoute(graph.choiceCount());
        int[] incomingFirst = new int[n + 1]; // counts first, then where each node's incoming routes start
        for (int r = 0; r < routes; r++) if (graph.routeTarget(r) >= 0) incomingFirst[graph.routeTarget(r) + 1]++;
        for (int i = 0; i < n; i++) incomingFirst[i + 1] += incomingFirst[i];
        int[] incoming = new int[incomingFirst[n]];
        int[] fill = Arrays.copyOf(incomingFirst, n);
        for (int i = 0; i < n; i++) {
            for (int c = graph.firstChoice(i); c < graph.firstChoice(i + 1); c++) {
                for (int r = graph.firstRoute(c); r < graph.firstRoute(c + 1); r++) {
                    if (graph.routeTarget(r) >= 0) incoming[fill[graph.routeTarget(r)]++] = i;
                }
            }
        }
        boolean[] canEnd = new boolean[n];
        head = 0;
        tail = 0;
        for (int i = 0; i < n; i++) if (graph.isEnding(i)) { canEnd[i] = true; todo[tail++] = i; }
        while (head < tail) {
            int v = todo[head++];
            for (int e = incomingFirst[v]; e < incomingFirst[v + 1]; e++) {
                int from = incoming[e];
                if (!canEnd[from]) { canEnd[from] = true; todo[tail++] = from; }
            }
        }
        for (int i = 0; i < n; i++) {
            String id = graph.ids().get(i);
            if (!reachable[i]) {
                s.error("/nodes/" + id, "node " + id, "unreachable: no choice leads to this node from start '" + sc.start() + "'");
            } else if (!canEnd[i] && graph.firstChoice(i + 1) > graph.firstChoice(i)) {
                s.error("/nodes/" + id, "node " + id, "cycle without exit: no ending can be reached from here");
            }
        }
    }
}
