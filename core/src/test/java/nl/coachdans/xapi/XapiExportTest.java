package nl.coachdans.xapi;

import nl.coachdans.files.AtomicFiles;
import nl.coachdans.sessions.ReportFixtures;
import nl.coachdans.sessions.Mode;
import nl.coachdans.assignments.RecordFolder;
import nl.coachdans.sessions.RecordReader;
import nl.coachdans.sessions.SessionRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static nl.coachdans.sessions.ReportFixtures.EXPERT;
import static nl.coachdans.sessions.ReportFixtures.HALF;
import static nl.coachdans.sessions.ReportFixtures.POOR;
import static nl.coachdans.sessions.ReportFixtures.T0;
import static nl.coachdans.sessions.ReportFixtures.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** xAPI statements checked against the rules of xAPI 1.0.3 (Data part), by hand. */
class XapiExportTest {
    @TempDir
    Path dir;

    private ArrayNode export() throws IOException {
        return new XapiExport(ReportFixtures.source(), "https://lms.example.org").export(new RecordFolder(ReportFixtures.source()).read(dir)).statements();
    }

    private void write(String name, SessionRecord r) throws IOException {
        AtomicFiles.write(dir.resolve(name), RecordReader.json().writeValueAsBytes(r));
    }

    private void someRecords() throws IOException {
        write("a.json", record("a", EXPERT, "Ans de Vries", Mode.EXAM, "noor-oefenen-ab12", T0));
        write("b.json", record("b", POOR, null, Mode.PRACTICE, null, T0.plusSeconds(600)));
        write("c.json", record("c", HALF, "Bo", Mode.PRACTICE, null, T0.plusSeconds(1200)));
        Files.writeString(dir.resolve("junk.json"), "{");
    }

    @Test
    void everyStatementFollowsTheXapiRules() throws IOException {
        someRecords();
        ArrayNode all = export();
        assertThat(all).hasSize(EXPERT.size() + 1 + POOR.size() + 1 + HALF.size() + 1);
        List<String> problems = new ArrayList<>();
        for (JsonNode s : all) XapiRules.statement(s, problems);
        assertThat(problems).isEmpty();
    }

    @Test
    void theRulesThemselvesCatchBrokenStatements() throws IOException {
        write("a.json", record("a", EXPERT, "Ans", Mode.EXAM, null, T0));
        com.fasterxml.jackson.databind.node.ObjectNode s = (com.fasterxml.jackson.databind.node.ObjectNode) export().get(0).deepCopy();
        s.put("id", "not-a-uuid");
        s.put("timestamp", "2025-03-04T10:00:00");
        s.put("score", 3);
        ((com.fasterxml.jackson.databind.node.ObjectNode) s.get("actor")).put("mbox", "mailto:ans@example.org");
        ((com.fasterxml.jackson.databind.node.ObjectNode) s.get("verb").get("display")).put("dutch", "x");
        ((com.fasterxml.jackson.databind.node.ObjectNode) s.get("result")).putObject("score").put("scaled", 1.5);
        ((com.fasterxml.jackson.databind.node.ObjectNode) s.get("result")).put("duration", "2 minutes");
        ((com.fasterxml.jackson.databind.node.ObjectNode) s.get("object")).put("id", "nodes/open");
        List<String> problems = new ArrayList<>();
        XapiRules.statement(s, problems);
        assertThat(String.join("\n", problems)).contains("'score' is not an xAPI property here", "is not an RFC 4122 UUID",
                "exactly one inverse functional identifier", "must not invent e-mail", "'dutch' is not an RFC 5646",
                "score.scaled outside [-1, 1]", "is not an ISO 8601 duration", "is not an ISO 8601 time with a zone", "'nodes/open' is not an absolute IRI");
    }

