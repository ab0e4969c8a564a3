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
    /** Choices are numbered node by node in file order; the id of a choice gives its number. */
    private final Map<String, Integer> choiceNumber;
    private final long[] choiceSteps;
    private final List<List<Integer>> choiceRisks = new ArrayList<>();
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
        long tagged = taggedSteps(choiceId);
        long fresh = tagged & ~reachedBefore;
        List<Integer> rs = new ArrayList<>();
        List<Boolean> byOrder = new ArrayList<>();
        for (Integer r : taggedRisks(choiceId)) {
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
