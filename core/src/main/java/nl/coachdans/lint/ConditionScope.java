package nl.coachdans.lint;

import nl.coachdans.engine.History;
import nl.coachdans.engine.Rubric;
import nl.coachdans.scenario.Choice;
import nl.coachdans.scenario.Condition;
import nl.coachdans.scenario.ConversationGraph;
import nl.coachdans.scenario.Facts;
import nl.coachdans.scenario.Framework;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scenario.Severity;
import nl.coachdans.scenario.StateVariable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the conditions of a scenario's choices and routes read: the state variables, the visits and
 * choices as bits of a history mask, and the part of the session's conduct they ask about (steps
 * reached, risks committed, risk events counted up to the highest threshold named). Only these can
 * change which options appear and where a choice leads, so the explorers keep these and forget the
 * rest of a path.
 */
final class ConditionScope {
    final List<String> vars = new ArrayList<>();
    final StateVariable[] defs;
    /** History bit numbers, shared between visits and choices in the order conditions name them. */
    private final Map<String, Integer> visitBit = new HashMap<>(), choiceBit = new HashMap<>();
    private final Rubric rubric;
    /** The steps whose reaching (and blaming) the conduct must keep, and the risks whether committed. */
    private long steps, risks;
    /** Counts of warning and critical events are kept up to these (0: not kept). */
    private int warningCap, criticalCap;

    ConditionScope(Scenario sc, ConversationGraph graph, Rubric rubric) {
        this.rubric = rubric;
        int bits = 0;
        List<Condition> conditions = new ArrayList<>();
        for (int k = 0; k < graph.choiceCount(); k++) {
            if (graph.condition(k) != null) conditions.add(graph.condition(k));
            for (int r = graph.firstRoute(k); r < graph.firstRoute(k + 1); r++) {
                if (graph.routeCondition(r) != null) conditions.add(graph.routeCondition(r));
            }
        }
        for (Condition when : conditions) {
            for (Condition.Reference r : when.referenceSet()) {
                switch (r.kind()) {
                    case VARIABLE -> { if (!vars.contains(r.name())) vars.add(r.name()); }
                    case VISITED -> { if (visitBit.putIfAbsent(r.name(), bits) == null) bits++; }
                    case CHOSEN -> { if (choiceBit.putIfAbsent(r.name(), bits) == null) bits++; }
                    case STEP -> {
                        int i = rubric.stepIndex(frameworkOf(r.name()), idOf(r.name()));
                        if (i >= 0) steps |= 1L << i;
                    }
                    case STEP_COUNT -> steps |= rubric.frameworkMask(r.name());
                    case RISK -> {
                        int i = rubric.riskIndex(frameworkOf(r.name()), idOf(r.name()));
                        if (i < 0) continue;
                        risks |= 1L << i;
                        keepOrderRuleFor(i, null, false);
                    }
                    case RISK_COUNT -> {
                        Severity severity = switch (r.name()) {
                            case "critical" -> Severity.CRITICAL;
                            case "warning" -> Severity.WARNING;
                            default -> null;
                        };
                        if (severity != Severity.CRITICAL) warningCap = Math.max(warningCap, r.bound());
                        if (severity != Severity.WARNING) criticalCap = Math.max(criticalCap, r.bound());
                        keepOrderRuleFor(-1, severity, true);
                    }
                }
            }
        }
        if (bits > 64) throw new IllegalArgumentException("conditions refer to more than 64 different nodes and choices");
        defs = vars.stream().map(sc.state()::get).toArray(StateVariable[]::new);
    }

    /**
     * An order risk is committed by reaching steps, so asking about it means keeping every step of
     * its framework (and which were blamed): the risk asked for by index, or every order risk of the
     * severity counted (null: any).
     */
    private void keepOrderRuleFor(int risk, Severity severity, boolean bySeverity) {
        for (Framework f : rubric.frameworks()) {
            if (!f.ordered() || f.skipRisk() == null) continue;
            int skip = rubric.riskIndex(f.id(), f.skipRisk());
            if (skip < 0) continue;
            boolean asked = bySeverity ? severity == null || rubric.riskDefinition(skip).severity() == severity : skip == risk;
            if (asked) steps |= rubric.frameworkMask(f.id());
        }
    }

    private static String frameworkOf(String qualified) {
        int slash = qualified.indexOf('/');
        return slash < 0 ? null : qualified.substring(0, slash);
    }

    private static String idOf(String qualified) {
        return qualified.substring(qualified.indexOf('/') + 1);
    }

    /** Whether any condition asks about the conduct, so configurations must carry it. */
    boolean readsConduct() {
        return steps != 0 || risks != 0 || warningCap > 0 || criticalCap > 0;
    }

    /** The part of a history that the conditions can tell apart. */
    History project(History h) {
        return new History(h.reached() & steps, h.blamed() & steps, h.committed() & risks,
                Math.min(h.warnings(), warningCap), Math.min(h.criticals(), criticalCap));
    }

    /** The history after choosing {@code choiceId}, projected; unchanged when no condition reads it. */
    History after(History h, String choiceId) {
        if (!readsConduct()) return h;
        return project(h.after(rubric, rubric.judge(h, choiceId)));
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

    /** Facts for a condition, read from a configuration's values, visit/choice bits and conduct. */
    Facts facts(int[] values, long history, History conduct) {
        return rubric.facts(conduct, new Rubric.ValueFacts() {
            public int value(String variable) {
                int i = vars.indexOf(variable);
                return i < 0 ? 0 : values[i];
            }
            public boolean visited(String n) { return (history & visitBit(n)) != 0; }
            public boolean chosen(String c) { return (history & choiceBit(c)) != 0; }
        });
    }
}