    @Test
    void oneStatementPerChoiceThenOneForTheSession() throws IOException {
        write("a.json", record("a", EXPERT, "Ans de Vries", Mode.EXAM, "noor-oefenen-ab12", T0));
        ArrayNode all = export();
        String recordId = UUID.nameUUIDFromBytes("a".getBytes()).toString();
        for (int i = 0; i < EXPERT.size(); i++) {
            JsonNode s = all.get(i);
            assertThat(s.get("verb").get("id").asText()).isEqualTo("http://adlnet.gov/expapi/verbs/answered");
            assertThat(s.get("result").get("response").asText()).isEqualTo(EXPERT.get(i));
            assertThat(s.get("object").get("definition").get("interactionType").asText()).isEqualTo("choice");
            assertThat(s.get("timestamp").asText()).isEqualTo(T0.plusSeconds(30L * (i + 1)).toString());
            assertThat(s.get("context").get("registration").asText()).isEqualTo(recordId);
            assertThat(s.get("context").get("contextActivities").get("parent").get(0).get("id").asText())
                    .isEqualTo("https://coachdans.nl/xapi/scenarios/voorbeeld");
            assertThat(s.get("context").get("contextActivities").get("grouping").get(0).get("id").asText())
                    .isEqualTo("https://coachdans.nl/xapi/assignments/noor-oefenen-ab12");
        }
        assertThat(all.get(1).get("object").get("id").asText()).isEqualTo("https://coachdans.nl/xapi/scenarios/voorbeeld/nodes/open");
        assertThat(all.get(1).get("context").get("contextActivities").get("other").get(0).get("id").asText())
                .isEqualTo("https://coachdans.nl/xapi/scenarios/voorbeeld/nodes/open/choices/open-doel");
        assertThat(all.get(1).get("result").get("extensions").get("https://coachdans.nl/xapi/extensions/steps").get(0).asText())
                .isEqualTo("mini-grow/doel");
        JsonNode session = all.get(EXPERT.size());
        assertThat(session.get("verb").get("id").asText()).isEqualTo("http://adlnet.gov/expapi/verbs/completed");
        assertThat(session.get("object").get("definition").get("name").get("nl-NL").asText()).isEqualTo("Noor en haar volle week");
        assertThat(session.get("result").get("completion").asBoolean()).isTrue();
        assertThat(session.get("result").get("success").asBoolean()).isTrue();
        assertThat(session.get("result").get("duration").asText()).isEqualTo("PT2M30S");
        assertThat(session.get("result").get("extensions").get("https://coachdans.nl/xapi/extensions/bands").get("mini-grow.steps").asText())
                .isEqualTo("bekwaam");
        assertThat(session.get("actor").get("account").get("name").asText()).isEqualTo("Ans de Vries");
        assertThat(session.get("actor").get("account").get("homePage").asText()).isEqualTo("https://lms.example.org");
    }

    @Test
    void successNeedsAGoodEndingWithoutCriticalRiskAndAnOpenSessionIsOnlyAttempted() throws IOException {
        write("b.json", record("b", POOR, null, Mode.PRACTICE, null, T0));
        write("c.json", record("c", HALF, "Bo", Mode.PRACTICE, null, T0));
        ArrayNode all = export();
        JsonNode poor = all.get(POOR.size());
        assertThat(poor.get("result").get("completion").asBoolean()).isTrue();
        assertThat(poor.get("result").get("success").asBoolean()).isFalse();
        assertThat(poor.get("actor").get("account").get("name").asText()).isEqualTo("record-" + UUID.nameUUIDFromBytes("b".getBytes()));
        assertThat(poor.get("actor").has("name")).isFalse();
        assertThat(poor.get("actor").has("mbox")).isFalse();
        JsonNode half = all.get(all.size() - 1);
        assertThat(half.get("verb").get("id").asText()).isEqualTo("http://adlnet.gov/expapi/verbs/attempted");
        assertThat(half.get("result").get("completion").asBoolean()).isFalse();
        assertThat(half.get("result").has("success")).isFalse();
    }

