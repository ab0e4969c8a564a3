package nl.coachdans.testplan;

import nl.coachdans.engine.Option;
import nl.coachdans.engine.Session;
import nl.coachdans.engine.UnknownChoiceException;
import nl.coachdans.lint.ContentLibrary;
import nl.coachdans.scenario.Framework;
import nl.coachdans.scenario.Language;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scoring.Axis;
import nl.coachdans.scoring.Band;
import nl.coachdans.scoring.FrameworkResult;
import nl.coachdans.scoring.RiskEvent;
import nl.coachdans.scoring.ScoreProfile;
import nl.coachdans.scoring.Scorer;
import nl.coachdans.scoring.StepResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plays a {@link TestPlan} through the real engine and scorer, checking every line as it goes; the
 * first line that does not hold fails with the plan's file, the line and what differed.
 */
final class PlanRunner {
    private static final Pattern STEP = Pattern.compile("([\\w-]+)\\s+(\\d+)(\\s*\\(out of order\\))?");
    private static final Pattern RISK = Pattern.compile("([\\w-]+)/([\\w-]+)\\s+turn\\s+(\\d+)\\s+(warning|critical)(\\s+by order)?");

    private final ContentLibrary library;

    PlanRunner(ContentLibrary library) {
        this.library = library;
    }

    /** What a plan played: enough for checks over all plans (which clients, which kinds of path). */
    record Outcome(String scenario, ScoreProfile profile) {
    }

    Outcome run(TestPlan plan) {
        return new Run(plan).play();
    }

    /** The state of one plan being played. */
    private final class Run {
        private final TestPlan plan;
        private Scenario scenario;
        private long seed;
        private Language language = Language.EN;
        private Session session;
        private ScoreProfile profile;
        private boolean endingStated, risksStated;
        private final Set<String> stepsStated = new LinkedHashSet<>();
        private final List<TestPlan.Instruction> riskLines = new ArrayList<>();
        private int line;

        Run(TestPlan plan) {
            this.plan = plan;
        }

        Outcome play() {
            for (TestPlan.Instruction in : plan.instructions()) {
                line = in.line();
                String arg = in.argument();
                switch (in.keyword()) {
                    case "scenario" -> scenario(arg);
                    case "seed" -> seed = header(() -> Long.parseLong(arg), "a seed is a whole number");
                    case "language" -> language = header(() -> Language.fromCode(arg), "the language is nl or en");
                    case "line" -> line(arg);
                    case "options" -> options(arg);
                    case "select" -> select(arg);
                    case "ending" -> ending(arg);
                    case "risks" -> risks(arg);
                    case "risk" -> riskLines.add(in);
                    default -> {
                        if (in.keyword().startsWith("steps ")) steps(in.keyword().substring(6), arg);
                        else if (in.keyword().startsWith("band ")) band(in.keyword().substring(5), arg);
                        else fail("unknown keyword '" + in.keyword() + "'");
                    }
                }
            }
            checkRisks();
            if (!endingStated) fail("the plan does not state its ending ('ending: NODE QUALITY \"fragment\"')");
            if (!risksStated && riskLines.isEmpty()) fail("the plan does not state its risks ('risk: ...' lines or 'risks: none')");
            for (Framework f : library.curriculum().frameworksOf(scenario)) {
                if (!stepsStated.contains(f.id())) fail("the plan does not state the steps of framework " + f.id() + " ('steps " + f.id() + ": ...')");
            }
            return new Outcome(scenario.id(), profile());
        }

        private void scenario(String id) {
            if (scenario != null) fail("a plan plays one scenario; it already named " + scenario.id());
            ContentLibrary.Entry e = library.scenario(id);
            if (e == null || !e.usable()) fail("no usable scenario '" + id + "' in " + library.root());
            scenario = e.scenario();
        }

