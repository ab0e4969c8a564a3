package nl.coachdans.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.coachdans.lint.ContentLibrary;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The content fingerprint is pinned: a fixed copy of a scenario and its framework (in
 * {@code src/test/resources/fingerprint/}, never to be edited) must keep this exact value on every
 * release, since records made on it carry it. Only what changes play or scoring may move it.
 */
class ContentHashTest {
    private static final Path FIXED = Paths.get("src/test/resources/fingerprint");
    /** The fingerprint of the fixed copy of leonie (version 2) with ervaringsleren. Never update it. */
    private static final String LEONIE = "content-v1:sha256:bd82a0d1bca9f580570d0df5256a0acc58680b4bc5b4238f63583377cef7ceea";

    private static final Set<Class<?>> MODEL = Set.of(Scenario.class, Node.class, Choice.class, Framework.class, Next.class,
            Route.class, Need.class, Closeness.class, StateVariable.class, Move.class, Step.class, Risk.class, Variant.class,
            LocalizedText.class, ClientProfile.class, Appearance.class, ConductBounds.class, Curriculum.class);
    /** Every key the canonical form may have, besides the names of variables and nodes. */
    private static final Set<String> FORM_KEYS = Set.of("form", "start", "state", "min", "max", "role", "frameworks", "id",
            "ordered", "skipRisk", "steps", "risks", "severity", "missing", "nodes", "kind", "quality", "needs", "lead",
            "closeness", "values", "stance", "tempo", "choices", "when", "tags", "effects", "move", "next", "to");

    private static ContentLibrary fixed() {
        return ContentLibrary.load(FIXED, new ContentReader(), false);
    }

    @Test
    void theFixedScenarioKeepsItsFingerprint() {
        ContentLibrary lib = fixed();
        Scenario leonie = lib.scenario("leonie").scenario();
        assertThat(lib.curriculum().framework("ervaringsleren")).isPresent();
        assertThat(ContentHash.of(leonie, lib.curriculum())).isEqualTo(LEONIE);
    }

    @Test
    void aChangedEffectChangesTheFingerprintAndChangedWordsDoNot() {
        ContentLibrary lib = fixed();
        Scenario leonie = lib.scenario("leonie").scenario();
        Curriculum cur = lib.curriculum();
        String before = ContentHash.of(leonie, cur);

        Map.Entry<String, Choice> first = leonie.findChoice("mail-veranderen").orElseThrow();
        Choice c = first.getValue();
        Map<String, Integer> effects = new LinkedHashMap<>(c.effects());
        String variable = effects.keySet().iterator().next();
        effects.put(variable, effects.get(variable) + 1);
        Choice stronger = new Choice(c.id(), c.text(), c.when(), c.tags(), effects, c.move(), c.feedback(), c.next());
        assertThat(ContentHash.of(replace(leonie, first.getKey(), c, stronger), cur)).isNotEqualTo(before);

        Choice reworded = new Choice(c.id(), LocalizedText.of("Anders gezegd", "Put differently"), c.when(), c.tags(),
                c.effects(), c.move(), LocalizedText.of("ander commentaar", "other feedback"), c.next());
        assertThat(ContentHash.of(replace(leonie, first.getKey(), c, reworded), cur)).isEqualTo(before);

        // A framework's scoring belongs to the content too: a risk that becomes critical moves it.
        Framework f = cur.framework("ervaringsleren").orElseThrow();
        List<Risk> risks = new ArrayList<>(f.risks());
        Risk r = risks.get(0);
        risks.set(0, new Risk(r.id(), r.name(), r.explanation(),
                r.severity() == Severity.CRITICAL ? Severity.WARNING : Severity.CRITICAL));
        Framework harsher = new Framework(f.id(), f.version(), f.title(), f.summary(), f.source(), f.ordered(), f.skipRisk(),
                f.steps(), risks, f.labels());
        assertThat(ContentHash.of(leonie, Curriculum.of(List.of(harsher)))).isNotEqualTo(before);
    }

    /**
     * A method added to a model record (such as {@code Node.isEnding()}, which a JSON mapper calls
     * a property "ending") cannot reach the fingerprint: the canonical form has only its own,
     * documented keys, and none of them is a derived accessor of the model.
     */
    @Test
    void derivedAccessorsOfTheModelAreNotPartOfTheCanonicalForm() throws Exception {
        ContentLibrary lib = fixed();
        Scenario leonie = lib.scenario("leonie").scenario();
        JsonNode form = new ObjectMapper().readTree(ContentHash.canonicalForm(leonie, lib.curriculum()));

        Set<String> keys = new TreeSet<>();
        collectKeys(form, keys);
        assertThat(FORM_KEYS).containsAll(keys);

        Set<String> derived = new TreeSet<>();
        for (Class<?> type : MODEL) derived.addAll(derivedProperties(type));
        // Today's (isEnding, isSingle, isEmpty ...) and any added later: a mapper would write them all.
        assertThat(derived).as("the scan finds derived accessors").isNotEmpty();
        assertThat(keys).doesNotContainAnyElementsOf(derived);
    }