    @Test
    void exportsAreReproducibleAndIdsUnique() throws IOException {
        someRecords();
        ArrayNode first = export();
        assertThat(export()).isEqualTo(first);
        Set<String> ids = new HashSet<>();
        for (JsonNode s : first) ids.add(s.get("id").asText());
        assertThat(ids).hasSize(first.size());
        assertThat(XapiIds.statement("x", 1)).isEqualTo(XapiIds.statement("x", 1)).isNotEqualTo(XapiIds.statement("x", 2));
        assertThat(XapiIds.statement("x", 1).version()).isEqualTo(5);
        assertThat(XapiIds.statement("x", 1).variant()).isEqualTo(2);
    }

    @Test
    void unreadableAndDuplicateRecordsAreSkippedWithTheReason() throws IOException {
        someRecords();
        write("copy-of-a.json", record("a", EXPERT, "Ans de Vries", Mode.EXAM, "noor-oefenen-ab12", T0));
        XapiExport.Export e = new XapiExport(ReportFixtures.source(), XapiExport.DEFAULT_HOME_PAGE).export(new RecordFolder(ReportFixtures.source()).read(dir));
        assertThat(e.sessions()).isEqualTo(3);
        assertThat(e.skipped()).extracting(XapiExport.Skipped::place).containsExactly("copy-of-a.json", "junk.json");
        assertThat(e.skipped().get(0).why()).isEqualTo(nl.coachdans.files.Explanation.of(nl.coachdans.files.Explanation.Why.SAME_SESSION_EARLIER));
    }

    @Test
    void oddIdsStillMakeValidIris() {
        assertThat(XapiIds.node("mijn scenario", "knoop/één")).isEqualTo("https://coachdans.nl/xapi/scenarios/mijn%20scenario/nodes/knoop%2F%C3%A9%C3%A9n");
        assertThat(XapiIds.registration("not-a-uuid").version()).isEqualTo(5);
        assertThatThrownBy(() -> new XapiExport(ReportFixtures.source(), "lms")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an absolute address");
    }

    /** The xAPI 1.0.3 rules for the parts of a statement Coachdans writes (and the ones it must not). */
    static final class XapiRules {
        private static final Pattern UUID_FORM = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|[0-9]{3}))?(-[a-zA-Z0-9]{5,8})*");
        private static final Pattern DURATION = Pattern.compile("P(\\d+Y)?(\\d+M)?(\\d+D)?(T(\\d+H)?(\\d+M)?(\\d+(\\.\\d{1,2})?S)?)?");
        private static final Set<String> STATEMENT = Set.of("id", "actor", "verb", "object", "result", "context", "timestamp", "stored",
                "authority", "version", "attachments");
        private static final Set<String> AGENT = Set.of("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account");
        private static final Set<String> ACCOUNT = Set.of("homePage", "name");
        private static final Set<String> VERB = Set.of("id", "display");
        private static final Set<String> ACTIVITY = Set.of("objectType", "id", "definition");
        private static final Set<String> DEFINITION = Set.of("name", "description", "type", "moreInfo", "extensions", "interactionType",
                "correctResponsesPattern", "choices", "scale", "source", "target", "steps");
        private static final Set<String> INTERACTION_TYPES = Set.of("true-false", "choice", "fill-in", "long-fill-in", "matching",
                "performance", "sequencing", "likert", "numeric", "other");
        private static final Set<String> COMPONENT = Set.of("id", "description");
        private static final Set<String> RESULT = Set.of("score", "success", "completion", "response", "duration", "extensions");
        private static final Set<String> SCORE = Set.of("scaled", "raw", "min", "max");
        private static final Set<String> CONTEXT = Set.of("registration", "instructor", "team", "contextActivities", "revision", "platform",
                "language", "statement", "extensions");
        private static final Set<String> CONTEXT_ACTIVITIES = Set.of("parent", "grouping", "category", "other");