        private <T> T header(java.util.function.Supplier<T> parse, String what) {
            if (session != null) fail("headers come before the first line of the conversation");
            T v;
            try {
                v = parse.get();
            } catch (RuntimeException ex) {
                v = null;
            }
            if (v == null) fail(what);
            return v;
        }

        private Session session() {
            if (scenario == null) fail("the plan must name its scenario first ('scenario: ID')");
            if (session == null) session = Session.start(scenario, library.curriculum(), seed);
            return session;
        }

        private String where() {
            Session s = session();
            return "at node '" + s.current().id() + "' (turn " + (s.transcript().turns().size() + 1) + ")";
        }

        private void line(String arg) {
            Session s = session();
            int q = arg.indexOf('"');
            if (q < 0 || arg.lastIndexOf('"') == q) fail("a line is [NODE] \"fragment\"");
            String node = arg.substring(0, q).strip();
            String fragment = arg.substring(q + 1, arg.lastIndexOf('"'));
            if (!node.isEmpty() && !node.equals(s.current().id())) {
                fail("expected the client at node '" + node + "' but she is " + where() + ", saying: " + shown(s));
            }
            if (!s.current().text(language).contains(fragment)) {
                fail("the line " + where() + " does not contain \"" + fragment + "\"; it reads: " + shown(s));
            }
        }

        private String shown(Session s) {
            String t = s.current().text(language).replace('\n', ' ').strip();
            return "\"" + (t.length() > 200 ? t.substring(0, 200) + "…" : t) + "\"";
        }

        private void options(String arg) {
            Session s = session();
            if (s.ended()) fail("no options: the session has ended at '" + s.current().id() + "'");
            Set<String> expected = new LinkedHashSet<>(list(arg));
            Set<String> offered = new LinkedHashSet<>();
            for (Option o : s.choices()) offered.add(o.id());
            if (!expected.equals(offered)) {
                Set<String> missing = new LinkedHashSet<>(expected);
                missing.removeAll(offered);
                Set<String> extra = new LinkedHashSet<>(offered);
                extra.removeAll(expected);
                fail("the options " + where() + " differ: not offered " + missing + ", offered but not in the plan " + extra
                        + "; offered: " + offered);
            }
        }

        private void select(String id) {
            Session s = session();
            if (s.ended()) fail("cannot select '" + id + "': the session has ended at '" + s.current().id() + "'");
            String at = where();
            try {
                s.choose(id);
            } catch (UnknownChoiceException ex) {
                fail("cannot select '" + id + "' " + at + "; offered: " + ex.possible());
            }
        }

        private void ending(String arg) {
            Session s = session();
            endingStated = true;
            int q = arg.indexOf('"');
            String[] head = (q < 0 ? arg : arg.substring(0, q)).strip().split("\\s+");
            if (head.length != 2) fail("an ending is NODE QUALITY [\"fragment\"]");
            if (!s.ended()) fail("expected the ending '" + head[0] + "' but the session is still " + where());
            if (!s.current().id().equals(head[0])) fail("expected the ending '" + head[0] + "' but the path ends at '" + s.current().id() + "'");
            String quality = s.current().quality().code();
            if (!quality.equals(head[1])) fail("expected ending '" + head[0] + "' to be " + head[1] + " but it is " + quality);
            if (q >= 0) {
                String fragment = arg.substring(q + 1, arg.lastIndexOf('"'));
                if (!s.current().text(language).contains(fragment)) {
                    fail("the ending's text (the variant this path earned) does not contain \"" + fragment + "\"; it reads: " + shown(s));
                }
            }
        }

        private ScoreProfile profile() {
            if (profile == null) {
                Session s = session();
                profile = new Scorer(library.curriculum()).score(scenario, s.transcript());
            }
            return profile;
        }

