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

    /** Findings of empty nodes, choices, variants or variables: the graph checks wait until these are fixed. */
    private static final Set<FindingCode> EMPTY = Set.of(FindingCode.NODE_EMPTY, FindingCode.CHOICE_EMPTY,
            FindingCode.VARIANT_EMPTY, FindingCode.STATE_EMPTY);

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

        void error(String pointer, Site where, FindingCode code, Object... args) {
            out.add(new Finding(file, 0, 0, Finding.Level.ERROR, Problem.of(code, args), where, pointer));
        }

        void warning(String pointer, Site where, FindingCode code, Object... args) {
            out.add(new Finding(file, 0, 0, Finding.Level.WARNING, Problem.of(code, args), where, pointer));
        }

        void text(LocalizedText t, String pointer, Site where, String field, boolean required) {
            Problem.Word what = new Problem.Word("field." + field);
            if (t == null) {
                if (required) error(pointer, where, FindingCode.TEXT_MISSING, what);
                return;
            }
            if (t.nl() == null || t.nl().isBlank()) error(pointer + "/nl", where, FindingCode.DUTCH_MISSING, what);
            if (t.en() == null || t.en().isBlank()) error(pointer + "/en", where, FindingCode.ENGLISH_MISSING, what);
        }
    }

    public List<Finding> validate(String file, Framework f) {
        Sink s = new Sink(file);
        if (!isId(f.id())) s.error("/id", null, FindingCode.BAD_ID, new Problem.Word("field.framework-id"));
        if (f.version() < 1) s.error("/version", null, FindingCode.VERSION_TOO_LOW);
        s.text(f.title(), "/title", null, "title", true);
        s.text(f.summary(), "/summary", null, "summary", false);
        if (f.source() == null || f.source().title() == null || f.source().title().isBlank()) {
            s.error("/source", null, FindingCode.SOURCE_MISSING);
        }
        if (f.steps().isEmpty()) s.error("/steps", null, FindingCode.NO_STEPS);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < f.steps().size(); i++) {
            Step st = f.steps().get(i);
            String ptr = "/steps/" + i;
            Site where = Site.of(Site.Kind.STEP, st.id());
            if (!isId(st.id())) s.error(ptr + "/id", where, FindingCode.BAD_ID, new Problem.Word("field.step-id"));
            else if (!ids.add("step:" + st.id())) s.error(ptr + "/id", where, FindingCode.ID_TWICE, new Problem.Word("field.step-id"), st.id());
            s.text(st.name(), ptr + "/name", where, "name", true);
            s.text(st.explanation(), ptr + "/explanation", where, "explanation", true);
        }
        for (int i = 0; i < f.risks().size(); i++) {
            Risk r = f.risks().get(i);
            String ptr = "/risks/" + i;
            Site where = Site.of(Site.Kind.RISK, r.id());
            if (!isId(r.id())) s.error(ptr + "/id", where, FindingCode.BAD_ID, new Problem.Word("field.risk-id"));
            else if (!ids.add("risk:" + r.id())) s.error(ptr + "/id", where, FindingCode.ID_TWICE, new Problem.Word("field.risk-id"), r.id());
            if (r.severity() == null) s.error(ptr, where, FindingCode.SEVERITY_MISSING);
            s.text(r.name(), ptr + "/name", where, "name", true);
            s.text(r.explanation(), ptr + "/explanation", where, "explanation", true);
        }
        for (int i = 0; i < f.labels().size(); i++) {
            Label l = f.labels().get(i);
            String ptr = "/labels/" + i;
            Site where = Site.of(Site.Kind.LABEL, l.id());
            if (!isId(l.id())) s.error(ptr + "/id", where, FindingCode.BAD_ID, new Problem.Word("field.label-id"));
            else if (!ids.add("label:" + l.id())) s.error(ptr + "/id", where, FindingCode.ID_TWICE, new Problem.Word("field.label-id"), l.id());
            s.text(l.name(), ptr + "/name", where, "name", true);
            s.text(l.explanation(), ptr + "/explanation", where, "explanation", false);
        }
        if (f.skipRisk() != null) {
            if (f.risk(f.skipRisk()).isEmpty()) s.error("/skipRisk", null, FindingCode.SKIP_RISK_UNKNOWN, f.skipRisk());
            if (!f.ordered()) s.warning("/skipRisk", null, FindingCode.SKIP_RISK_UNORDERED);
        }
        return s.out;
    }

    public List<Finding> validate(String file, Scenario sc) {
        return validate(file, sc, ConversationGraph.of(sc));
    }

    /** Validates with the scenario's graph already resolved (the linter shares it with the explorer). */
    public List<Finding> validate(String file, Scenario sc, ConversationGraph graph) {
        Sink s = new Sink(file);
        if (!isId(sc.id())) s.error("/id", null, FindingCode.BAD_ID, new Problem.Word("field.scenario-id"));
        if (sc.version() < 1) s.error("/version", null, FindingCode.VERSION_TOO_LOW);
        s.text(sc.title(), "/title", null, "title", true);
        s.text(sc.situation(), "/situation", null, "situation", true);
        s.text(sc.briefing(), "/briefing", null, "briefing", true);
        if (sc.difficulty() < 1 || sc.difficulty() > 3) s.error("/difficulty", null, FindingCode.DIFFICULTY_OUT_OF_RANGE);
        if (sc.minutes() < 1) s.error("/minutes", null, FindingCode.MINUTES_NOT_POSITIVE);
        if (sc.client() == null || sc.client().name() == null || sc.client().name().isBlank()) {
            s.error("/client", null, FindingCode.CLIENT_NAME_MISSING);
        } else {
            s.text(sc.client().role(), "/client/role", null, "client-role", true);
            s.text(sc.client().background(), "/client/background", null, "client-background", true);
        }
        if (sc.frameworks().isEmpty()) s.error("/frameworks", null, FindingCode.NO_FRAMEWORKS);
        for (int i = 0; i < sc.frameworks().size(); i++) {
            String fw = sc.frameworks().get(i);
            if (curriculum.framework(fw).isEmpty()) {
                s.error("/frameworks/" + i, null, FindingCode.UNKNOWN_FRAMEWORK, fw, List.copyOf(curriculum.frameworks().keySet()));
            }
        }
        Map<Role, String> roles = new HashMap<>();
        sc.state().forEach((name, v) -> {
            if (v != null && v.role() != null && roles.putIfAbsent(v.role(), name) != null) {
                s.error("/state/" + name + "/role", Site.of(Site.Kind.STATE, name), FindingCode.ROLE_TWICE, v.role().code(), roles.get(v.role()));
            }
        });
        if (sc.variableFor(Role.EMOTION) == null || sc.variableFor(Role.RAPPORT) == null) {
            s.warning("/state", null, FindingCode.ROLE_MISSING, (sc.variableFor(Role.EMOTION) == null ? Role.EMOTION : Role.RAPPORT).code());
        }
        if (sc.conduct() != null && sc.conduct().warningsForMixed() != null && sc.conduct().warningsForMixed() < 1) {
            s.error("/conduct/warningsForMixed", null, FindingCode.WARNINGS_FOR_MIXED_TOO_LOW);
        }
        sc.state().forEach((name, v) -> {
            String ptr = "/state/" + name;
            if (v == null) {
                s.error(ptr, Site.of(Site.Kind.STATE, name), FindingCode.STATE_EMPTY, name);
                return;
            }
            Site where = Site.of(Site.Kind.STATE, name);
            if (v.min() >= v.max()) s.error(ptr, where, FindingCode.MIN_NOT_BELOW_MAX);
            else if (v.start() < v.min() || v.start() > v.max()) s.error(ptr + "/start", where, FindingCode.START_OUT_OF_RANGE);
            s.text(v.name(), ptr + "/name", where, "name", true);
        });
        if (sc.start() == null || sc.node(sc.start()) == null) {
            s.error("/start", null, FindingCode.START_NODE_UNKNOWN, sc.start());
        }
        if (sc.nodes().isEmpty()) s.error("/nodes", null, FindingCode.NO_NODES);

        int choices = 0;
        for (Node n : sc.nodes().values()) if (n != null) choices += n.choices().size();
        Map<String, String> choiceNode = new HashMap<>(choices * 2);
        sc.nodes().forEach((nodeId, n) -> {
            if (n == null) return;
            for (Choice c : n.choices()) {
                if (c == null) continue;
                if (c.id() != null && choiceNode.putIfAbsent(c.id(), nodeId) != null) {
                    s.error("/nodes/" + nodeId + "/choices", Site.choice(nodeId, c.id()), FindingCode.CHOICE_ID_TWICE, c.id(), choiceNode.get(c.id()));
                }
            }
        });

        Map<String, Optional<Problem>> tagProblems = new HashMap<>();
        int number = 0;
        for (Map.Entry<String, Node> e : sc.nodes().entrySet()) {
            String nodeId = e.getKey();
            Node n = e.getValue();
            if (n == null) s.error("/nodes/" + nodeId, Site.node(nodeId), FindingCode.NODE_EMPTY, nodeId);
            else checkNode(s, sc, graph, number, nodeId, n, choiceNode, tagProblems);
            number++;
        }
        // The graph checks assume every node and choice is there; fix the empty ones first.
        if (s.out.stream().noneMatch(f -> EMPTY.contains(f.code()))) checkGraph(s, sc, graph);
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

        Site where() {
            return "/choices/".equals(part) ? Site.choice(nodeId, choiceId) : Site.node(nodeId);
        }
    }

    private static void error(Sink s, Place at, String field, FindingCode code, Object... args) {
        s.error(at.pointer(field), at.where(), code, args);
    }

    private static void text(Sink s, LocalizedText t, Place at, String field, String what) {
        boolean complete = t != null && t.nl() != null && !t.nl().isBlank() && t.en() != null && !t.en().isBlank();
        if (!complete) s.text(t, at.pointer(field), at.where(), what, true);
    }

    /** Checks one node, the graph's node {@code number}. */
    private void checkNode(Sink s, Scenario sc, ConversationGraph graph, int number, String nodeId, Node n, Map<String, String> choiceNode,
                           Map<String, Optional<Problem>> tagProblems) {
        Place at = Place.node(nodeId);
        if (!isId(nodeId)) error(s, at, "", FindingCode.BAD_ID, new Problem.Word("field.node-id"));
        if (n.kind() == null) {
            error(s, at, "", FindingCode.KIND_MISSING);
            return;
        }
        text(s, n.text(), at, "/text", "text");
        if (n.chapter() != null) text(s, n.chapter(), at, "/chapter", "chapter");
        if (n.kind() == NodeKind.EMAIL) text(s, n.subject(), at, "/subject", "subject");
        else if (n.subject() != null) s.warning(at.pointer("/subject"), at.where(), FindingCode.SUBJECT_NOT_EMAIL);
        for (int i = 0; i < n.variants().size(); i++) {
            Variant v = n.variants().get(i);
            if (v == null) {
                error(s, at.variant(i), "", FindingCode.VARIANT_EMPTY, i + 1);
                continue;
            }
            text(s, v.text(), at.variant(i), "/text", "variant-text");
            if (v.lesson() != null) {
                if (n.isEnding()) text(s, v.lesson(), at.variant(i), "/lesson", "variant-lesson");
                else s.warning(at.variant(i).pointer("/lesson"), at.where(), FindingCode.LESSON_NOT_ENDING);
            }
            if (v.when() != null) checkCondition(s, sc, v.when(), at.variant(i), "/when", choiceNode);
        }
        if (n.needs() != null && n.needs().closeness() != null) checkCloseness(s, at, n.needs().closeness());
        if (n.isEnding()) {
            if (n.quality() == null) error(s, at, "", FindingCode.ENDING_QUALITY_MISSING);
            if (!n.choices().isEmpty()) error(s, at, "/choices", FindingCode.ENDING_HAS_CHOICES);
            text(s, n.lesson(), at, "/lesson", "lesson");
            return;
        }
        if (n.quality() != null) s.warning(at.pointer("/quality"), at.where(), FindingCode.QUALITY_NOT_ENDING);
        if (n.choices().isEmpty()) error(s, at, "", FindingCode.DEAD_END);
        for (int i = 0; i < n.choices().size(); i++) {
            Choice c = n.choices().get(i);
            if (c == null) error(s, at, "/choices/" + i, FindingCode.CHOICE_EMPTY, i + 1);
            else checkChoice(s, sc, c, graph, graph.firstChoice(number) + i, at.choice(i, c.id()), choiceNode, tagProblems);
        }
    }

    private static void checkCloseness(Sink s, Place at, Closeness c) {
        for (int v : c.values()) {
            if (Math.abs(v) > 2) {
                error(s, at, "/needs/closeness", FindingCode.CLOSENESS_OUT_OF_RANGE, v);
                return;
            }
        }
        if (c.form() == Closeness.Form.RANGE && c.values().get(0) > c.values().get(1)) {
            error(s, at, "/needs/closeness", FindingCode.CLOSENESS_RANGE_EMPTY, c.values().get(0), c.values().get(1));
        }
    }

    /** Checks one choice, the graph's choice {@code number}. */
    private void checkChoice(Sink s, Scenario sc, Choice c, ConversationGraph graph, int number, Place at, Map<String, String> choiceNode,
                             Map<String, Optional<Problem>> tagProblems) {
        if (!isId(c.id())) error(s, at, "/id", FindingCode.BAD_ID, new Problem.Word("field.choice-id"));
        text(s, c.text(), at, "/text", "choice-text");
        text(s, c.feedback(), at, "/feedback", "feedback");
        if (c.next() == null) error(s, at, "", FindingCode.NEXT_MISSING);
        else checkRoutes(s, sc, c.next(), graph, number, at, choiceNode);
        if (c.move() == null) {
            error(s, at, "", FindingCode.MOVE_MISSING);
        } else {
            if (c.move().lead() == null) error(s, at, "/move", FindingCode.MOVE_FIELD_MISSING, new Problem.Word("field.lead"), List.of("coach", "shared", "client"));
            if (c.move().stance() == null) error(s, at, "/move", FindingCode.MOVE_FIELD_MISSING, new Problem.Word("field.stance"), List.of("along", "counter"));
            if (c.move().tempo() == null) error(s, at, "/move", FindingCode.MOVE_FIELD_MISSING, new Problem.Word("field.tempo"), List.of("slow", "steady", "fast"));
            if (Math.abs(c.move().closeness()) > 2) error(s, at, "/move/closeness", FindingCode.CLOSENESS_OUT_OF_RANGE, c.move().closeness());
        }
        for (Map.Entry<String, Integer> e : c.effects().entrySet()) {
            String var = e.getKey();
            Integer delta = e.getValue();
            StateVariable sv = sc.state().get(var);
            if (delta == null) {
                error(s, at, "/effects/" + var, FindingCode.EFFECT_NO_NUMBER, var);
            } else if (sv != null && Math.abs((long) delta) > (long) sv.max() - sv.min()) {
                error(s, at, "/effects/" + var, FindingCode.EFFECT_TOO_LARGE, delta, var, sv.min(), sv.max());
            }
            if (!sc.state().containsKey(var)) {
                error(s, at, "/effects/" + var, FindingCode.EFFECT_UNKNOWN_VARIABLE, var, List.copyOf(sc.state().keySet()));
            }
        }
        if (c.when() != null) checkCondition(s, sc, c.when(), at, "/when", choiceNode);
        if (c.when() != null && NeverOffered.byItself(c.when(), c.id())) {
            error(s, at, "/when", FindingCode.NEVER_OFFERED, c.when().source());
        }
        for (int i = 0; i < c.tags().size(); i++) {
            // A scenario repeats a handful of tags on thousands of choices: judge each text once.
            Optional<Problem> problem = tagProblems.computeIfAbsent(c.tags().get(i), text -> tagProblem(text, sc));
            if (problem.isPresent()) s.error(at.pointer("/tags/" + i), at.where(), problem.get().code(), problem.get().args().toArray());
        }
    }

    /** A plain next names an existing node; a list of routes ends with one fallback without when. */
    private void checkRoutes(Sink s, Scenario sc, Next next, ConversationGraph graph, int number, Place at, Map<String, String> choiceNode) {
        if (next.isSingle()) {
            if (graph.routeTarget(graph.firstRoute(number)) < 0) error(s, at, "/next", FindingCode.UNKNOWN_NODE, next.routes().get(0).to());
            return;
        }
        List<Route> routes = next.routes();
        if (routes.isEmpty()) {
            error(s, at, "/next", FindingCode.NEXT_EMPTY_LIST);
            return;
        }
        for (int i = 0; i < routes.size(); i++) {
            Route r = routes.get(i);
            String ptr = "/next/" + i;
            if (r == null || r.to() == null) {
                error(s, at, ptr, FindingCode.ROUTE_WITHOUT_TO, i + 1);
                continue;
            }
            if (graph.routeTarget(graph.firstRoute(number) + i) < 0) error(s, at, ptr + "/to", FindingCode.ROUTE_UNKNOWN_NODE, i + 1, r.to());
            boolean last = i == routes.size() - 1;
            if (r.when() == null && !last) {
                error(s, at, ptr, FindingCode.ROUTE_WITHOUT_WHEN, i + 1);
            } else if (r.when() != null && last) {
                error(s, at, ptr + "/when", FindingCode.LAST_ROUTE_WITH_WHEN);
            }
            if (r.when() != null) checkCondition(s, sc, r.when(), at, ptr + "/when", choiceNode);
        }
    }

    /** What is wrong with a tag, if anything. */
    private Optional<Problem> tagProblem(String text, Scenario sc) {
        try {
            Tag tag = Tag.parse(text);
            if (tag.kind() == Tag.Kind.STEP || tag.kind() == Tag.Kind.RISK || tag.kind() == Tag.Kind.LABEL) {
                curriculum.owner(tag, sc);
            }
            return Optional.empty();
        } catch (ProblemException e) {
            return Optional.of(e.problem());
        }
    }

    private void checkCondition(Sink s, Scenario sc, Condition cond, Place at, String field, Map<String, String> choiceNode) {
        for (Condition.Reference r : cond.referenceSet()) {
            switch (r.kind()) {
                case RISK, STEP -> {
                    Problem problem = historyProblem(sc, cond.source(), r);
                    if (problem != null) error(s, at, field, problem.code(), problem.args().toArray());
                }
                case STEP_COUNT -> {
                    if (!sc.frameworks().contains(r.name())) error(s, at, field, FindingCode.CONDITION_COUNTS_FOREIGN_FRAMEWORK, cond.source(), r.name(), sc.frameworks());
                }
                case RISK_COUNT -> { }
                case VARIABLE -> {
                    if (!sc.state().containsKey(r.name())) error(s, at, field, FindingCode.CONDITION_UNKNOWN_VARIABLE, cond.source(), r.name());
                }
                case VISITED -> {
                    if (sc.node(r.name()) == null) error(s, at, field, FindingCode.CONDITION_UNKNOWN_NODE, cond.source(), r.name());
                }
                case CHOSEN -> {
                    if (!choiceNode.containsKey(r.name())) error(s, at, field, FindingCode.CONDITION_UNKNOWN_CHOICE, cond.source(), r.name());
                }
            }
        }
    }

    /** What is wrong with the risk or step a committed() or reached() names, or null. */
    private Problem historyProblem(Scenario sc, String condition, Condition.Reference r) {
        boolean risk = r.kind() == Condition.Reference.Kind.RISK;
        Problem.Word word = new Problem.Word(risk ? "kind.risk" : "kind.step");
        int slash = r.name().indexOf('/');
        String fw = slash < 0 ? null : r.name().substring(0, slash), id = r.name().substring(slash + 1);
        if (fw != null && !sc.frameworks().contains(fw)) {
            return Problem.of(FindingCode.CONDITION_FOREIGN_FRAMEWORK, condition, fw, sc.frameworks());
        }
        List<String> owners = new ArrayList<>();
        for (Framework f : curriculum.frameworksOf(sc)) {
            if (fw != null && !fw.equals(f.id())) continue;
            if (risk ? f.risk(id).isPresent() : f.step(id).isPresent()) owners.add(f.id());
        }
        if (owners.isEmpty()) return Problem.of(FindingCode.CONDITION_UNKNOWN_ID, condition, word, id, sc.frameworks());
        if (owners.size() > 1) return Problem.of(FindingCode.CONDITION_AMBIGUOUS, condition, word, id, owners.get(0) + "/" + id, owners.get(1) + "/" + id);
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
                s.error("/nodes/" + id, Site.node(id), FindingCode.UNREACHABLE_NODE, sc.start());
            } else if (!canEnd[i] && graph.firstChoice(i + 1) > graph.firstChoice(i)) {
                s.error("/nodes/" + id, Site.node(id), FindingCode.CYCLE_WITHOUT_EXIT);
            }
        }
    }
}
