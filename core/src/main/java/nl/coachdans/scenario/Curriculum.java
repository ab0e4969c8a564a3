package nl.coachdans.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The frameworks known to the program, by id; resolves a scenario's tags against them. */
public record Curriculum(Map<String, Framework> frameworks) {

    public Curriculum {
        frameworks = Collections.unmodifiableMap(new LinkedHashMap<>(frameworks));
    }

    public static Curriculum of(List<Framework> list) {
        Map<String, Framework> map = new LinkedHashMap<>();
        for (Framework f : list) map.put(f.id(), f);
        return new Curriculum(map);
    }

    public Optional<Framework> framework(String id) {
        return Optional.ofNullable(frameworks.get(id));
    }

    /** The scenario's frameworks that are known, in the scenario's order. */
    public List<Framework> frameworksOf(Scenario scenario) {
        List<Framework> out = new ArrayList<>();
        for (String id : scenario.frameworks()) {
            Framework f = frameworks.get(id);
            if (f != null) out.add(f);
        }
        return out;
    }

    /**
     * Finds the framework a step, risk or label tag refers to among the scenario's frameworks.
     * Throws with a readable message when it is unknown or ambiguous.
     */
    public Framework owner(Tag tag, Scenario scenario) {
        List<Framework> candidates = new ArrayList<>();
        for (Framework f : frameworksOf(scenario)) {
            if (tag.framework() != null && !tag.framework().equals(f.id())) continue;
            boolean has = switch (tag.kind()) {
                case STEP -> f.step(tag.id()).isPresent();
                case RISK -> f.risk(tag.id()).isPresent();
                case LABEL -> f.label(tag.id()).isPresent();
                default -> false;
            };
            if (has) candidates.add(f);
        }
        if (tag.framework() != null && !scenario.frameworks().contains(tag.framework())) {
            throw new ProblemException(FindingCode.TAG_FOREIGN_FRAMEWORK, tag.toString(), tag.framework(), scenario.frameworks());
        }
        if (candidates.isEmpty()) {
            throw new ProblemException(FindingCode.TAG_UNKNOWN_ID, new Problem.Word("kind." + tag.kind().word()), tag.id(), tag.toString(),
                    scenario.frameworks());
        }
        if (candidates.size() > 1) {
            throw new ProblemException(FindingCode.TAG_AMBIGUOUS, tag.toString(), tag.kind().word() + ":" + candidates.get(0).id() + "/" + tag.id(),
                    tag.kind().word() + ":" + candidates.get(1).id() + "/" + tag.id());
        }
        return candidates.get(0);
    }
}
