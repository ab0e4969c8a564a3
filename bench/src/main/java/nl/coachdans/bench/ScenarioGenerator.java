package nl.coachdans.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a large, well-formed scenario in the shape real ones have: a chain of decisions, each with
 * a good option, a detour through a side node that rejoins, and a risky option; state effects on
 * every choice, a rapport condition now and then, alternative and conditioned client lines, and the
 * framework's steps spread along the expert path.
 */
public final class ScenarioGenerator {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ScenarioGenerator() {
    }

    /** Writes {@code assets/frameworks/bench.json} and {@code assets/scenarios/groot.json} under root. */
    public static Path write(Path root, int nodes) throws IOException {
        Files.createDirectories(root.resolve("frameworks"));
        Files.createDirectories(root.resolve("scenarios"));
        Files.writeString(root.resolve("frameworks/bench.json"), JSON.writeValueAsString(framework()));
        Path file = root.resolve("scenarios/groot.json");
        Files.writeString(file, JSON.writeValueAsString(scenario(nodes)));
        return file;
    }

    static ObjectNode text(String nl, String en) {
        ObjectNode t = JSON.createObjectNode();
        t.put("nl", nl);
        t.put("en", en);
        return t;
    }

    static ObjectNode framework() {
        ObjectNode f = JSON.createObjectNode();
        f.put("id", "bench");
        f.put("version", 1);
        f.set("title", text("Meetkader", "Benchmark framework"));
        ObjectNode src = f.putObject("source");
        src.put("author", "Coachdans");
        src.put("title", "Benchmark");
        f.put("ordered", true);
        f.put("skipRisk", "te-snel");
        ArrayNode steps = f.putArray("steps");
        for (int i = 1; i <= 5; i++) {
            ObjectNode s = steps.addObject();
            s.put("id", "stap-" + i);
            s.set("name", text("Stap " + i, "Step " + i));
            s.set("explanation", text("Uitleg bij stap " + i + ".", "Explanation of step " + i + "."));
        }
        ArrayNode risks = f.putArray("risks");
        for (String r : new String[] {"te-snel", "oordeel", "advies", "klagen"}) {
            ObjectNode o = risks.addObject();
            o.put("id", r);
            o.set("name", text("Risico " + r, "Risk " + r));
            o.set("explanation", text("Waarom " + r + " riskant is.", "Why " + r + " is risky."));
            o.put("severity", r.equals("oordeel") ? "critical" : "warning");
        }
        return f;
    }

    static ObjectNode scenario(int nodes) {
        int decisions = (nodes - 3) / 2;
        ObjectNode s = JSON.createObjectNode();
        s.put("id", "groot");
        s.put("version", 1);
        s.set("title", text("Groot gesprek", "Large conversation"));
        s.set("situation", text("Een heel lang gesprek.", "A very long conversation."));
        s.put("difficulty", 3);
        s.put("minutes", 600);
        s.putArray("frameworks").add("bench");
        ObjectNode client = s.putObject("client");
        client.put("name", "Kim");
        client.set("role", text("Teamleider", "Team leader"));
        client.set("background", text("Kim leidt een groot team.", "Kim leads a large team."));
        s.set("briefing", text("Je voert een lang gesprek met Kim.", "You hold a long talk with Kim."));
        ObjectNode state = s.putObject("state");
        for (String v : new String[] {"emotion", "rapport", "openness"}) {
            ObjectNode o = state.putObject(v);
            o.set("name", text(v, v));
            o.put("min", 0);
            o.put("max", 10);
            o.put("start", 5);
        }
        s.put("start", "d0");
        ObjectNode ns = s.putObject("nodes");
        ArrayNode expert = JSON.createArrayNode();
        int[] stepAt = {1, decisions / 5, 2 * decisions / 5, 3 * decisions / 5, 4 * decisions / 5};
        for (int i = 0; i < decisions; i++) {
            String next = i + 1 < decisions ? "d" + (i + 1) : "einde-best";
            ObjectNode d = ns.putObject("d" + i);
            d.put("kind", "utterance");
            d.set("text", text("Kim vertelt verder over moment " + i + ".", "Kim goes on about moment " + i + "."));
            ArrayNode variants = d.putArray("variants");
            ObjectNode low = variants.addObject();
            low.put("when", "rapport <= 2");
            low.set("text", text("Kim houdt zich in bij moment " + i + ".", "Kim holds back at moment " + i + "."));
            ObjectNode alt = variants.addObject();
            alt.set("text", text("Kim zucht en vertelt over moment " + i + ".", "Kim sighs and talks about moment " + i + "."));
            d.putObject("needs").put("stance", i % 2 == 0 ? "along" : "counter");
            ArrayNode choices = d.putArray("choices");
            int step = -1;
            for (int k = 0; k < stepAt.length; k++) if (stepAt[k] == i) step = k + 1;
            ObjectNode good = choice(choices, "c" + i + "-goed", next, i % 2 == 0 ? "along" : "counter", "rapport", 1);
            if (step > 0) good.putArray("tags").add("step:stap-" + step);
            expert.add("c" + i + "-goed");
            ObjectNode detour = choice(choices, "c" + i + "-omweg", "z" + i, "along", "openness", 1);
            if (i % 50 == 7) detour.put("when", "rapport >= 3");
            ObjectNode risky = choice(choices, "c" + i + "-risico", next, "counter", "rapport", -1);
            risky.putArray("tags").add(i % 3 == 0 ? "risk:advies" : i % 3 == 1 ? "risk:klagen" : "risk:oordeel");
            if (i == 3) risky.putArray("tags").add("step:stap-5");
            ObjectNode z = ns.putObject("z" + i);
            z.put("kind", "narration");
            z.set("text", text("Een zijpad bij moment " + i + ".", "A side path at moment " + i + "."));
            ArrayNode zc = z.putArray("choices");
            choice(zc, "z" + i + "-terug", next, "along", "emotion", -1);
            choice(zc, "z" + i + "-stop", i % 2 == 0 ? "einde-mix" : "einde-slecht", "counter", "emotion", 1);
            choice(zc, "z" + i + "-door", next, "along", "openness", 1);
        }
        ending(ns, "einde-best", "best");
        ending(ns, "einde-mix", "mixed");
        ending(ns, "einde-slecht", "poor");
        s.set("expert", expert);
        return s;
    }

    private static ObjectNode choice(ArrayNode into, String id, String next, String stance, String var, int delta) {
        ObjectNode c = into.addObject();
        c.put("id", id);
        c.set("text", text("Coach zegt " + id + ".", "Coach says " + id + "."));
        c.putObject("effects").put(var, delta);
        ObjectNode m = c.putObject("move");
        m.put("lead", "client");
        m.put("closeness", 0);
        m.put("stance", stance);
        m.put("tempo", "steady");
        c.set("feedback", text("Terugkoppeling bij " + id + ".", "Feedback on " + id + "."));
        c.put("next", next);
        return c;
    }

    private static void ending(ObjectNode ns, String id, String quality) {
        ObjectNode e = ns.putObject(id);
        e.put("kind", "ending");
        e.put("quality", quality);
        e.set("text", text("Einde " + id + ".", "Ending " + id + "."));
        e.set("lesson", text("Les bij " + id + ".", "Lesson of " + id + "."));
    }
}
