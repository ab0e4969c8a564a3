package nl.coachdans.engine;

import nl.coachdans.scenario.Choice;
import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scenario.Facts;
import nl.coachdans.scenario.LocalizedText;
import nl.coachdans.scenario.Node;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scenario.StateVariable;
import nl.coachdans.scenario.Variant;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Random;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * One playthrough of a scenario, with an API as small as ink's: {@link #current()},
 * {@link #choices()}, {@link #choose(String)}, {@link #ended()}. The same scenario, seed and
 * choices always give the same transcript. What a screen gets from these calls is what the trainee
 * may see ({@link Option}, {@link TurnTaken}); the model's choices with their tags, effects and
 * next nodes (the answer key) are read from the {@link #scenario()} and the {@link #transcript()}
 * by those who judge the talk.
 */
public final class Session {
    private final Scenario scenario;
    /** Judges every choice as the scorer will, so conditions can ask what has happened so far. */
    private final Rubric rubric;
    private final long seed;
    private final SplittableRandom random;
    private final ClientState startState;
    private final List<Turn> turns = new ArrayList<>();
    /** The same turns as the trainee saw them. */
    private final List<TurnTaken> talk = new ArrayList<>();
    private final Set<String> visited = new HashSet<>();
    private final Set<String> chosen = new HashSet<>();
    private ClientState state;
    private History history = History.EMPTY;
    private String nodeId;
    /** The node at {@code nodeId}, looked up once when the session enters it. */
    private Node node;
    private LocalizedText shown;
    private LocalizedText lesson;
    /** What the trainee sees at {@code node}, made once when the session enters it. */
    private CurrentNode now;

    private Session(Rubric rubric, long seed) {
        this(rubric, seed, rubric.scenario().start(), ClientState.initial(rubric.scenario().state()));
    }

    private Session(Rubric rubric, long seed, String startNode, ClientState startState) {
        this.rubric = rubric;
        this.scenario = rubric.scenario();
        this.seed = seed;
        this.random = new SplittableRandom(seed);
        this.startState = startState;
        this.state = startState;
        enter(startNode);
    }

    /**
     * An author's "play from here": starts at {@code node} with some state variables set, the
     * others at their start values, and nothing chosen or reached before. For trying out a part of a
     * conversation, never for a record.
     *
     * @throws IllegalArgumentException naming what is wrong: an unknown node or variable, or a value
     *         outside the variable's range
     */
    public static Session startAt(Rubric rubric, long seed, String node, Map<String, Integer> values) {
        Scenario sc = rubric.scenario();
        if (sc.node(node) == null) throw new IllegalArgumentException("no node '" + node + "' in scenario " + sc.id());
        Map<String, Integer> change = new java.util.LinkedHashMap<>();
        ClientState initial = ClientState.initial(sc.state());
        for (Map.Entry<String, Integer> e : values.entrySet()) {
            StateVariable v = sc.state().get(e.getKey());
            if (v == null) {
                throw new IllegalArgumentException("no state variable '" + e.getKey() + "'; the scenario has " + String.join(", ", sc.state().keySet()));
            }
            if (e.getValue() < v.min() || e.getValue() > v.max()) {
                throw new IllegalArgumentException(e.getKey() + "=" + e.getValue() + " is outside its range " + v.min() + ".." + v.max());
            }
            change.put(e.getKey(), e.getValue() - initial.get(e.getKey()));
        }
        return new Session(rubric, seed, node, initial.apply(change, sc.state()));
    }

    /** Starts a session; the seed decides between a node's unconditioned alternative lines. */
    public static Session start(Scenario scenario, Curriculum curriculum, long seed) {
        return start(new Rubric(scenario, curriculum), seed);
    }

    /** Starts a session with the scenario's rubric already compiled. */
    public static Session start(Rubric rubric, long seed) {
        return new Session(rubric, seed);
    }

    /** Starts a session and makes the given choices in order. */
    public static Session replay(Scenario scenario, Curriculum curriculum, long seed, List<String> choices) {
        return replay(new Rubric(scenario, curriculum), seed, choices);
    }

    /** Starts a session with a compiled rubric and makes the given choices in order. */
    public static Session replay(Rubric rubric, long seed, List<String> choices) {
        Session s = start(rubric, seed);
        for (String c : choices) s.choose(c);
        return s;
    }

    public Scenario scenario() {
        return scenario;
    }

    public CurrentNode current() {
        return now;
    }

    /** The talk so far as the trainee saw it, turn by turn. */
    public List<TurnTaken> talk() {
        return Collections.unmodifiableList(talk);
    }

    /** What the session has done so far: steps reached, risks committed, events per severity. */
    public History history() {
        return history;
    }

    public ClientState state() {
        return state;
    }

    public boolean ended() {
        return node.isEnding();
    }

    /**
     * The options available now, in the order they are presented; none once the session has ended.
     * Authors tend to write the best option first, so the order is shuffled, by the session's seed,
     * the node and the turn: the same session always shows the same order, another session another.
     */
    public List<Option> choices() {
        List<Choice> offered = offered();
        List<Option> out = new ArrayList<>(offered.size());
        for (Choice c : offered) out.add(new Option(c.id(), c.text()));
        return out;
    }

    /** The model's choices behind {@link #choices()}, in the same order. */
    private List<Choice> offered() {
        List<Choice> out = new ArrayList<>();
        Facts facts = facts();
        for (Choice c : node.choices()) {
            if (c.when() == null || c.when().test(facts)) out.add(c);
        }
        long mix = seed * 0x9E3779B97F4A7C15L + nodeId.hashCode() * 31L + turns.size();
        Collections.shuffle(out, new Random(mix));
        return out;
    }

    /**
     * Takes the option with this id and moves the talk on.
     *
     * @return the turn as the trainee lived it: the option, its feedback and the client's reply
     * @throws UnknownChoiceException when the id is not among the options offered now
     */
    public TurnTaken choose(String choiceId) {
        List<Choice> offered = offered();
        Choice picked = null;
        List<String> offeredIds = new ArrayList<>(offered.size());
        for (Choice c : offered) {
            if (picked == null && c.id().equals(choiceId)) picked = c;
            offeredIds.add(c.id());
        }
        if (picked == null) throw new UnknownChoiceException(choiceId, nodeId, inFileOrder(offered));
        CurrentNode line = now;
        ClientState before = state;
        state = state.apply(picked.effects(), scenario.state());
        chosen.add(picked.id());
        history = history.after(rubric, rubric.judge(history, picked.id()));
        turns.add(new Turn(turns.size() + 1, nodeId, shown, offeredIds,
                picked.id(), before, state, picked.tags()));
        // Routes see the choice's own effects, steps and risks: the current choice counts.
        String target = picked.next().resolve(facts());
        if (target == null) throw new IllegalStateException("no route of choice '" + picked.id() + "' holds and it has no fallback");
        enter(target);
        TurnTaken taken = new TurnTaken(turns.size(), line, new Option(picked.id(), picked.text()), picked.feedback(), now);
        talk.add(taken);
        return taken;
    }

    /** The ids of these options in the order of the file, so a message matches what the author sees. */
    private List<String> inFileOrder(List<Choice> offered) {
        return node.choices().stream().filter(offered::contains).map(Choice::id).toList();
    }

    public Transcript transcript() {
        Node n = node;
        boolean end = n.isEnding();
        return new Transcript(scenario.id(), scenario.version(), seed, startState, turns,
                end ? nodeId : null, end ? n.quality() : null, end ? shown : null, end ? lesson : null);
    }

    private void enter(String id) {
        nodeId = id;
        visited.add(id);
        node = scenario.node(id);
        Variant v = resolveVariant(node);
        shown = v == null ? node.text() : v.text();
        // An ending's variant may carry its own lesson, so the lesson matches the path played.
        lesson = v != null && v.lesson() != null ? v.lesson() : node.lesson();
        now = new CurrentNode(id, node.kind(), shown, node.subject(), node.chapter(), node.quality(), lesson);
    }

    /**
     * First conditioned variant that holds; otherwise the seed picks among the node's own text
     * (null) and the unconditioned variants.
     */
    private Variant resolveVariant(Node node) {
        Facts facts = facts();
        List<Variant> pool = new ArrayList<>();
        pool.add(null);
        for (Variant v : node.variants()) {
            if (v.when() == null) {
                pool.add(v);
            } else if (v.when().test(facts)) {
                return v;
            }
        }
        return pool.size() == 1 ? null : pool.get(random.nextInt(pool.size()));
    }

    private Facts facts() {
        ClientState s = state;
        return rubric.facts(history, new Rubric.ValueFacts() {
            public int value(String variable) { return s.get(variable); }
            public boolean visited(String node) { return visited.contains(node); }
            public boolean chosen(String choice) { return chosen.contains(choice); }
        });
    }
}