        static void statement(JsonNode s, List<String> p) {
            String where = "statement " + s.path("id").asText("?");
            only(s, STATEMENT, where, p);
            require(s, where, p, "id", "actor", "verb", "object");
            uuid(s.path("id"), where + ".id", p);
            agent(s.path("actor"), where + ".actor", p);
            verb(s.path("verb"), where + ".verb", p);
            activity(s.path("object"), where + ".object", p);
            if (s.has("result")) result(s.get("result"), where + ".result", p);
            if (s.has("context")) context(s.get("context"), s.path("object"), where + ".context", p);
            if (s.has("timestamp")) timestamp(s.get("timestamp"), where + ".timestamp", p);
            if (s.has("stored") || s.has("authority")) p.add(where + ": stored and authority are set by the LRS, not by the provider");
        }

        static void agent(JsonNode a, String where, List<String> p) {
            only(a, AGENT, where, p);
            if (a.has("objectType") && !a.get("objectType").asText().equals("Agent")) p.add(where + ": objectType must be Agent");
            int ifis = 0;
            for (String ifi : List.of("mbox", "mbox_sha1sum", "openid", "account")) if (a.has(ifi)) ifis++;
            if (ifis != 1) p.add(where + ": an Agent needs exactly one inverse functional identifier, has " + ifis);
            if (a.has("mbox")) p.add(where + ": Coachdans must not invent e-mail addresses");
            if (a.has("name") && !a.get("name").isTextual()) p.add(where + ".name must be a string");
            JsonNode acc = a.path("account");
            only(acc, ACCOUNT, where + ".account", p);
            require(acc, where + ".account", p, "homePage", "name");
            iri(acc.path("homePage"), where + ".account.homePage", p);
            if (!acc.path("name").isTextual() || acc.path("name").asText().isEmpty()) p.add(where + ".account.name must be a non-empty string");
        }

        static void verb(JsonNode v, String where, List<String> p) {
            only(v, VERB, where, p);
            require(v, where, p, "id", "display");
            iri(v.path("id"), where + ".id", p);
            languageMap(v.path("display"), where + ".display", p);
        }

        static void activity(JsonNode a, String where, List<String> p) {
            only(a, ACTIVITY, where, p);
            require(a, where, p, "id");
            if (a.has("objectType") && !a.get("objectType").asText().equals("Activity")) p.add(where + ": objectType must be Activity");
            iri(a.path("id"), where + ".id", p);
            if (!a.has("definition")) return;
            JsonNode d = a.get("definition");
            only(d, DEFINITION, where + ".definition", p);
            if (d.has("name")) languageMap(d.get("name"), where + ".definition.name", p);
            if (d.has("description")) languageMap(d.get("description"), where + ".definition.description", p);
            if (d.has("type")) iri(d.get("type"), where + ".definition.type", p);
            if (d.has("extensions")) extensions(d.get("extensions"), where + ".definition.extensions", p);
            if (d.has("interactionType") && !INTERACTION_TYPES.contains(d.get("interactionType").asText())) {
                p.add(where + ".definition.interactionType '" + d.get("interactionType").asText() + "' is not an xAPI interaction type");
            }
            if (d.has("choices")) {
                String type = d.path("interactionType").asText();
                if (!type.equals("choice") && !type.equals("sequencing")) p.add(where + ".definition.choices only go with choice or sequencing");
                Set<String> ids = new HashSet<>();
                for (JsonNode c : d.get("choices")) {
                    only(c, COMPONENT, where + ".definition.choices[]", p);
                    if (!c.path("id").isTextual() || !ids.add(c.get("id").asText())) p.add(where + ".definition.choices: ids must be unique strings");
                    if (c.has("description")) languageMap(c.get("description"), where + ".definition.choices[].description", p);
                }
            }
        }

