package nl.coachdans.engine;

import nl.coachdans.scenario.Choice;
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
    private final long seed;
    private final SplittableRandom random;
    private final ClientState startState;
    private final List<Turn> turns = new ArrayList<>();
    private final Set<String> visited = new HashSet<>();
    private final Set<String> chosen = new HashSet<>();
    private ClientState state;
    private String nodeId;
    /** The node at {@code nodeId}, looked up once when the session enters it. */
    private Node node;
    private LocalizedText shown;

    private Session(Scenario scenario, long seed) {
        this.scenario = scenario;
        this.seed = seed;
        this.random = new SplittableRandom(seed);
        this.startState = ClientState.initial(scenario.state());
        this.state = startState;
        enter(scenario.start());
    }

    /** Starts a session; the seed decides between a node's unconditioned alternative lines. */
    public static Session start(Scenario scenario, long seed) {
        return new Session(scenario, seed);
    }

    /** Starts a session and makes the given choices in order. */
    public static Session replay(Scenario scenario, long seed, List<String> choices) {
        Session s = start(scenario, seed);
        for (String c : choices) s.choose(c);
        return s;
    }

    public Scenario scenario() {
        return scenario;
    }

    public CurrentNode current() {
        Node n = node;
        return new CurrentNode(nodeId, n.kind(), shown, n.subject(), n.chapter(), n.quality(), n.lesson());
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
        turns.add(new Turn(turns.size() + 1, nodeId, shown, offeredIds,
                picked.id(), before, state, picked.tags()));
        enter(picked.next());
    }

    /** The ids of these options in the order of the file, so a message matches what the author sees. */
    private List<String> inFileOrder(List<Choice> offered) {
        return node.choices().stream().filter(offered::contains).map(Choice::id).toList();
    }

    public Transcript transcript() {
        Node n = node;
        boolean end = n.isEnding();
        return new Transcript(scenario.id(), scenario.version(), seed, startState, turns,
                end ? nodeId : null, end ? n.quality() : null, end ? shown : null);
    }

    private void enter(String id) {
        nodeId = id;
        visited.add(id);
        node = scenario.node(id);
        shown = resolveText(node);
    }

    /** First conditioned variant that holds; otherwise the seed picks among the unconditioned lines. */
    private LocalizedText resolveText(Node node) {
        Facts facts = facts();
        List<LocalizedText> pool = new ArrayList<>();
        pool.add(node.text());
        for (Variant v : node.variants()) {
            if (v.when() == null) {
                pool.add(v.text());
            } else if (v.when().test(facts)) {
                return v.text();
            }
        }
        return pool.size() == 1 ? pool.get(0) : pool.get(random.nextInt(pool.size()));
    }

    private Facts facts() {
        ClientState s = state;
        return new Facts() {
            public int value(String variable) { return s.get(variable); }
            public boolean visited(String node) { return visited.contains(node); }
            public boolean chosen(String choice) { return chosen.contains(choice); }
        };
    }
}
