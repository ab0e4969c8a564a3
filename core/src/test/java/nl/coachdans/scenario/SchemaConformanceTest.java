package nl.coachdans.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the JSON Schemas in docs/schema/ honest: every shipped framework and scenario validates,
 * typical mistakes are rejected (by the schema and by the loader alike), and the schema's fields and
 * enums are exactly those of the Java model, so the two cannot silently drift apart.
 */
class SchemaConformanceTest {
    private static final Path ROOT = Paths.get("..");
    private static final Path SCHEMAS = ROOT.resolve("docs/schema");
    private static final Path EXAMPLE_FRAMEWORK = ROOT.resolve("docs/examples/frameworks/mini-grow.yaml");
    private static final Path EXAMPLE_SCENARIO = ROOT.resolve("docs/examples/scenarios/voorbeeld.yaml");

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * YAML as editors read it (YAML 1.2): only true and false are booleans, so a text such as
     * {@code en: No} stays text, as the loader keeps it too.
     */
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS).build();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final JsonSchema FRAMEWORK_SCHEMA = FACTORY.getSchema(read(SCHEMAS.resolve("framework.schema.json")));
    private static final JsonSchema SCENARIO_SCHEMA = FACTORY.getSchema(read(SCHEMAS.resolve("scenario.schema.json")));

    // ---------------------------------------------------------------- shipped content validates

    static Stream<Path> frameworkFiles() {
        return contentFiles("assets/frameworks", "docs/examples/frameworks");
    }

    static Stream<Path> scenarioFiles() {
        return contentFiles("assets/scenarios", "docs/examples/scenarios");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frameworkFiles")
    void everyFrameworkValidates(Path file) {
        assertThat(messages(FRAMEWORK_SCHEMA, read(file))).as("schema findings for %s", file).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioFiles")
    void everyScenarioValidates(Path file) {
        assertThat(messages(SCENARIO_SCHEMA, read(file))).as("schema findings for %s", file).isEmpty();
    }

    @Test
    void thereIsContentToCheck() {
        assertThat(frameworkFiles().filter(p -> p.startsWith(ROOT.resolve("assets")))).isNotEmpty();
        assertThat(scenarioFiles().filter(p -> p.startsWith(ROOT.resolve("assets")))).isNotEmpty();
        assertThat(frameworkFiles()).contains(EXAMPLE_FRAMEWORK);
        assertThat(scenarioFiles()).contains(EXAMPLE_SCENARIO);
    }

    @Test
    void theSchemasThemselvesAreValidDraft202012() {
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        for (String name : List.of("framework.schema.json", "scenario.schema.json")) {
            assertThat(messages(meta, read(SCHEMAS.resolve(name)))).as(name).isEmpty();
        }
    }

    // ---------------------------------------------------------------- mistakes are rejected

    /** A mistake made in the example scenario; both the schema and the loader must reject it. */
    record Mistake(String name, Consumer<ObjectNode> edit) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> scenarioMistakes() {
        return Stream.of(
                new Mistake("unknown field at the top", s -> s.put("titel", "x")),
                new Mistake("unknown field in a choice", s -> choice(s, "mail", 0).put("feeback", "x")),
                new Mistake("unknown field in a text", s -> ((ObjectNode) s.get("title")).put("de", "x")),
                new Mistake("missing nl", s -> ((ObjectNode) s.get("title")).remove("nl")),
                new Mistake("missing en in a choice", s -> ((ObjectNode) choice(s, "open", 0).get("text")).remove("en")),
                new Mistake("blank nl", s -> ((ObjectNode) s.get("situation")).put("nl", "  ")),
                new Mistake("bad stance", s -> ((ObjectNode) choice(s, "mail", 0).get("move")).put("stance", "against")),
                new Mistake("bad lead", s -> ((ObjectNode) choice(s, "mail", 0).get("move")).put("lead", "boven")),
                new Mistake("bad tempo", s -> ((ObjectNode) choice(s, "mail", 0).get("move")).put("tempo", "quick")),
                new Mistake("bad kind", s -> node(s, "open").put("kind", "speech")),
                new Mistake("bad quality", s -> node(s, "einde-best").put("quality", "excellent")),
                new Mistake("bad side", s -> ((ArrayNode) choice(s, "mail", 0).get("tags")).set(0, "side:appel")),
                new Mistake("bad relation", s -> ((ArrayNode) choice(s, "mail", 0).get("tags")).set(0, "relation:customer")),
                new Mistake("unknown tag kind", s -> ((ArrayNode) choice(s, "mail", 0).get("tags")).set(0, "stap:doel")),
                new Mistake("upper-case choice id", s -> choice(s, "mail", 0).put("id", "Mail-Afspraak")),
                new Mistake("difficulty 4", s -> s.put("difficulty", 4)),
                new Mistake("version 0", s -> s.put("version", 0)),
                new Mistake("closeness 3", s -> ((ObjectNode) choice(s, "mail", 0).get("move")).put("closeness", 3)),
                new Mistake("move without tempo", s -> ((ObjectNode) choice(s, "mail", 0).get("move")).remove("tempo")),
                new Mistake("choice without next", s -> choice(s, "mail", 0).remove("next")),
                new Mistake("node without kind", s -> node(s, "open").remove("kind")),
                new Mistake("ending without quality", s -> node(s, "einde-best").remove("quality")),
                new Mistake("ending without lesson", s -> node(s, "einde-best").remove("lesson")),
                new Mistake("email without subject", s -> node(s, "mail").remove("subject")),
                new Mistake("node that is not an ending without choices", s -> node(s, "open").remove("choices")),
                new Mistake("condition as a boolean", s -> choice(s, "doel", 1).put("when", true)),
                new Mistake("no frameworks", s -> s.putArray("frameworks")),
                new Mistake("no client name", s -> ((ObjectNode) s.get("client")).remove("name")),
                new Mistake("unknown field in a state variable", s -> ((ObjectNode) s.get("state").get("emotion")).put("default", 5)),
                new Mistake("effect that is not a whole number", s -> ((ObjectNode) choice(s, "mail", 0).get("effects")).put("rapport", 1.5)),
                new Mistake("$schema property in the file", s -> s.put("$schema", "../../docs/schema/scenario.schema.json"))
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioMistakes")
    void scenarioMistakesAreRejected(Mistake mistake) {
        ObjectNode scenario = (ObjectNode) read(EXAMPLE_SCENARIO);
        assertThat(messages(SCENARIO_SCHEMA, scenario)).as("the untouched example").isEmpty();
        mistake.edit().accept(scenario);
        assertThat(messages(SCENARIO_SCHEMA, scenario)).as("schema on: %s", mistake).isNotEmpty();
        assertThat(loaderErrors(scenario)).as("loader and validator on: %s", mistake).isNotEmpty();
    }

    static Stream<Arguments> frameworkMistakes() {
        return Stream.of(
                new Mistake("unknown field at the top", f -> f.put("orderd", true)),
                new Mistake("unknown field in a step", f -> step(f, "steps", 0).put("uitleg", "x")),
                new Mistake("missing nl", f -> ((ObjectNode) step(f, "steps", 1).get("name")).remove("nl")),
                new Mistake("bad severity", f -> step(f, "risks", 0).put("severity", "fatal")),
                new Mistake("risk without severity", f -> step(f, "risks", 0).remove("severity")),
                new Mistake("source without title", f -> ((ObjectNode) f.get("source")).remove("title")),
                new Mistake("no steps", f -> f.putArray("steps")),
                new Mistake("id with a space", f -> f.put("id", "mini grow")),
                new Mistake("ordered as text", f -> f.put("ordered", "ja"))
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frameworkMistakes")
    void frameworkMistakesAreRejected(Mistake mistake) {
        ObjectNode framework = (ObjectNode) read(EXAMPLE_FRAMEWORK);
        assertThat(messages(FRAMEWORK_SCHEMA, framework)).as("the untouched example").isEmpty();
        mistake.edit().accept(framework);
        assertThat(messages(FRAMEWORK_SCHEMA, framework)).as("schema on: %s", mistake).isNotEmpty();
        List<Finding> findings = new ArrayList<>();
        ReadResult<Framework> r = new ContentReader().parse("framework.json", bytes(framework), false, Framework.class, findings);
        List<Finding> all = new ArrayList<>(r.findings());
        if (r.value() != null) all.addAll(new Validator(Curriculum.of(List.of())).validate("framework.json", r.value()));
        assertThat(all.stream().filter(Finding::isError)).as("loader and validator on: %s", mistake).isNotEmpty();
    }

    @Test
    void everyTagFormTheModelAcceptsValidates() {
        ObjectNode scenario = (ObjectNode) read(EXAMPLE_SCENARIO);
        ArrayNode tags = choice(scenario, "mail", 0).putArray("tags");
        Tag.SIDES.forEach(side -> tags.add("side:" + side));
        Tag.RELATIONS.forEach(relation -> tags.add("relation:" + relation));
        tags.add("step:mini-grow/doel").add("risk:mini-grow/oordeel").add("label:mini-grow/stilte").add("label:stilte");
        assertThat(messages(SCENARIO_SCHEMA, scenario)).isEmpty();
        assertThat(loaderErrors(scenario)).isEmpty();
    }

    // ---------------------------------------------------------------- the schema matches the model

    @Test
    void scenarioSchemaHasExactlyTheModelsFields() {
        JsonNode s = read(SCHEMAS.resolve("scenario.schema.json"));
        assertFields(s, Scenario.class);
        assertFields(s.at("/properties/client"), ClientProfile.class);
        assertFields(s.at("/$defs/stateVariable"), StateVariable.class);
        assertFields(s.at("/$defs/node"), Node.class);
        assertFields(s.at("/$defs/variant"), Variant.class);
        assertFields(s.at("/$defs/need"), Need.class);
        assertFields(s.at("/$defs/move"), Move.class);
        assertFields(s.at("/$defs/choice"), Choice.class);
        assertFields(s.at("/$defs/text"), LocalizedText.class);
    }

    @Test
    void frameworkSchemaHasExactlyTheModelsFields() {
        JsonNode f = read(SCHEMAS.resolve("framework.schema.json"));
        assertFields(f, Framework.class);
        assertFields(f.at("/properties/source"), SourceRef.class);
        assertFields(f.at("/$defs/step"), Step.class);
        assertFields(f.at("/$defs/risk"), Risk.class);
        assertFields(f.at("/$defs/label"), Label.class);
        assertFields(f.at("/$defs/text"), LocalizedText.class);
    }

    @Test
    void schemaEnumsAreTheModelsJsonNames() {
        JsonNode s = read(SCHEMAS.resolve("scenario.schema.json"));
        assertThat(enumOf(s.at("/$defs/node/properties/kind/enum"))).isEqualTo(jsonNames(NodeKind.class));
        assertThat(enumOf(s.at("/$defs/node/properties/quality/enum"))).isEqualTo(jsonNames(Quality.class));
        assertThat(enumOf(s.at("/$defs/lead/enum"))).isEqualTo(jsonNames(Lead.class));
        assertThat(enumOf(s.at("/$defs/stance/enum"))).isEqualTo(jsonNames(Stance.class));
        assertThat(enumOf(s.at("/$defs/tempo/enum"))).isEqualTo(jsonNames(Tempo.class));
        JsonNode f = read(SCHEMAS.resolve("framework.schema.json"));
        assertThat(enumOf(f.at("/$defs/risk/properties/severity/enum"))).isEqualTo(jsonNames(Severity.class));
    }

    @Test
    void everyPropertyHasADescription() {
        for (String name : List.of("framework.schema.json", "scenario.schema.json")) {
            List<String> missing = new ArrayList<>();
            collectUndescribed(read(SCHEMAS.resolve(name)), "", missing);
            assertThat(missing).as("properties without a description in %s", name).isEmpty();
        }
    }

    // ---------------------------------------------------------------- helpers

    private static void assertFields(JsonNode schemaObject, Class<? extends Record> type) {
        assertThat(schemaObject.isMissingNode()).as("schema object for %s", type.getSimpleName()).isFalse();
        assertThat(schemaObject.path("additionalProperties").asBoolean(true))
                .as("%s is strict (additionalProperties: false)", type.getSimpleName()).isFalse();
        Set<String> schemaFields = new TreeSet<>();
        schemaObject.path("properties").fieldNames().forEachRemaining(schemaFields::add);
        Set<String> modelFields = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(schemaFields).as("fields of %s", type.getSimpleName()).isEqualTo(modelFields);
    }

    private static void collectUndescribed(JsonNode node, String path, List<String> missing) {
        if (node.isObject()) {
            JsonNode props = node.get("properties");
            if (props != null && props.isObject() && node.has("type")) {
                props.fields().forEachRemaining(e -> {
                    if (!e.getValue().has("description")) missing.add(path + "/properties/" + e.getKey());
                });
            }
            node.fields().forEachRemaining(e -> collectUndescribed(e.getValue(), path + "/" + e.getKey(), missing));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) collectUndescribed(node.get(i), path + "/" + i, missing);
        }
    }

    private static Set<String> enumOf(JsonNode array) {
        Set<String> out = new LinkedHashSet<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static <E extends Enum<E>> Set<String> jsonNames(Class<E> type) {
        Set<String> out = new LinkedHashSet<>();
        for (E e : type.getEnumConstants()) out.add(JSON.convertValue(e, String.class));
        return out;
    }

    private static ObjectNode node(ObjectNode scenario, String nodeId) {
        return (ObjectNode) scenario.get("nodes").get(nodeId);
    }

    private static ObjectNode choice(ObjectNode scenario, String nodeId, int index) {
        return (ObjectNode) node(scenario, nodeId).get("choices").get(index);
    }

    private static ObjectNode step(ObjectNode framework, String list, int index) {
        return (ObjectNode) framework.get(list).get(index);
    }

    /** Errors the real loader and the structural validator report for a scenario tree. */
    private static List<Finding> loaderErrors(ObjectNode scenario) {
        ContentReader reader = new ContentReader();
        ReadResult<Framework> fw = reader.readFramework(EXAMPLE_FRAMEWORK);
        assertThat(fw.ok()).as("example framework loads").isTrue();
        ReadResult<Scenario> r = reader.parse("scenario.json", bytes(scenario), false, Scenario.class, new ArrayList<>());
        List<Finding> all = new ArrayList<>(r.findings());
        if (r.value() != null) all.addAll(new Validator(Curriculum.of(List.of(fw.value()))).validate("scenario.json", r.value()));
        return all.stream().filter(Finding::isError).toList();
    }

    private static List<String> messages(JsonSchema schema, JsonNode instance) {
        Set<ValidationMessage> found = schema.validate(instance);
        return found.stream().map(ValidationMessage::toString).sorted().toList();
    }

    private static byte[] bytes(JsonNode tree) {
        try {
            return JSON.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".json") ? JSON.readTree(file.toFile()) : YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Stream<Path> contentFiles(String... folders) {
        List<Path> out = new ArrayList<>();
        for (String folder : folders) {
            Path dir = ROOT.resolve(folder);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(Files::isRegularFile).filter(ContentReader::isContentFile).sorted().forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out.stream();
    }
}
