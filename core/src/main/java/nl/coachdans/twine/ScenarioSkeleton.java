package nl.coachdans.twine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import nl.coachdans.scenario.Language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a Twine story into a Coachdans scenario skeleton, by the convention in docs/authoring.md
 * ("Importing from Twine"): passages become nodes, links become the coach's options with ids made
 * from the passages they join, and passage tags say the node's kind, the ending's quality, and the
 * tags, move and expert path of the options that lead into the passage. What has no place in a
 * scenario is listed, and so is what the author must still write (the other language, feedback,
 * lessons, the client); the validator names each of those in the file.
 */
public final class ScenarioSkeleton {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));
    /** Twine's own passages and those of story formats: not part of the conversation. */
    private static final Set<String> SPECIAL = Set.of("StoryInit", "StoryMenu", "StoryCaption", "StoryBanner",
            "StorySubtitle", "StoryAuthor", "StoryIncludes", "StoryShare", "PassageReady", "PassageDone",
            "PassageHeader", "PassageFooter", "StoryInterface");
    private static final Set<String> SKIPPED_TAGS = Set.of("script", "stylesheet", "widget", "Twine.private", "Twine.image", "startup", "header", "footer");
    private static final Set<String> SCORED = Set.of("step", "risk", "label", "side", "relation");
    private static final Set<String> QUALITIES = Set.of("best", "good", "mixed", "poor");

    /** The skeleton as YAML, with its counts and the two lists for the author. */
    public record Result(String id, String yaml, int nodes, int choices, int endings, boolean expertPath,
                         List<String> notMapped, List<String> toDo) { }

    private final Language lang;
    private final List<String> notMapped = new ArrayList<>();
    private final List<String> toDo = new ArrayList<>();

    public ScenarioSkeleton(Language lang) {
        this.lang = lang;
    }

    public Result build(Story story, String fallbackId, List<String> frameworks) {
        notMapped.clear();
        toDo.clear();
        Map<String, Story.Passage> byName = new LinkedHashMap<>();
        for (Story.Passage p : story.passages()) {
            if (SPECIAL.contains(p.name()) || p.tags().stream().anyMatch(SKIPPED_TAGS::contains)) {
                notMapped.add("passage '" + p.name() + "' (line " + p.line() + "): story-format set-up, not part of the conversation; left out");
                continue;
            }
            byName.put(p.name(), p);
        }
        Map<String, String> nodeId = new HashMap<>();
        Set<String> used = new HashSet<>();
        for (String name : byName.keySet()) nodeId.put(name, unique(slug(name, "passage"), used));
        if (!byName.containsKey(story.start())) {
            throw new IllegalArgumentException("the story starts at '" + story.start() + "', which is not a passage of it");
        }

        ObjectNode root = YAML.createObjectNode();
        String title = story.name() == null ? fallbackId : story.name();
        String id = slug(story.name() == null ? fallbackId : story.name(), "client");
        root.put("id", id);
        root.put("version", 1);
        root.set("title", text(title));
        root.set("situation", text(""));
        root.put("difficulty", 1);
        root.put("minutes", Math.max(5, byName.size()));
        ArrayNode fws = root.putArray("frameworks");
        frameworks.forEach(fws::add);
        ObjectNode client = root.putObject("client");
        client.put("name", "");
        client.set("role", text(""));
        client.set("background", text(""));
        root.set("briefing", text(""));
        ObjectNode state = root.putObject("state");
        state.set("emotion", variable("Emotie", "Emotion"));
        state.set("rapport", variable("Rapport", "Rapport"));
        state.set("openness", variable("Openheid", "Openness"));
        root.put("start", nodeId.get(story.start()));

        // First pass: the kind, tags and move each passage gives the options that lead into it.
        Map<String, Incoming> incoming = new HashMap<>();
        for (Story.Passage p : byName.values()) incoming.put(p.name(), incoming(p));

        ObjectNode nodes = root.putObject("nodes");
        Set<String> choiceIds = new HashSet<>();
        Map<String, List<String[]>> linksOf = new HashMap<>(); // passage -> [choice id, target name]
        int choices = 0, endings = 0;
        for (Story.Passage p : byName.values()) {
            PassageText t = PassageText.of(p.text());
            for (String c : t.code()) notMapped.add("passage '" + p.name() + "' (line " + p.line() + "): story-format code '" + c + "'; write conditions as when and changes as effects");
            Incoming in = incoming.get(p.name());
            ObjectNode node = nodes.putObject(nodeId.get(p.name()));
            boolean ending = in.ending() || t.links().isEmpty();
            node.put("kind", ending ? "ending" : in.kind());
            if ("email".equals(in.kind()) && !ending) node.set("subject", text(p.name()));
            node.set("text", text(t.line()));
            if (t.line().isBlank()) toDo.add("node " + nodeId.get(p.name()) + ": passage '" + p.name() + "' has no text for the client");
            if (ending) {
                endings++;
                String quality = in.quality() == null ? "mixed" : in.quality();
                node.put("quality", quality);
                node.set("lesson", text(""));
                if (!in.ending()) toDo.add("node " + nodeId.get(p.name()) + ": passage '" + p.name() + "' has no links, so it became an ending (mixed); tag it ending-best, -good, -mixed or -poor");
                else if (in.quality() == null) toDo.add("node " + nodeId.get(p.name()) + ": the ending has no quality; it was set to mixed");
                toDo.add("node " + nodeId.get(p.name()) + ": write the ending's lesson");
                if (!t.links().isEmpty()) notMapped.add("passage '" + p.name() + "' is tagged as an ending but has links; they were left out");
                continue;
            }
            ArrayNode list = node.putArray("choices");
            List<String[]> links = new ArrayList<>();
            for (PassageText.Link l : t.links()) {
                if (!byName.containsKey(l.target())) {
                    notMapped.add("passage '" + p.name() + "' (line " + p.line() + "): the link '" + l.text() + "' leads to '" + l.target() + "', which is not a passage; left out");
                    continue;
                }
                Incoming target = incoming.get(l.target());
                String cid = unique(nodeId.get(p.name()) + "-" + nodeId.get(l.target()), choiceIds);
                ObjectNode c = list.addObject();
                c.put("id", cid);
                c.set("text", text(l.text()));
                if (!target.tags().isEmpty()) {
                    ArrayNode tags = c.putArray("tags");
                    target.tags().forEach(tags::add);
                }
                ObjectNode move = c.putObject("move");
                move.put("lead", target.lead());
                move.put("closeness", target.closeness());
                move.put("stance", target.stance());
                move.put("tempo", target.tempo());
                c.set("feedback", text(""));
                c.put("next", nodeId.get(l.target()));
                links.add(new String[] {cid, l.target()});
                choices++;
            }
            linksOf.put(p.name(), links);
            if (list.isEmpty()) {
                node.put("kind", "ending");
                node.remove("choices");
                node.put("quality", "mixed");
                node.set("lesson", text(""));
                endings++;
                toDo.add("node " + nodeId.get(p.name()) + ": none of its links leads to a passage, so it became an ending (mixed)");
            }
        }
        toDo.add("every option: write the feedback (why it is good or not, with its source) and check the move (the import sets shared, 0, along, steady unless the target passage's tags say otherwise)");
        toDo.add("every text: write the " + (lang == Language.NL ? "English (en)" : "Dutch (nl)") + " version");
        toDo.add("the scenario: write the client (name, role, background), the situation and the briefing; set the client's start state");
        if (frameworks.isEmpty()) toDo.add("the scenario: name at least one framework it is scored against (coachdans import --framework ID, or frameworks: in the file)");

        ArrayNode expert = root.putArray("expert");
        String at = story.start();
        Set<String> seen = new HashSet<>();
        while (at != null && seen.add(at)) {
            String next = null;
            for (String[] link : linksOf.getOrDefault(at, List.of())) {
                if (incoming.get(link[1]).expert()) {
                    expert.add(link[0]);
                    next = link[1];
                    break;
                }
            }
            at = next;
        }
        boolean expertPath = !expert.isEmpty();
        if (!expertPath) toDo.add("the expert path: tag the passages it goes through with 'expert', or list its options under expert:");

        try {
            return new Result(id, YAML.writeValueAsString(root), byName.size(), choices, endings, expertPath,
                    List.copyOf(notMapped), List.copyOf(toDo));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a passage's tags say about itself and about the options that lead into it. */
    private record Incoming(String kind, boolean ending, String quality, List<String> tags,
                            String lead, int closeness, String stance, String tempo, boolean expert) { }

    private Incoming incoming(Story.Passage p) {
        String kind = "utterance", quality = null, lead = "shared", stance = "along", tempo = "steady";
        boolean ending = false, expert = false;
        int closeness = 0;
        List<String> tags = new ArrayList<>();
        for (String tag : p.tags()) {
            String t = tag.toLowerCase(Locale.ROOT);
            int colon = t.indexOf(':');
            String kindOf = colon < 0 ? t : t.substring(0, colon);
            String value = colon < 0 ? "" : t.substring(colon + 1);
            if (t.equals("email") || t.equals("narration") || t.equals("utterance")) {
                kind = t;
            } else if (t.equals("ending")) {
                ending = true;
            } else if (t.startsWith("ending-") && QUALITIES.contains(t.substring(7))) {
                ending = true;
                quality = t.substring(7);
            } else if (QUALITIES.contains(t)) {
                quality = t;
            } else if (t.equals("expert")) {
                expert = true;
            } else if (SCORED.contains(kindOf) && !value.isEmpty()) {
                tags.add(tag);
            } else if (kindOf.equals("lead") && Set.of("coach", "shared", "client").contains(value)) {
                lead = value;
            } else if (kindOf.equals("stance") && Set.of("along", "counter").contains(value)) {
                stance = value;
            } else if (kindOf.equals("tempo") && Set.of("slow", "steady", "fast").contains(value)) {
                tempo = value;
            } else if (kindOf.equals("closeness") && value.matches("[+-]?[0-2]")) {
                closeness = Integer.parseInt(value.replace("+", ""));
            } else {
                notMapped.add("passage '" + p.name() + "' (line " + p.line() + "): tag '" + tag + "' has no meaning in a scenario; left out");
            }
        }
        if (quality != null && !ending) ending = true;
        return new Incoming(kind, ending, quality, tags, lead, closeness, stance, tempo, expert);
    }

    private ObjectNode text(String inStoryLanguage) {
        ObjectNode t = YAML.createObjectNode();
        t.put("nl", lang == Language.NL ? inStoryLanguage : "");
        t.put("en", lang == Language.EN ? inStoryLanguage : "");
        return t;
    }

    private static ObjectNode variable(String nl, String en) {
        ObjectNode v = YAML.createObjectNode();
        ObjectNode name = v.putObject("name");
        name.put("nl", nl);
        name.put("en", en);
        v.put("min", 0);
        v.put("max", 10);
        v.put("start", 5);
        return v;
    }

    /** A Coachdans id from a name: lower case, letters and digits joined by '-', starting with a letter. */
    static String slug(String name, String prefix) {
        String s = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.isEmpty()) return prefix;
        if (!Character.isLetter(s.charAt(0))) s = prefix + "-" + s;
        return s.length() > 60 ? s.substring(0, 60).replaceAll("-+$", "") : s;
    }

    private static String unique(String id, Set<String> used) {
        String out = id;
        for (int n = 2; !used.add(out); n++) out = id + "-" + n;
        return out;
    }
}
