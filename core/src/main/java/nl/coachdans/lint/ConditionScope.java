package nl.coachdans.lint;

import nl.coachdans.scenario.Choice;
import nl.coachdans.scenario.Condition;
import nl.coachdans.scenario.ConversationGraph;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scenario.StateVariable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the choice conditions of a scenario read: the state variables, and the visits and choices
 * as bits of a history mask. Only these can change which options appear, so the explorers keep
 * these and forget the rest of a path.
 */
final class ConditionScope {
    final List<String> vars = new ArrayList<>();
    final StateVariable[] defs;
    /** History bit numbers, shared between visits and choices in the order conditions name them. */
    private final Map<String, Integer> visitBit = new HashMap<>(), choiceBit = new HashMap<>();

    ConditionScope(Scenario sc, ConversationGraph graph) {
        int bits = 0;
        for (int k = 0; k < graph.choiceCount(); k++) {
            Condition when = graph.condition(k);
            if (when != null) {
                for (Condition.Reference r : when.referenceSet()) {
                    switch (r.kind()) {
                        case VARIABLE -> { if (!vars.contains(r.name())) vars.add(r.name()); }
                        case VISITED -> { if (visitBit.putIfAbsent(r.name(), bits) == null) bits++; }
                        case CHOSEN -> { if (choiceBit.putIfAbsent(r.name(), bits) == null) bits++; }
                    }
                }
            }
        }
        if (bits > 64) throw new IllegalArgumentException("conditions refer to more than 64 different nodes and choices");
        defs = vars.stream().map(sc.state()::get).toArray(StateVariable[]::new);
    }

    /** The history bit of a visit to each of these nodes; all 0 when no condition asks about visits. */
    long[] visitBits(List<String> nodes) {
        long[] out = new long[nodes.size()];
        if (!visitBit.isEmpty()) for (int i = 0; i < out.length; i++) out[i] = visitBit(nodes.get(i));
        return out;
    }

    /** The history bit of each of these choices; all 0 when no condition asks about choices. */
    long[] choiceBits(List<Choice> choices) {
        long[] out = new long[choices.size()];
        if (!choiceBit.isEmpty()) for (int k = 0; k < out.length; k++) out[k] = choiceBit(choices.get(k).id());
        return out;
    }

    /** The history bit of a visit to this node, or 0 when no condition asks. */
    long visitBit(String node) {
        return bit(visitBit, node);
    }

    /** The history bit of this choice, or 0 when no condition asks. */
    long choiceBit(String choice) {
        return bit(choiceBit, choice);
    }

    private static long bit(Map<String, Integer> bits, String name) {
        if (bits.isEmpty()) return 0; // the usual case; spares reading the name's hash
        Integer b = bits.get(name);
        return b == null ? 0 : 1L << b;
    }

    /** The start values of the variables the conditions read. */
    int[] startValues() {
        int[] v = new int[defs.length];
        for (int i = 0; i < defs.length; i++) v[i] = defs[i].clamp(defs[i].start());
        return v;
    }

    /** Facts for a condition, read from a configuration's values and history. */
    nl.coachdans.scenario.Facts facts(int[] values, long history) {
        return new nl.coachdans.scenario.Facts() {
            public int value(String variable) {
                int i = vars.indexOf(variable);
                return i < 0 ? 0 : values[i];
            }
            public boolean visited(String n) { return (history & visitBit(n)) != 0; }
            public boolean chosen(String c) { return (history & choiceBit(c)) != 0; }
        };
    }
}
