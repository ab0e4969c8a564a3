package nl.coachdans.engine;

import nl.coachdans.scenario.Choice;
import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scenario.Facts;
import nl.coachdans.scenario.FindingCode;
import nl.coachdans.scenario.Framework;
import nl.coachdans.scenario.Node;
import nl.coachdans.scenario.ProblemException;
import nl.coachdans.scenario.Risk;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scenario.Severity;
import nl.coachdans.scenario.Step;
import nl.coachdans.scenario.Tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario's tags compiled against its frameworks: every step and risk gets an index, and every
 * choice the steps it reaches and risks it commits. {@link #judge} adds the order rule: reaching a
 * step while an earlier one of an ordered framework is missing commits the framework's skip risk.
 * Shared by the scorer and the path explorer so both judge a choice the same way.
 */
public final class Rubric {
    /** A step or risk of a framework, by index within the rubric. */
    public record Item(String framework, String id, int index) { }

    /**
     * What one choice did, given the history before it: the steps it reached first (and of those the
     * ones reached while an earlier step was missing), the risks it committed (with, per risk,
     * whether the order rule committed it, and then the steps blamed as skipped), and the ordered
     * steps newly blamed as skipped.
     */
    public record Judgement(long newSteps, long outOfOrder, List<Integer> risks, List<Boolean> byOrder,
                            List<Long> skipped, long blamed) {

        /** Whether the order rule committed the risk at position {@code k} of {@link #risks()}. */
        public boolean isByOrder(int k) {
            return byOrder.get(k);
        }
    }

    private final Scenario scenario;
    private final List<Framework> frameworks;
    private final Map<String, Integer> stepIndex = new HashMap<>();
    private final Map<String, Integer> riskIndex = new HashMap<>();
    private final List<Item> steps = new ArrayList<>();
    private final List<Item> risks = new ArrayList<>();
    private final List<Risk> riskDefinitions = new ArrayList<>();
    /** Choices are numbered node by node in file order; the id of a choice gives its number. */
    private final Map<String, Integer> choiceNumber;
    private final long[] choiceSteps;
    private final List<List<Integer>> choiceRisks = new ArrayList<>();
    /** Per step index: mask of earlier steps in its framework when ordered, else 0. */
    private long[] earlierMask;
    /** Per step index: the skip risk's index, or -1. */
    private int[] skipRisk;

    public Rubric(Scenario scenario, Curriculum curriculum) {
        this.scenario = scenario;
        this.frameworks = curriculum.frameworksOf(scenario);
        for (Framework f : frameworks) {
            for (Step s : f.steps()) {
                stepIndex.put(f.id() + "/" + s.id(), steps.size());
                steps.add(new Item(f.id(), s.id(), steps.size()));
            }
            for (Risk r : f.risks()) {
                riskIndex.put(f.id() + "/" + r.id(), risks.size());
                risks.add(new Item(f.id(), r.id(), risks.size()));
                riskDefinitions.add(r);
            }
        }
        if (steps.size() > 64) throw new ProblemException(FindingCode.TOO_MANY_STEPS, 64);
        if (risks.size() > 64) throw new ProblemException(FindingCode.TOO_MANY_RISKS, 64);
        earlierMask = new long[steps.size()];
        skipRisk = new int[steps.size()];
        for (Framework f : frameworks) {
            long before = 0;
            Integer skip = f.skipRisk() == null ? null : riskIndex.get(f.id() + "/" + f.skipRisk());
            for (Step s : f.steps()) {
                int i = stepIndex.get(f.id() + "/" + s.id());
                earlierMask[i] = f.ordered() ? before : 0;
                skipRisk[i] = f.ordered() && skip != null ? skip : -1;
                before |= 1L << i;
            }
        }
        // A scenario repeats a handful of tags on thousands of choices: resolve each text once.
        Map<String, TagMeaning> meanings = new HashMap<>();
        int count = 0;
        for (Node n : scenario.nodes().values()) count += n.choices().size();
        choiceSteps = new long[count];
        choiceNumber = new HashMap<>(count * 2);
        for (Node n : scenario.nodes().values()) {
            for (Choice c : n.choices()) {
                long stepBits = 0;
                List<Integer> rs = List.of();
                for (String text : c.tags()) {
                    TagMeaning m = meanings.computeIfAbsent(text, t -> TagMeaning.of(t, scenario, curriculum, stepIndex, riskIndex));
                    stepBits |= m.step();
                    if (m.risk() >= 0) {
                        if (rs.isEmpty()) rs = new ArrayList<>();
                        rs.add(m.risk());
                    }
                }
                choiceNumber.put(c.id(), choiceRisks.size());
                choiceSteps[choiceRisks.size()] = stepBits;
                choiceRisks.add(rs.isEmpty() ? rs : List.copyOf(rs));
            }
        }
    }

    /** What one tag text adds to a choice: a step bit, a risk index, or nothing. */
    private record TagMeaning(long step, int risk) {
        static final TagMeaning NOTHING = new TagMeaning(0, -1);

        static TagMeaning of(String text, Scenario scenario, Curriculum curriculum,
                             Map<String, Integer> stepIndex, Map<String, Integer> riskIndex) {
            Tag tag;
            Framework owner;
            try {
                tag = Tag.parse(text);
                if (tag.kind() != Tag.Kind.STEP && tag.kind() != Tag.Kind.RISK) return NOTHING;
                owner = curriculum.owner(tag, scenario);
            } catch (IllegalArgumentException e) {
                return NOTHING; // reported by the validator
            }
            String key = owner.id() + "/" + tag.id();
            return tag.kind() == Tag.Kind.STEP ? new TagMeaning(1L << stepIndex.get(key), -1) : new TagMeaning(0, riskIndex.get(key));
        }
    }

    /** The scenario this rubric was compiled for. */
    public Scenario scenario() {
        return scenario;
    }

    public List<Framework> frameworks() {
        return frameworks;
    }

    public List<Item> steps() {
        return steps;
    }

    public List<Item> risks() {
        return risks;
    }

    public Risk riskDefinition(int index) {
        return riskDefinitions.get(index);
    }

    /**
     * Judges a choice given the history before it. The order rule: the choice's new steps are taken
     * in their framework's order (so one option serving two ordered steps in order is no skip);
     * reaching a step while earlier ones are missing commits the framework's skip risk once, for the
     * missing steps not blamed before. A step already blamed is not blamed again; going back to an
     * earlier step and forward again reaches nothing new, so it is no skip.
     */
    public Judgement judge(History before, String choiceId) {
        long tagged = taggedSteps(choiceId);
        long fresh = tagged & ~before.reached();
        List<Integer> tagRisks = taggedRisks(choiceId);
        List<Integer> rs = new ArrayList<>(tagRisks.size() + 1);
        List<Boolean> byOrder = new ArrayList<>(tagRisks.size() + 1);
        List<Long> skipped = new ArrayList<>(tagRisks.size() + 1);
        for (Integer r : tagRisks) {
            rs.add(r);
            byOrder.add(false);
            skipped.add(0L);
        }
        long reached = before.reached(), blamed = before.blamed(), outOfOrder = 0, newlyBlamed = 0;
        long f = fresh;
        // Step indexes follow each framework's order, so the lowest fresh bit comes first.
        while (f != 0) {
            int i = Long.numberOfTrailingZeros(f);
            f &= f - 1;
            long missing = earlierMask[i] & ~reached;
            if (missing != 0) outOfOrder |= 1L << i;
            long unblamed = missing & ~blamed;
            if (skipRisk[i] >= 0 && unblamed != 0) {
                blamed |= unblamed;
                newlyBlamed |= unblamed;
                int at = indexOfOrderEvent(rs, byOrder, skipRisk[i]);
                if (at >= 0) {
                    skipped.set(at, skipped.get(at) | unblamed);
                } else if (!tagRisks.contains(skipRisk[i])) {
                    rs.add(skipRisk[i]);
                    byOrder.add(true);
                    skipped.add(unblamed);
                }
            }
            reached |= 1L << i;
        }
        return new Judgement(fresh, outOfOrder, rs, byOrder, skipped, newlyBlamed);
    }

    private static int indexOfOrderEvent(List<Integer> risks, List<Boolean> byOrder, int risk) {
        for (int k = 0; k < risks.size(); k++) if (byOrder.get(k) && risks.get(k) == risk) return k;
        return -1;
    }

    /** The step's index, or -1; {@code framework} null means any of the scenario's frameworks. */
    public int stepIndex(String framework, String step) {
        return find(stepIndex, steps, framework, step);
    }

    /** The risk's index, or -1; {@code framework} null means any of the scenario's frameworks. */
    public int riskIndex(String framework, String risk) {
        return find(riskIndex, risks, framework, risk);
    }

    private static int find(Map<String, Integer> index, List<Item> items, String framework, String id) {
        if (framework != null) {
            Integer i = index.get(framework + "/" + id);
            return i == null ? -1 : i;
        }
        for (Item it : items) if (it.id().equals(id)) return it.index();
        return -1;
    }

    /** The ids of the steps in this mask, in rubric order. */
    public List<String> stepIds(long mask) {
        List<String> out = new ArrayList<>();
        for (Item s : steps) if ((mask & (1L << s.index())) != 0) out.add(s.id());
        return out;
    }

    /** Facts over a session's history, added to those of state, visits and choices. */
    public Facts facts(History h, ValueFacts base) {
        return new Facts() {
            public int value(String variable) { return base.value(variable); }
            public boolean visited(String node) { return base.visited(node); }
            public boolean chosen(String choice) { return base.chosen(choice); }
            public boolean committed(String framework, String risk) {
                int r = riskIndex(framework, risk);
                return r >= 0 && (h.committed() & (1L << r)) != 0;
            }
            public int riskEvents(Severity severity) {
                return severity == null ? h.events() : severity == Severity.CRITICAL ? h.criticals() : h.warnings();
            }
            public boolean reached(String framework, String step) {
                int s = stepIndex(framework, step);
                return s >= 0 && (h.reached() & (1L << s)) != 0;
            }
            public int stepsReached(String framework) {
                return Long.bitCount(h.reached() & frameworkMask(framework));
            }
        };
    }

    /** The part of the facts that does not depend on the history. */
    public interface ValueFacts {
        int value(String variable);

        boolean visited(String node);

        boolean chosen(String choice);
    }

    /** The steps a choice's own tags reach, a bit per step index. */
    public long taggedSteps(String choiceId) {
        Integer n = choiceNumber.get(choiceId);
        return n == null ? 0 : choiceSteps[n];
    }

    /** The risks a choice's own tags commit, by risk index (order rules not included). */
    public List<Integer> taggedRisks(String choiceId) {
        Integer n = choiceNumber.get(choiceId);
        return n == null ? List.of() : choiceRisks.get(n);
    }

    /**
     * The steps reached by the scenario's choice with this number, counting every choice node by
     * node in file order from 0: for callers that walk all choices and need no look-up by id.
     */
    public long taggedSteps(int choiceNumber) {
        return choiceSteps[choiceNumber];
    }

    /** The risks committed by the choice with this number (see {@link #taggedSteps(int)}). */
    public List<Integer> taggedRisks(int choiceNumber) {
        return choiceRisks.get(choiceNumber);
    }

    /** The steps that must come before step {@code index} (its ordered framework's earlier steps). */
    public long earlierSteps(int index) {
        return earlierMask[index];
    }

    /** The risk committed by reaching step {@code index} too early, or -1. */
    public int skipRiskOf(int index) {
        return skipRisk[index];
    }

    /** Mask of the steps belonging to one framework. */
    public long frameworkMask(String frameworkId) {
        long m = 0;
        for (Item s : steps) if (s.framework().equals(frameworkId)) m |= 1L << s.index();
        return m;
    }
}
