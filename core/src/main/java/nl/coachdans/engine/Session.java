package nl.coachdans.engine;

import nl.coachdans.scenario.Choice;
import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scenario.Facts;
import nl.coachdans.scenario.LocalizedText;
import nl.coachdans.scenario.Node;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scenario.Variant;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Random;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * One playthrough of a scenario, with an API as small as ink's: {@link #current()},
 * {@link #choices()}, {@link #choose(String)}, {@link #ended()}. The same scenario, seed and
 * choices always give the same transcript.
 */
public final class Session {
    private final Scenario scenario;
    /** Judges every choice as the scorer will, so conditions can ask what has happened so far. */
    private final Rubric rubric;
    private final long seed;
    private final SplittableRandom random;
    private final ClientState startState;
    private final List<Turn> turns = new ArrayList<>();
    private final Set<String> visited = new HashSet<>();
    private final Set<String> chosen = new HashSet<>();
    private ClientState state;
    private History history = History.EMPTY;
    private String nodeId;
    /** The node at {@code nodeId}, looked up once when the session enters it. */
    private Node node;
    private LocalizedText shown;
    private LocalizedText lesson;

    private Session(Rubric rubric, long seed) {
        this.rubric = rubric;
        this.scenario = rubric.scenario();
        this.seed = seed;
        this.random = new SplittableRandom(seed);
        this.startState = ClientState.initial(scenario.state());
        this.state = startState;
        enter(scenario.start());
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
        Node n = node;
        return new CurrentNode(nodeId, n.kind(), shown, n.subject(), n.chapter(), n.quality(), lesson);
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
    public List<Choice> choices() {
        List<Choice> out = new ArrayList<>();
        Facts facts = facts();
        for (Choice c : node.choices()) {
            if (c.when() == null || c.when().test(facts)) out.add(c);
        }
        long mix = seed * 0x9E3779B97F4A7C15L + nodeId.hashCode() * 31L + turns.size();
        Collections.shuffle(out, new Random(mix));
        return out;
    }

    public void choose(String choiceId) {
        List<Choice> offered = choices();
        Choice picked = null;
        List<String> offeredIds = new ArrayList<>(offered.size());
        for (Choice c : offered) {
            if (picked == null && c.id().equals(choiceId)) picked = c;
            offeredIds.add(c.id());
        }
        if (picked == null) throw new UnknownChoiceException(choiceId, nodeId, inFileOrder(offered));
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
