package nl.coachdans.scoring;

import nl.coachdans.scenario.Choice;
import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scenario.Framework;
import nl.coachdans.scenario.Node;
import nl.coachdans.scenario.Risk;
import nl.coachdans.scenario.Scenario;
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

    /** What one choice did, given the steps reached before it. */
    public record Judgement(long newSteps, List<Integer> risks, List<Boolean> byOrder) { }

    private final List<Framework> frameworks;
    private final List<Item> steps = new ArrayList<>();
    private final List<Item> risks = new ArrayList<>();
    private final List<Risk> riskDefinitions = new ArrayList<>();
    private final Map<String, long[]> choiceBits = new HashMap<>();
    private final Map<String, List<Integer>> choiceRisks = new HashMap<>();
    /** Per step index: mask of earlier steps in its framework when ordered, else 0. */
    private long[] earlierMask;
    /** Per step index: the skip risk's index, or -1. */
    private int[] skipRisk;

    public Rubric(Scenario scenario, Curriculum curriculum) {
        this.frameworks = curriculum.frameworksOf(scenario);
        Map<String, Integer> stepIndex = new HashMap<>();
        Map<String, Integer> riskIndex = new HashMap<>();
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
        if (steps.size() > 64) throw new IllegalArgumentException("a scenario's frameworks may have at most 64 steps together");
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
        for (Node n : scenario.nodes().values()) {
            for (Choice c : n.choices()) {
                long stepBits = 0;
                List<Integer> rs = new ArrayList<>();
                for (String text : c.tags()) {
                    Tag tag;
                    Framework owner;
                    try {
                        tag = Tag.parse(text);
                        if (tag.kind() != Tag.Kind.STEP && tag.kind() != Tag.Kind.RISK) continue;
                        owner = curriculum.owner(tag, scenario);
                    } catch (IllegalArgumentException e) {
                        continue; // reported by the validator
                    }
                    String key = owner.id() + "/" + tag.id();
                    if (tag.kind() == Tag.Kind.STEP) stepBits |= 1L << stepIndex.get(key);
                    else rs.add(riskIndex.get(key));
                }
                choiceBits.put(c.id(), new long[] {stepBits});
                choiceRisks.put(c.id(), List.copyOf(rs));
            }
        }
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

    /** Judges a choice given the steps reached so far (a bit per step index). */
    public Judgement judge(long reachedBefore, String choiceId) {
        long[] bits = choiceBits.get(choiceId);
        long tagged = bits == null ? 0 : bits[0];
        long fresh = tagged & ~reachedBefore;
        List<Integer> rs = new ArrayList<>();
        List<Boolean> byOrder = new ArrayList<>();
        for (Integer r : choiceRisks.getOrDefault(choiceId, List.of())) {
            rs.add(r);
            byOrder.add(false);
        }
        long f = fresh;
        while (f != 0) {
            int i = Long.numberOfTrailingZeros(f);
            f &= f - 1;
            if (skipRisk[i] >= 0 && (earlierMask[i] & ~reachedBefore) != 0 && !rs.contains(skipRisk[i])) {
                rs.add(skipRisk[i]);
                byOrder.add(true);
            }
        }
        return new Judgement(fresh, rs, byOrder);
    }

    /** The steps a choice's own tags reach, a bit per step index. */
    public long taggedSteps(String choiceId) {
        long[] bits = choiceBits.get(choiceId);
        return bits == null ? 0 : bits[0];
    }

    /** The risks a choice's own tags commit, by risk index (order rules not included). */
    public List<Integer> taggedRisks(String choiceId) {
        return choiceRisks.getOrDefault(choiceId, List.of());
    }

    /** The steps that must come before step {@code index} (its ordered framework's earlier steps). */
    public long earlierSteps(int index) {
        return earlierMask[index];
    }

    /** The risk committed by reaching step {@code index} too early, or -1. */
    public int skipRiskOf(int index) {
        return skipRisk[index];
    }

    /** True when step {@code index} was reached with all its earlier steps already reached. */
    public boolean inOrder(int index, long reachedBefore) {
        return (earlierMask[index] & ~reachedBefore) == 0;
    }

    /** Mask of the steps belonging to one framework. */
    public long frameworkMask(String frameworkId) {
        long m = 0;
        for (Item s : steps) if (s.framework().equals(frameworkId)) m |= 1L << s.index();
        return m;
    }
}