        static void result(JsonNode r, String where, List<String> p) {
            only(r, RESULT, where, p);
            if (r.has("success") && !r.get("success").isBoolean()) p.add(where + ".success must be true or false");
            if (r.has("completion") && !r.get("completion").isBoolean()) p.add(where + ".completion must be true or false");
            if (r.has("response") && !r.get("response").isTextual()) p.add(where + ".response must be a string");
            if (r.has("duration")) {
                String d = r.get("duration").asText();
                if (!DURATION.matcher(d).matches()) p.add(where + ".duration '" + d + "' is not an ISO 8601 duration (0.01 s precision)");
                else Duration.parse(d);
            }
            if (r.has("score")) {
                JsonNode sc = r.get("score");
                only(sc, SCORE, where + ".score", p);
                if (sc.has("scaled") && (sc.get("scaled").asDouble() < -1 || sc.get("scaled").asDouble() > 1)) p.add(where + ".score.scaled outside [-1, 1]");
            }
            if (r.has("extensions")) extensions(r.get("extensions"), where + ".extensions", p);
        }

        static void context(JsonNode c, JsonNode object, String where, List<String> p) {
            only(c, CONTEXT, where, p);
            if (c.has("registration")) uuid(c.get("registration"), where + ".registration", p);
            if (c.has("language") && !LANGUAGE_TAG.matcher(c.get("language").asText()).matches()) p.add(where + ".language is not an RFC 5646 tag");
            if ((c.has("revision") || c.has("platform")) && !object.path("objectType").asText("Activity").equals("Activity")) {
                p.add(where + ": revision and platform only go with an Activity object");
            }
            if (c.has("extensions")) extensions(c.get("extensions"), where + ".extensions", p);
            if (c.has("contextActivities")) {
                JsonNode ca = c.get("contextActivities");
                only(ca, CONTEXT_ACTIVITIES, where + ".contextActivities", p);
                for (Iterator<String> it = ca.fieldNames(); it.hasNext(); ) {
                    String key = it.next();
                    JsonNode list = ca.get(key);
                    if (list.isArray()) for (JsonNode a : list) activity(a, where + ".contextActivities." + key + "[]", p);
                    else activity(list, where + ".contextActivities." + key, p);
                }
            }
        }

        static void timestamp(JsonNode t, String where, List<String> p) {
            try {
                OffsetDateTime.parse(t.asText());
            } catch (RuntimeException e) {
                p.add(where + " '" + t.asText() + "' is not an ISO 8601 time with a zone");
            }
        }

        static void languageMap(JsonNode m, String where, List<String> p) {
            if (!m.isObject() || m.isEmpty()) {
                p.add(where + " must be a non-empty language map");
                return;
            }
            m.fields().forEachRemaining(e -> {
                if (!LANGUAGE_TAG.matcher(e.getKey()).matches()) p.add(where + ": '" + e.getKey() + "' is not an RFC 5646 language tag");
                if (!e.getValue().isTextual()) p.add(where + "." + e.getKey() + " must be a string");
            });
        }

        static void extensions(JsonNode e, String where, List<String> p) {
            if (!e.isObject()) p.add(where + " must be an object");
            e.fieldNames().forEachRemaining(k -> iri(new com.fasterxml.jackson.databind.node.TextNode(k), where + " key", p));
        }

        static void iri(JsonNode n, String where, List<String> p) {
            String s = n.asText("");
            try {
                URI u = new URI(s);
                if (!u.isAbsolute() || u.getHost() == null || !(s.startsWith("http://") || s.startsWith("https://"))) p.add(where + " '" + s + "' is not an absolute IRI");
            } catch (Exception e) {
                p.add(where + " '" + s + "' is not an IRI: " + e.getMessage());
            }
        }

        static void uuid(JsonNode n, String where, List<String> p) {
            if (!n.isTextual() || !UUID_FORM.matcher(n.asText()).matches()) p.add(where + " '" + n.asText() + "' is not an RFC 4122 UUID");
        }

        static void only(JsonNode o, Set<String> allowed, String where, List<String> p) {
            if (!o.isObject()) {
                p.add(where + " must be an object");
                return;
            }
            o.fieldNames().forEachRemaining(k -> {
                if (!allowed.contains(k)) p.add(where + ": '" + k + "' is not an xAPI property here");
            });
        }

        static void require(JsonNode o, String where, List<String> p, String... keys) {
            for (String k : keys) if (!o.has(k)) p.add(where + ": '" + k + "' is required");
        }
    }
}