    @Test
    void theOrderOfNodesInTheFileAndTheSpellingOfAConditionDoNotMatter() {
        ContentLibrary lib = fixed();
        Scenario leonie = lib.scenario("leonie").scenario();
        Map<String, Node> reversed = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>(leonie.nodes().keySet());
        java.util.Collections.reverse(ids);
        for (String id : ids) reversed.put(id, leonie.node(id));
        Scenario shuffled = new Scenario(leonie.id(), leonie.version(), leonie.title(), leonie.situation(), leonie.difficulty(),
                leonie.minutes(), leonie.frameworks(), leonie.client(), leonie.briefing(), leonie.state(), leonie.start(),
                reversed, leonie.expert(), leonie.conduct());
        assertThat(ContentHash.of(shuffled, lib.curriculum())).isEqualTo(ContentHash.of(leonie, lib.curriculum()));

        assertThat(ContentHash.condition(Condition.parse("rapport>=5 and not visited(mail)")))
                .isEqualTo(ContentHash.condition(Condition.parse("( rapport >= 5 )  and  not visited( mail )")));
        assertThat(ContentHash.condition(Condition.parse("rapport >= 5"))).isNotEqualTo(ContentHash.condition(Condition.parse("rapport > 5")));
    }

    @Test
    void anOlderFingerprintIsUnknownNotChanged() {
        String now = ContentHash.of(fixed().scenario("leonie").scenario(), fixed().curriculum());
        assertThat(ContentHash.compare(now, now)).isEqualTo(ContentHash.Match.SAME);
        assertThat(ContentHash.compare(ContentHash.PREFIX + "00", now)).isEqualTo(ContentHash.Match.CHANGED);
        assertThat(ContentHash.compare("sha256:a111c7ceb2980ed0cd2502320964c0aa13c0036f57cbd486fa9710303b7c95df", now))
                .isEqualTo(ContentHash.Match.UNKNOWN);
        assertThat(ContentHash.compare(null, now)).isEqualTo(ContentHash.Match.UNKNOWN);
    }

    private static Scenario replace(Scenario sc, String nodeId, Choice old, Choice with) {
        Map<String, Node> nodes = new LinkedHashMap<>(sc.nodes());
        Node n = nodes.get(nodeId);
        List<Choice> choices = new ArrayList<>(n.choices());
        choices.set(choices.indexOf(old), with);
        nodes.put(nodeId, new Node(n.kind(), n.chapter(), n.subject(), n.text(), n.variants(), n.needs(), choices, n.quality(), n.lesson()));
        return new Scenario(sc.id(), sc.version(), sc.title(), sc.situation(), sc.difficulty(), sc.minutes(), sc.frameworks(),
                sc.client(), sc.briefing(), sc.state(), sc.start(), nodes, sc.expert(), sc.conduct());
    }

    /** Keys of the form, leaving out the names of variables, nodes and effects (they are content, not form). */
    private static void collectKeys(JsonNode node, Set<String> keys) {
        if (node.isArray()) {
            node.forEach(n -> collectKeys(n, keys));
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                keys.add(e.getKey());
                JsonNode v = e.getValue();
                if (Set.of("state", "nodes", "effects").contains(e.getKey()) && v.isObject()) {
                    v.forEach(n -> collectKeys(n, keys));
                } else {
                    collectKeys(v, keys);
                }
            });
        }
    }

    /** What a bean mapper would call a property of this type beyond its record components: isX, getX. */
    private static Set<String> derivedProperties(Class<?> type) {
        Set<String> components = new TreeSet<>();
        if (type.isRecord()) Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).forEach(components::add);
        Set<String> out = new TreeSet<>();
        for (Method m : type.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() > 0 || m.getDeclaringClass() == Object.class) continue;
            String n = m.getName();
            String prop = n.startsWith("is") && n.length() > 2 && m.getReturnType() == boolean.class ? n.substring(2)
                    : n.startsWith("get") && n.length() > 3 ? n.substring(3) : null;
            if (prop == null) continue;
            prop = prop.substring(0, 1).toLowerCase(Locale.ROOT) + prop.substring(1);
            if (!components.contains(prop)) out.add(prop);
        }
        return out;
    }
}