        private void steps(String framework, String arg) {
            stepsStated.add(framework);
            FrameworkResult fr = profile().frameworks().stream().filter(f -> f.framework().equals(framework)).findFirst().orElse(null);
            if (fr == null) fail("the scenario is not scored on framework '" + framework + "'");
            Map<String, String> expected = new LinkedHashMap<>();
            if (!arg.equals("none")) {
                for (String item : list(arg)) {
                    Matcher m = STEP.matcher(item);
                    if (!m.matches()) fail("a step is 'ID TURN' or 'ID TURN (out of order)', found '" + item + "'");
                    expected.put(m.group(1), describe(Integer.parseInt(m.group(2)), m.group(3) == null));
                }
            }
            Map<String, String> actual = new LinkedHashMap<>();
            for (StepResult r : fr.steps()) if (r.reached()) actual.put(r.id(), describe(r.turn(), r.inOrder()));
            if (!expected.equals(actual)) fail("the steps of " + framework + " differ: the plan says " + expected + ", the path reached " + actual);
        }

        private static String describe(int turn, boolean inOrder) {
            return "turn " + turn + (inOrder ? "" : " (out of order)");
        }

        private void risks(String arg) {
            if (!arg.equals("none")) fail("'risks: none', or one 'risk:' line per risk event");
            risksStated = true;
        }

        /** The risk lines, in order, against the risk events, in order. */
        private void checkRisks() {
            if (scenario == null) return;
            List<RiskEvent> actual = profile().risks();
            List<String> all = actual.stream().map(PlanRunner::describe).toList();
            if (risksStated && !riskLines.isEmpty()) fail("the plan says 'risks: none' and also lists risks");
            for (int i = 0; i < riskLines.size(); i++) {
                TestPlan.Instruction in = riskLines.get(i);
                line = in.line();
                Matcher m = RISK.matcher(in.argument());
                if (!m.matches()) fail("a risk is 'FRAMEWORK/ID turn N warning|critical [by order]', found '" + in.argument() + "'");
                if (i >= actual.size()) fail("the path commits fewer risks than the plan; it commits " + all);
                String expected = m.group(1) + "/" + m.group(2) + " turn " + m.group(3) + " " + m.group(4) + (m.group(5) == null ? "" : " by order");
                if (!expected.equals(all.get(i))) fail("risk event " + (i + 1) + " differs: the plan says " + expected + ", the path has " + all.get(i) + "; all: " + all);
            }
            if (actual.size() > riskLines.size() && (risksStated || !riskLines.isEmpty())) {
                fail("the path commits risks the plan does not list: " + all.subList(riskLines.size(), all.size()));
            }
        }

        private void band(String axis, String arg) {
            String[] words = axis.split(" ");
            Axis key = switch (words[0]) {
                case "steps" -> words.length == 2 ? Axis.steps(words[1]) : null;
                case "risks" -> words.length == 2 ? Axis.risks(words[1]) : null;
                case "ending" -> words.length == 1 ? Axis.ENDING : null;
                case "dance" -> words.length == 1 ? Axis.DANCE : null;
                default -> null;
            };
            if (key == null) fail("a band is 'band steps FRAMEWORK', 'band risks FRAMEWORK', 'band ending' or 'band dance'");
            if (Band.fromCode(arg) == null) fail("a band is nog-niet, in-ontwikkeling or bekwaam, found '" + arg + "'");
            Band actual = profile().bands().get(key);
            if (actual == null) fail("the profile has no band " + axis + "; it has " + profile().bands().keySet());
            if (!actual.code().equals(arg)) fail("band " + axis + " is " + actual.code() + ", the plan says " + arg);
        }

        private void fail(String what) {
            throw new PlanFailure(plan.name(), line, what);
        }
    }

    private static String describe(RiskEvent e) {
        return e.framework() + "/" + e.id() + " turn " + e.turn() + " " + e.severity().name().toLowerCase(java.util.Locale.ROOT)
                + (e.byOrder() ? " by order" : "");
    }

    private static List<String> list(String arg) {
        List<String> out = new ArrayList<>();
        for (String s : arg.split(",")) if (!s.isBlank()) out.add(s.strip());
        return out;
    }
}
