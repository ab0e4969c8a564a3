package nl.coachdans.desktop.window;

import nl.coachdans.lint.BuiltInAssets;
import nl.coachdans.lint.ContentLibrary;
import nl.coachdans.scenario.ContentReader;
import nl.coachdans.scenario.Scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real-window test: starts the game jar (under Xvfb, from {@code .ci/window-test.sh} or the
 * {@code *IT} flows), plays with real key events and saves a PNG of every screen it passes. It runs
 * one flow ({@link #FLOWS}: the menu and settings, a conversation, the debrief and replay, an
 * assignment, the trainer screen, the English pass), each from its own empty data folder, or all
 * of them one after another.
 *
 * <pre>java -cp desktop/target/test-classes:desktop/target/coachdans.jar \
 *     nl.coachdans.desktop.window.WindowTestDriver --jar desktop/target/coachdans.jar --out target/screenshots [--flow menu] [--scenario leonie]</pre>
 *
 * It waits for the game's trace lines ("screen menu ...", "node mail ...") after every key, so it
 * never depends on timing. Exit code 0 when everything was seen, 1 with the reason otherwise.
 */
public final class WindowTestDriver {
    /** Typed into the settings with real key events, accents included. */
    private static final String TRAINEE = "Zo\u00eb de Vries";

    private final Path jar;
    private final Path out;
    private final Path incoming;
    private final Path home;
    private final Path assets;
    private final String scenario;
    private final List<String> expert;
    private final List<String> shots = new ArrayList<>();
    private GameProcess game;
    private Trace screen;
    /** The assignment made for the assignment flow, and the folder the trainer reads. */
    private String assignmentId;
    private Path inbox;

    private WindowTestDriver(Path jar, Path out, Path home, Path assets, String scenario, List<String> expert) {
        this.jar = jar;
        this.out = out;
        this.incoming = out.resolve(".incoming");
        this.home = home;
        this.assets = assets;
        this.scenario = scenario;
        this.expert = expert;
    }

    public static void main(String[] args) {
        try {
            Path jar = Paths.get("desktop/target/coachdans.jar");
            Path out = Paths.get("target/screenshots");
            String id = "leonie";
            String flow = "all";
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--jar" -> jar = Paths.get(args[++i]);
                    case "--out" -> out = Paths.get(args[++i]);
                    case "--scenario" -> id = args[++i];
                    case "--flow" -> flow = args[++i];
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            Path assets = null;
            Scenario sc = find(BuiltInAssets.root(), id);
            if (sc == null && id.equals("voorbeeld")) {
                // The documented example is not built in; give the game an asset folder that has it.
                assets = withExample(BuiltInAssets.root());
                sc = find(assets, id);
            }
            if (sc == null) throw new IllegalStateException("scenario '" + id + "' cannot be loaded");
            for (String f : flow.equals("all") ? FLOWS : List.of(flow)) {
                // Each flow starts from nothing: its own data folder, its own pictures.
                Path pictures = Files.createDirectories(flow.equals("all") ? out.resolve(f) : out);
                WindowTestDriver d = new WindowTestDriver(jar, pictures, Files.createTempDirectory("coachdans-window-" + f), assets, id, sc.expert());
                d.run(f);
                System.out.println("window test: " + f + " passed; " + d.shots.size() + " screenshots in " + pictures);
            }
            System.exit(0);
        } catch (Exception | AssertionError e) {
            System.err.println("window test: FAILED: " + e.getMessage());
            System.exit(1);
        }
    }

    private static Scenario find(Path root, String id) {
        ContentLibrary.Entry e = ContentLibrary.load(root, new ContentReader(), false).scenario(id);
        return e == null ? null : e.scenario();
    }

    private static Path withExample(Path builtIn) throws IOException {
        Path tmp = Files.createTempDirectory("coachdans-assets");
        try (Stream<Path> files = Files.walk(builtIn)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = tmp.resolve(builtIn.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.createDirectories(tmp.resolve("scenarios"));
        Files.createDirectories(tmp.resolve("frameworks"));
        Files.copy(Paths.get("docs/examples/scenarios/voorbeeld.yaml"), tmp.resolve("scenarios/voorbeeld.yaml"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Paths.get("docs/examples/frameworks/mini-grow.yaml"), tmp.resolve("frameworks/mini-grow.yaml"), StandardCopyOption.REPLACE_EXISTING);
        return tmp;
    }

    /** The flows, each with its own data folder and game processes; {@code all} runs them one after another. */
    static final List<String> FLOWS = List.of("menu", "conversation", "debrief", "assignment", "trainer", "english");

    private void run(String flow) throws Exception {
        try {
            switch (flow) {
                case "menu" -> menuAndSettings();
                case "conversation" -> conversation();
                case "debrief" -> debriefAndReplay();
                case "assignment" -> assignments();
                case "trainer" -> trainerFlow();
                case "english" -> englishPass();
                default -> throw new IllegalArgumentException("no flow '" + flow + "'; flows: " + FLOWS);
            }
        } finally {
            if (game != null) game.close();
        }
    }

    // ---- the flows ------------------------------------------------------------------------

    /**
     * The menu and its screens in Dutch; then in English with high contrast and the largest text,
     * a small window, and quitting from the pause overlay.
     */
    private void menuAndSettings() throws Exception {
        start();
        shot();
        open("assignments", "assignments");
        shot();
        pause();
        shot();
        Xdotool.press("Escape");
        activate("back", "menu");
        open("settings", "settings");
        shot();
        activate("back", "menu");
        open("history", "history");
        shot();
        activate("back", "menu");
        progress();
        toEnglish();
        contrastAndSize();
        narrowWindow();
        Xdotool.press("Escape");
        game.await("overlay pause");
        Xdotool.press("Down", "Return");
        if (game.waitForExit() != 0) throw new IllegalStateException("quitting from the pause overlay did not exit with 0");
        game = null;
        String settings = Files.readString(home.resolve("settings.json"), StandardCharsets.UTF_8);
        if (!settings.contains("extra-large")) throw new IllegalStateException("the text size was not kept: " + settings.replaceAll("\\s+", " "));
    }

    /** Leonie's expert path in Dutch, every node photographed, one step back; then an exam killed and resumed. */
    private void conversation() throws Exception {
        start();
        playToDebrief("practice", true, true);
        shot();
        backToMenuViaPause();
        killAndResume();
        quit();
        expectRecords(2, List.of("\"ending\" : \""));
    }

    /**
     * The debrief (PEARLS) and the dance replay by keyboard after a session in Dutch; a past
     * session's replay in English with high contrast and the largest text; then
     * {@code coachdans replay RECORD}.
     */
    private void debriefAndReplay() throws Exception {
        start();
        playToDebrief("practice", false, false);
        debriefShots();
        backToMenuViaPause();
        open("settings", "settings");
        activate("contrast", null);
        game.await("settings", l -> l.contains("contrast=true"));
        activate("size-extra-large", null);
        game.await("settings", l -> l.contains("extra-large"));
        activate("back", "menu");
        toEnglish();
        pastSessionReplay();
        quit();
        replayFromCommandLine();
        expectRecords(1, List.of("\"selfRatings\"", "\"selfNote\" : \"Ik wilde te snel helpen.\"", "\"reaction\" : \"herken\"",
                "\"note\" : \"Hier sluit de coach mooi aan.\"", "\"inspiration\""));
    }

    /** An assignment in exam mode from start to handed-in result; then {@code coachdans open RESULT}. */
    private void assignments() throws Exception {
        start();
        assignmentFlow();
        toEnglish();
        quit();
        openFromCommandLine();
    }

    /**
     * The trainer screen over a folder with a handed-in result (made here by the command line from
     * an attempt saved as the game saves it), a loose record, a note and a broken file; then again
     * with the folder remembered.
     */
    private void trainerFlow() throws Exception {
        handedIn();
        start();
        trainer(false);
        toEnglish();
        trainer(true);
        quit();
    }

    /**
     * The English pass: the language, think first and the trainee's name typed with an accent;
     * the menu's screens, a session with its debrief and replay; a restart comes back in English.
     */
    private void englishPass() throws Exception {
        start();
        open("settings", "settings");
        activate("lang-en", null);
        game.await("settings en");
        shot();
        activate("think", null);
        game.await("settings en", l -> l.contains("think=true"));
        moveTo(screen, "name");
        typeName();
        shot();
        activate("back", "menu");
        shot();
        open("assignments", "assignments");
        shot();
        activate("back", "menu");
        open("history", "history");
        shot();
        activate("back", "menu");
        progress();
        playToDebrief("practice", true, false);
        debriefShots();
        backToMenuViaPause();
        quit();
        start();
        if (!screen.get("lang").equals("en")) throw new IllegalStateException("after a restart the menu is in " + screen.get("lang"));
        shot();
        quit();
        expectRecords(1, List.of("\"thought\"", "\"trainee\" : \"" + TRAINEE + "\"", "\"selfNote\" : \"I wanted to help too soon.\""));
    }

    /** Two choices in exam mode, a hard kill, a restart: the menu must offer to resume exactly there. */
    private void killAndResume() throws Exception {
        open("play", "choice");
        activate("card-" + scenario, "briefing");
        activate("exam", "conversation");
        Trace node = game.awaitNode();
        for (int i = 0; i < 2; i++) node = choose(node, expert.get(i));
        shot();
        String before = node.subject();
        game.kill();
        start();
        if (!screen.subject().equals("menu-resume")) throw new IllegalStateException("after the kill the menu does not offer to resume");
        Trace offered = Trace.parse(game.await("resume-offered"));
        if (!offered.get("scenario").equals(scenario) || !offered.get("turns").equals("2") || !offered.get("node").equals(before)) {
            throw new IllegalStateException("after the kill the menu offers " + offered + ", expected " + scenario + " after 2 choices at " + before);
        }
        shot();
        activate("resume", "conversation");
        Trace resumed = game.awaitNode();
        if (!resumed.subject().equals(before)) throw new IllegalStateException("resumed at node " + resumed.subject() + ", expected " + before);
        shot();
        node = resumed;
        for (int i = 2; i < expert.size(); i++) node = choose(node, expert.get(i));
        finishToDebrief(node);
        shot();
        backToMenuViaPause();
    }

    private void contrastAndSize() throws Exception {
        open("settings", "settings");
        activate("contrast", null);
        game.await("settings", l -> l.contains("contrast=true"));
        activate("size-extra-large", null);
        game.await("settings", l -> l.contains("extra-large"));
        shot();
        activate("back", "menu");
        shot();
        progress();
        open("play", "choice");
        shot();
        activate("card-" + scenario, "briefing");
        shot();
        activate("practice", "conversation");
        Trace node = game.awaitNode();
        shot();
        choose(node, expert.get(0));
        shot();
        backToMenuViaPause();
    }

    /** A small window with the largest text: everything must still reflow and stay readable. */
    private void narrowWindow() throws Exception {
        Xdotool.resizeGame(game.pid(), 860, 540);
        game.await("resized");
        shot();
        open("play", "choice");
        shot();
        activate("card-" + scenario, "briefing");
        shot();
        activate("exam", "conversation");
        game.awaitNode();
        shot();
        backToMenuViaPause();
        Xdotool.resizeGame(game.pid(), 1280, 720);
        game.await("resized");
    }

    /** From the menu: the settings switched to English, and back to the menu. */
    private void toEnglish() throws Exception {
        open("settings", "settings");
        activate("lang-en", null);
        game.await("settings en");
        activate("back", "menu");
    }

    private void quit() throws Exception {
        open("quit", null);
        if (game.waitForExit() != 0) throw new IllegalStateException("quit did not exit with 0");
        game = null;
    }

    // ---- progress, assignments, the trainer ----------------------------------------------

    /** The progress screen: the chart, what to practise, every session; photographed at its top and further down. */
    private void progress() throws Exception {
        if (!seeded) seedHistory();
        open("progress", "progress");
        Trace p = Trace.parse(game.await("progress "));
        if (Integer.parseInt(p.get("finished")) < 1 || p.list("axes").isEmpty()) {
            throw new IllegalStateException("the progress screen shows no finished session or no chart: " + p.values());
        }
        shot();
        focusShots("recurring");
        activate("back", "menu");
    }

    /**
     * Pictures further down a long page, reached by moving the focus (the page follows it), so
     * the arrow keys go on from there; after PageDown the first arrow key would only bring the
     * focus back into view.
     */
    private void focusShots(String... ids) throws Exception {
        for (String id : ids) {
            moveTo(screen, id);
            shot();
        }
    }

    /** A picture further down a long page; back up again, so the focus is in view for the arrow keys. */
    private void pageDownShot() throws Exception {
        pageDownShot(1);
    }

    /** {@code pages} pictures, each a page further down; then back to the top. */
    private void pageDownShot(int pages) throws Exception {
        for (int i = 0; i < pages; i++) {
            Xdotool.press("Next");
            shot();
        }
        for (int i = 0; i < pages + 1; i++) Xdotool.press("Prior");
    }

    /**
     * An assignment as a trainer makes it ({@code coachdans assignment new}, exam, one attempt)
     * put in the data folder next to a broken one; the trainee opens it, starts Leonie in exam
     * mode (no feedback, no step back), tries to restart (refused: resume instead), leaves, finds
     * the open attempt to resume, finishes it, is brought back to the assignment, hands in the
     * result file (not replaced without asking), and cannot start another attempt. Then files from
     * elsewhere are opened by typing their path.
     */
    private void assignmentFlow() throws Exception {
        Path folder = Files.createDirectories(home.resolve("assignments"));
        Path file = folder.resolve("leonie-examen.yaml");
        cli("assignment", "new", "--scenario", scenario, "--mode", "exam", "--attempts", "1", "--title", "Leonie, examen",
                "--trainer", "Fer van den Boomen", "--due", "2030-06-30", "--out", file.toString());
        assignmentId = Files.readAllLines(file).stream().filter(l -> l.startsWith("id: ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("the assignment has no id")).substring(4).strip();
        Files.writeString(folder.resolve("kapot.yaml"), Files.readString(file).replace("id: " + assignmentId, "id: kapot-x1")
                .replace("scenarios: [" + scenario + "]", "scenarios: [leoni]"));

        // The folder for result files is remembered beside the settings; give it the inbox, so the
        // trainee's export goes where the trainer screen reads later.
        inbox = Files.createDirectories(out.resolve(".inbox-" + ProcessHandle.current().pid())).toAbsolutePath();
        Files.writeString(home.resolve("folders.json"), "{\"resultFolder\": \"" + inbox.toString().replace("\\", "\\\\") + "\"}");

        open("assignments", "assignments");
        shot();
        activate("assignment-" + assignmentId, "assignment");
        expectBoard(scenario + ":0/1:not_started:start");
        shot();
        activate("scenario-" + scenario, "attempt");
        shot();
        activate("start", null);
        Trace started = Trace.parse(game.await("attempt-started"));
        if (!started.get("mode").equals("exam") || !started.get("feedback").equals("false") || !started.get("stepBack").equals("false")) {
            throw new IllegalStateException("the assignment's exam mode was not enforced: " + started.values());
        }
        expectScreen("conversation");
        Trace node = game.awaitNode();
        for (int i = 0; i < 2; i++) node = choose(node, expert.get(i));
        // Exam: Backspace must not step back; no new node may be drawn before the picture.
        String before = game.lastSeen("node ");
        Xdotool.press("BackSpace");
        shot();
        if (!before.equals(game.lastSeen("node "))) throw new IllegalStateException("Backspace stepped back in an exam attempt");
        // Restarting an open exam attempt is refused: the briefing says so and offers to resume.
        pause();
        activateIn(Trace.parse(game.lastOverlay()), "restart");
        Trace refused = Trace.parse(game.await("attempt-refused"));
        if (!refused.get("block").equals("unfinished_attempt")) throw new IllegalStateException("restart was not refused as an open attempt: " + refused.values());
        expectScreen("attempt");
        if (!screen.get("focus").equals("banner")) throw new IllegalStateException("the refusal is not shown first: " + screen.values());
        shot();
        activate("back", "assignment");
        expectBoard(scenario + ":1/1:in_progress:resume");
        activate("scenario-" + scenario, "attempt");
        if (screen.list("items").contains("start")) throw new IllegalStateException("an open exam attempt offers a new start: " + screen.values());
        shot();
        activate("resume", "conversation");
        node = game.awaitNode();
        if (!node.get("turn").equals("3")) throw new IllegalStateException("resumed at turn " + node.get("turn") + ", expected 3");
        for (int i = 2; i < expert.size(); i++) node = choose(node, expert.get(i));
        finishToDebrief(node);
        pause();
        activateIn(Trace.parse(game.lastOverlay()), "menu");
        // After an attempt the game shows the assignment again, ready to hand in.
        expectScreen("assignment");
        expectBoard(scenario + ":1/1:passed:blocked-no_attempts_left");
        shot();

        activate("export", null);
        Trace written = Trace.parse(game.await("result-written"));
        awaitLayout("assignment");
        Path result = inbox.resolve(written.get("file"));
        if (!Files.isRegularFile(result) || !Files.readString(result).contains(assignmentId)) throw new IllegalStateException("no result file " + result);
        shot();
        activate("export", null);
        game.await("result-exists");
        awaitLayout("assignment");
        if (!screen.get("focus").equals("cancel")) throw new IllegalStateException("asking before replacing should focus cancel: " + screen.values());
        shot();
        Xdotool.press("Return");
        awaitLayout("assignment");
        // The one attempt is used: no new start, and the briefing says why.
        activate("scenario-" + scenario, "attempt");
        if (screen.list("items").contains("start") || screen.list("items").contains("resume")) {
            throw new IllegalStateException("an attempt can start after all were used: " + screen.values());
        }
        shot();
        activate("back", "assignment");
        activate("back", "assignments");

        // A file from elsewhere, by typing its path: an assignment from a newer Coachdans, then the result file.
        Path downloads = Files.createDirectories(out.resolve(".downloads-" + ProcessHandle.current().pid()));
        Path newer = downloads.resolve("nieuwer.yaml");
        Files.writeString(newer, Files.readString(file).replace("format: 1", "format: 2"));
        typeInto("path", newer.toAbsolutePath().toString());
        Xdotool.press("Return");
        game.await("open kind=assignment");
        expectScreen("assignments");
        if (!screen.get("focus").equals("banner")) throw new IllegalStateException("the problem with the file is not shown first: " + screen.values());
        shot();
        typeInto("path", result.toAbsolutePath().toString());
        Xdotool.press("Return");
        expectScreen("result");
        Trace opened = Trace.parse(game.await("result-opened"));
        if (!opened.get("own").equals("true") || !opened.get("mismatch").equals("false")) throw new IllegalStateException("result not matched: " + opened.values());
        shot();
        activate("back", "assignments");
        // A result for an assignment the trainee does not have: opened, and it says so first.
        Path other = downloads.resolve("ander-resultaat.json");
        Files.writeString(other, Files.readString(result).replace(assignmentId, "andere-opdracht-x1"));
        typeInto("path", other.toAbsolutePath().toString());
        Xdotool.press("Return");
        expectScreen("result");
        Trace foreign = Trace.parse(game.await("result-opened"));
        if (!foreign.get("own").equals("false") || !screen.get("focus").equals("banner")) {
            throw new IllegalStateException("a result for another assignment is not flagged: " + foreign.values() + " " + screen.values());
        }
        shot();
        activate("back", "assignments");
        activate("back", "menu");
        if (!Files.readString(newer).contains("format: 2")) throw new IllegalStateException("the opened file was changed");
    }

    /**
     * The trainer screen over a folder with the handed-in result, a loose record, a note and a
     * broken file: every file accounted for; then judged against the assignment, and the HTML
     * report written next to the folder. In English the folder is remembered.
     */
    private void trainer(boolean remembered) throws Exception {
        if (!remembered) {
            try (Stream<Path> s = Files.list(home.resolve("records"))) {
                Path loose = s.filter(p -> p.toString().endsWith(".json")).sorted().findFirst().orElseThrow();
                Files.copy(loose, Files.createDirectories(inbox.resolve("groep-b")).resolve("los.json"), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.writeString(inbox.resolve("notities.txt"), "koffie meenemen");
            Files.writeString(inbox.resolve("kapot.json"), "{\"scenario\": ");
        }
        open("trainer", "trainer");
        if (!remembered) typeInto("folder", inbox.toAbsolutePath().toString());
        else moveTo(screen, "folder");
        Xdotool.press("Return");
        Trace report = Trace.parse(game.await("trainer-report"));
        awaitLayout("trainer");
        if (!report.get("corrupt").equals("2") || Integer.parseInt(report.get("ok")) < 2) {
            throw new IllegalStateException("the trainer screen does not account for every file: " + report.values());
        }
        shot();
        if (!remembered) {
            focusShots("risks");
            activate("assignment-" + assignmentId, null);
            awaitLayout("trainer");
            activate("read", null);
            report = Trace.parse(game.await("trainer-report"));
            awaitLayout("trainer");
            if (!report.get("assignment").equals(assignmentId)) throw new IllegalStateException("not judged against the assignment: " + report.values());
            focusShots("students", "risks", "calibration");
            activate("html", null);
            Trace html = Trace.parse(game.await("html-written"));
            awaitLayout("trainer");
            Path page = inbox.resolveSibling(html.get("file"));
            if (!Files.isRegularFile(page) || !Files.readString(page).contains("<svg")) throw new IllegalStateException("no HTML report at " + page);
            shot();
        } else {
            focusShots("students");
        }
        activate("back", "menu");
    }

    private boolean seeded;

    /**
     * What the trainer's folder needs before the trainer flow: an exam assignment made by the
     * command line, an attempt at it saved as the game saves it (beside four earlier sessions), and
     * the result file the command line collects from it, in the inbox.
     */
    private void handedIn() throws Exception {
        seedHistory();
        Path file = Files.createDirectories(home.resolve("assignments")).resolve("leonie-examen.yaml");
        cli("assignment", "new", "--scenario", scenario, "--mode", "exam", "--attempts", "1", "--title", "Leonie, examen",
                "--trainer", "Fer van den Boomen", "--due", "2030-06-30", "--out", file.toString());
        assignmentId = Files.readAllLines(file).stream().filter(l -> l.startsWith("id: ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("the assignment has no id")).substring(4).strip();
        ContentLibrary lib = ContentLibrary.load(assets != null ? assets : nl.coachdans.lint.BuiltInAssets.root(), new ContentReader(), false);
        Scenario sc = lib.scenario(scenario).scenario();
        nl.coachdans.catalog.ScenarioSource source = id -> java.util.Optional.ofNullable(lib.scenario(id))
                .map(e -> new nl.coachdans.catalog.ScenarioSource.Playable(e.scenario(), lib.curriculum()));
        java.time.Instant t = java.time.Instant.now().minus(java.time.Duration.ofDays(1));
        nl.coachdans.engine.Session session = nl.coachdans.engine.Session.start(sc, lib.curriculum(), 7);
        nl.coachdans.sessions.SessionRecord rec = nl.coachdans.sessions.SessionRecord.start(sc, lib.curriculum(), "nl", nl.coachdans.sessions.Mode.EXAM, 7, TRAINEE, t)
                .withAssignment(assignmentId);
        for (int i = 0; i < expert.size(); i++) {
            session.choose(expert.get(i));
            rec = rec.with(expert.get(i), null, t.plusSeconds(40L * (i + 1)));
        }
        new nl.coachdans.sessions.RecordStore(home, source).save(rec.summarised(session.transcript(),
                new nl.coachdans.scoring.Scorer(lib.curriculum()).score(sc, session.transcript())));
        inbox = Files.createDirectories(out.resolve(".inbox-" + ProcessHandle.current().pid())).toAbsolutePath();
        cli("assignment", "export", "--assignment", file.toString(), "--records", home.resolve("records").toString(),
                "--out", inbox.resolve("leonie-examen-result.json").toString());
    }

    /**
     * Four earlier sessions that did not follow the expert path (always the first option, always
     * the last, alternating), saved as the game saves them, so the progress chart has something to
     * show besides the expert runs this test plays: bands that change, risks that come back.
     */
    private void seedHistory() throws IOException {
        seeded = true;
        ContentLibrary lib = ContentLibrary.load(assets != null ? assets : BuiltInAssets.root(), new ContentReader(), false);
        Scenario sc = lib.scenario(scenario).scenario();
        nl.coachdans.catalog.ScenarioSource source = id -> java.util.Optional.ofNullable(lib.scenario(id))
                .map(e -> new nl.coachdans.catalog.ScenarioSource.Playable(e.scenario(), lib.curriculum()));
        nl.coachdans.sessions.RecordStore store = new nl.coachdans.sessions.RecordStore(home, source);
        java.time.Instant start = java.time.Instant.now().minus(java.time.Duration.ofDays(12));
        for (int i = 0; i < 4; i++) {
            nl.coachdans.engine.Session session = nl.coachdans.engine.Session.start(sc, lib.curriculum(), i);
            java.time.Instant t = start.plus(java.time.Duration.ofDays(3L * i));
            nl.coachdans.sessions.SessionRecord rec = nl.coachdans.sessions.SessionRecord.start(sc, lib.curriculum(), "nl", nl.coachdans.sessions.Mode.PRACTICE, i, null, t);
            for (int turn = 0; turn < 80 && !session.ended(); turn++) {
                var options = session.choices();
                int pick = i == 0 || i == 3 && turn % 2 == 1 ? 0 : i == 1 ? options.size() - 1 : turn % options.size();
                String id = options.get(pick).id();
                session.choose(id);
                rec = rec.with(id, null, t.plusSeconds(40L * (turn + 1)));
            }
            if (!session.ended()) continue;
            var transcript = session.transcript();
            store.save(rec.summarised(transcript, new nl.coachdans.scoring.Scorer(lib.curriculum()).score(sc, transcript)));
        }
    }

    /**
     * Types the trainee's name. xdotool types "ë" by remapping a spare key for a moment, and now
     * and then the window reads the key before it sees the new mapping and the letter is lost; the
     * settings file (saved after every key) shows whether the whole name arrived, else the field is
     * emptied and the name typed again.
     */
    private void typeName() throws Exception {
        Path settings = home.resolve("settings.json");
        String seen = "(no file)";
        for (int attempt = 0; attempt < 5; attempt++) {
            if (attempt > 0) {
                clearField(TRAINEE.length() * 2 + 4);
                Thread.sleep(300); // lets the keyboard mapping xdotool restored reach the window first
            }
            Xdotool.type(TRAINEE);
            for (int i = 0; i < 30; i++) {
                if (Files.isRegularFile(settings)) seen = Files.readString(settings, StandardCharsets.UTF_8);
                if (seen.contains("\"" + TRAINEE + "\"")) return;
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("the name typed in the settings did not arrive in settings.json after 5 attempts; it holds: "
                + seen.replaceAll("\\s+", " "));
    }

    /**
     * {@code coachdans open FILE} starts the game with {@code --open FILE}: here the handed-in
     * result file, which opens on its own screen once the content is loaded.
     */
    private void openFromCommandLine() throws Exception {
        Path result;
        try (Stream<Path> s = Files.list(inbox)) {
            result = s.filter(p -> p.getFileName().toString().endsWith("-result.json")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no result file in " + inbox));
        }
        Files.createDirectories(incoming);
        game = GameProcess.start(jar, home, incoming, assets, List.of("--open", result.toAbsolutePath().toString()));
        game.await("open kind=result");
        expectScreen("result");
        Trace opened = Trace.parse(game.await("result-opened"));
        if (!opened.get("own").equals("true")) throw new IllegalStateException("the opened result was not matched: " + opened.values());
        Xdotool.focusGame(game.pid());
        shot();
        activate("back", "assignments");
        activate("back", "menu");
        quit();
    }

    /** Waits for the assignment screen's board line and checks its one scenario. */
    private void expectBoard(String line) {
        Trace board = Trace.parse(game.await("assignment-board"));
        if (!board.get("lines").equals(line)) throw new IllegalStateException("assignment shows " + board.get("lines") + ", expected " + line);
    }

    /** The parts and focus after one of the feature screens rebuilt itself. */
    private void awaitLayout(String name) {
        screen = Trace.parse(game.await("layout " + name));
    }

    /**
     * Focuses an empty text field and types into it. (Ctrl+A is not used to clear a field: xdotool
     * sends the whole chord within one frame, and the game may see the "a" after Ctrl is up.)
     */
    private void typeInto(String id, String text) throws Exception {
        moveTo(screen, id);
        Xdotool.type(text);
    }

    /** Empties the focused text field key by key: the caret to the end, then Backspace. */
    private static void clearField(int length) throws Exception {
        List<String> keys = new ArrayList<>(List.of("End"));
        for (int i = 0; i < length; i++) keys.add("BackSpace");
        Xdotool.press(keys.toArray(String[]::new));
    }

    /** The command line of the same jar, with the test's data folder. */
    private void cli(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("COACHDANS_HOME", home.toString());
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("coachdans " + String.join(" ", args) + " failed: " + output);
        }
    }

    // ---- playing --------------------------------------------------------------------------

    private void playToDebrief(String mode, boolean everyNode, boolean stepBack) throws Exception {
        open("play", "choice");
        shot();
        activate("card-" + scenario, "briefing");
        shot();
        activate(mode, "conversation");
        Trace node = game.awaitNode();
        int typed = 0;
        for (int i = 0; i < expert.size(); i++) {
            if (node.get("thinking").equals("true")) {
                if (typed++ < 2) {
                    Xdotool.type(i == 0 ? "I hear how upset you are; can we meet?" : "What matters most to you now?");
                    shot();
                }
                Xdotool.press("Return");
                node = game.awaitNode();
                if (!node.get("thinking").equals("false")) throw new IllegalStateException("options did not appear after think first");
            }
            if (everyNode || i < 2) shot();
            String from = node.subject();
            node = choose(node, expert.get(i));
            if (stepBack && i == 1) {
                // One step back (practice): the previous node returns; then the same choice again.
                Xdotool.press("BackSpace");
                Trace back = game.awaitNode();
                if (!back.subject().equals(from)) throw new IllegalStateException("Backspace went to " + back.subject() + ", expected " + from);
                shot();
                node = choose(back, expert.get(i));
            }
        }
        finishToDebrief(node);
    }

    private Trace choose(Trace node, String choice) throws Exception {
        List<String> choices = node.list("choices");
        int index = choices.indexOf(choice);
        if (index < 0 || index > 8) throw new IllegalStateException("expert choice " + choice + " is not offered at " + node.subject() + ": " + choices);
        Xdotool.press(String.valueOf(index + 1));
        return game.awaitNode();
    }

    private void finishToDebrief(Trace node) throws Exception {
        if (!node.get("kind").equals("ending")) throw new IllegalStateException("the expert path ended at " + node.subject() + ", not at an ending");
        shot();
        activateIn(node, "debrief");
        expectScreen("debrief");
    }

    /** The debrief in PEARLS order, then the dance replay from its summary, and back to the debrief. */
    private void debriefShots() throws Exception {
        boolean dutch = screen.get("lang").equals("nl");
        pearls(dutch ? "Ik wilde te snel helpen." : "I wanted to help too soon.");
        replay(dutch ? "Hier sluit de coach mooi aan." : "The coach meets her well here.",
                dutch ? "De rust waarmee de coach terugkomt op het moment zelf." : "How calmly the coach goes back to the moment itself.");
    }

    // ---- the debrief (PEARLS) and the dance replay -----------------------------------------

    /**
     * Part 1 by keyboard before any score shows: rates the first three steps (three different
     * bands), writes a sentence and saves; then description, analysis and summary, each
     * photographed at its top and a page further down.
     */
    private void pearls(String note) throws Exception {
        Trace part = Trace.parse(game.await("debrief-part reactions"));
        if (part.list("items").stream().anyMatch(i -> i.startsWith("turn-") || i.equals("profile"))) {
            throw new IllegalStateException("the reactions part shows results before the self-rating: " + part.values());
        }
        shot();
        List<String> steps = part.list("items").stream().filter(i -> i.startsWith("rate-") && i.endsWith("-nog-niet"))
                .map(i -> i.substring(0, i.length() - "-nog-niet".length())).toList();
        if (steps.isEmpty()) throw new IllegalStateException("no self-rating buttons on " + part.values());
        String[] bands = {"bekwaam", "in-ontwikkeling", "nog-niet"};
        for (int i = 0; i < Math.min(3, steps.size()); i++) {
            String id = steps.get(i) + "-" + bands[i];
            activateIn(part, id);
            part = focused(part, id);
            game.await("debrief-rated " + steps.get(i).substring("rate-".length()) + "=" + bands[i]);
        }
        moveTo(part, "note");
        Xdotool.type(note);
        shot();
        Xdotool.press("Return", "Return"); // Enter in the field goes to Save; Enter saves
        Trace saved = Trace.parse(game.await("debrief-saved"));
        if (!saved.get("note").equals("true") || Integer.parseInt(saved.get("ratings")) < Math.min(3, steps.size())) {
            throw new IllegalStateException("the reflection was not saved as typed: " + saved.values());
        }
        Trace description = Trace.parse(game.await("debrief-part description"));
        shot();
        pageDownShot(2);
        // The number keys go straight to a part; the analysis may still be computing.
        Xdotool.press("3");
        Trace analysis = Trace.parse(game.await("debrief-part analysis"));
        if (analysis.get("ready").equals("false")) analysis = Trace.parse(game.await("debrief-part analysis", l -> l.contains("ready=true")));
        if (analysis.list("items").stream().noneMatch(i -> i.startsWith("turn-"))) {
            throw new IllegalStateException("the analysis shows no turning point: " + analysis.values());
        }
        shot();
        pageDownShot(4);
        activateIn(focused(analysis, analysis.get("focus")), "next");
        Trace summary = Trace.parse(game.await("debrief-part summary"));
        shot();
        activateIn(summary, "replay-end");
        if (!description.list("items").contains("chart")) throw new IllegalStateException("the description has no chart: " + description.values());
    }

    /**
     * The replay: the start, a step, the ghost off and on, a move marked "herken" with a note typed
     * into the field N opens, a jump by number, playing and pausing, the end with what inspires;
     * then back to the debrief.
     */
    private void replay(String note, String inspires) throws Exception {
        expectScreen("replay");
        shot();
        Xdotool.press("Right");
        game.await("replay-at turn=1");
        shot();
        Xdotool.press("Right");
        game.await("replay-at turn=2");
        Xdotool.press("g");
        game.await("replay turn=2", l -> l.contains("ghost=false"));
        shot();
        Xdotool.press("g");
        game.await("replay turn=2", l -> l.contains("ghost=true"));
        Xdotool.press("h");
        game.await("replay-mark turn=2 reaction=herken", l -> l.contains("saved=true"));
        Xdotool.press("n");
        game.await("replay-note-open turn=2");
        Xdotool.type(note);
        shot();
        Xdotool.press("Return");
        game.await("replay-mark turn=2 reaction=herken note=true saved=true");
        shot();
        Xdotool.press("4", "Return");
        game.await("replay-at turn=4");
        shot();
        Xdotool.press("space");
        game.await("replay turn=4", l -> l.contains("playing=true"));
        game.await("replay-at turn=5");
        Xdotool.press("space");
        game.await("replay ", l -> l.contains("playing=false"));
        Xdotool.press("End");
        Trace end = Trace.parse(game.await("replay-end"));
        moveTo(end, "inspires");
        Xdotool.type(inspires);
        Xdotool.press("Return");
        game.await("replay-inspiration set=true saved=true");
        shot();
        activateIn(focused(end, "inspires-save"), "back");
        expectScreen("debrief");
        shot();
    }

    /** The same trace with the focus on {@code id} (after the driver moved it there). */
    private static Trace focused(Trace t, String id) {
        return new Trace(t.kind(), t.subject(), withFocus(t, id));
    }

    /** High contrast and the largest text: a past session's debrief and its dance, from the history. */
    private void pastSessionReplay() throws Exception {
        open("history", "history");
        activate("record-" + newestFinished(), "debrief");
        Trace part = Trace.parse(game.await("debrief-part "));
        if (!part.subject().equals("description")) throw new IllegalStateException("a reflected session opens at " + part.subject());
        shot();
        pageDownShot(1);
        Xdotool.press("3");
        part = Trace.parse(game.await("debrief-part analysis", l -> l.contains("ready=true")));
        shot();
        activateIn(part, "replay");
        expectScreen("replay");
        Xdotool.press("Right");
        game.await("replay-at turn=1");
        Xdotool.press("Right");
        game.await("replay-at turn=2");
        shot();
        // A small window with the largest text: the replay reflows and keeps its floor.
        Xdotool.resizeGame(game.pid(), 860, 540);
        game.await("resized");
        shot();
        Xdotool.resizeGame(game.pid(), 1280, 720);
        game.await("resized");
        activate("back", "debrief");
        backToMenuViaPause();
    }

    /** The history's index of the newest finished session (the history lists the newest first). */
    private int newestFinished() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(home.resolve("records"))) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted(java.util.Comparator.reverseOrder()).toList();
        }
        for (int i = 0; i < files.size(); i++) {
            if (Files.readString(files.get(i), StandardCharsets.UTF_8).contains("\"ending\" : \"")) return i;
        }
        throw new IllegalStateException("no finished session in the history");
    }

    /** {@code coachdans replay RECORD} opens the game straight on that record's dance. */
    private void replayFromCommandLine() throws Exception {
        Path record;
        try (Stream<Path> s = Files.list(home.resolve("records"))) {
            record = s.filter(p -> p.toString().endsWith(".json")).filter(p -> {
                try {
                    return Files.readString(p, StandardCharsets.UTF_8).contains("\"reaction\" : \"herken\"");
                } catch (IOException e) {
                    return false;
                }
            }).findFirst().orElseThrow(() -> new IllegalStateException("no record with study marks to replay"));
        }
        Files.createDirectories(incoming);
        game = GameProcess.start(jar, home, incoming, assets, List.of("--replay", record.toString()));
        collect(game.await("shot loading"));
        expectScreen("replay");
        Xdotool.focusGame(game.pid());
        Xdotool.press("End");
        game.await("replay-end");
        shot();
        pause();
        activateIn(Trace.parse(game.lastOverlay()), "menu");
        expectScreen("menu");
        quit();
    }

    private void backToMenuViaPause() throws Exception {
        pause();
        shot();
        activateIn(Trace.parse(game.lastOverlay()), "menu");
        expectScreen("menu");
    }

    // ---- navigation -----------------------------------------------------------------------

    private void start() throws Exception {
        Files.createDirectories(incoming);
        game = GameProcess.start(jar, home, incoming, assets);
        // The menu comes first; it is rebuilt (with the resume offer) once the clients are loaded.
        game.await("content-ready");
        expectScreen("menu"); // "menu" or "menu-resume"
        Xdotool.focusGame(game.pid());
    }

    private void expectScreen(String name) {
        screen = Trace.parse(game.await("screen " + name));
    }

    /** From the menu: focuses the item and presses Enter. */
    private void open(String item, String expected) throws Exception {
        if (!screen.subject().startsWith("menu")) throw new IllegalStateException("not on the menu but on " + screen.subject());
        activate(item, expected);
    }

    /** Moves the focus to {@code id} with the arrow keys, presses Enter and waits for the next screen. */
    private void activate(String id, String expected) throws Exception {
        activateIn(screen, id);
        if (expected != null) expectScreen(expected);
    }

    private void activateIn(Trace where, String id) throws Exception {
        moveTo(where, id);
        Xdotool.press("Return");
    }

    /** Moves the focus to {@code id} with the arrow keys (without pressing Enter). */
    private void moveTo(Trace where, String id) throws Exception {
        List<String> items = where.list("items");
        int target = items.indexOf(id);
        if (target < 0) throw new IllegalStateException("no '" + id + "' on " + where.subject() + ": " + items);
        int from = Math.max(0, items.indexOf(where.get("focus")));
        List<String> keys = new ArrayList<>();
        for (int i = from; i < target; i++) keys.add("Down");
        for (int i = from; i > target; i--) keys.add("Up");
        if (!keys.isEmpty()) Xdotool.press(keys.toArray(String[]::new));
        if (where == screen) screen = new Trace(screen.kind(), screen.subject(), withFocus(screen, id));
    }

    private static java.util.Map<String, String> withFocus(Trace t, String id) {
        java.util.Map<String, String> m = new java.util.HashMap<>(t.values());
        m.put("focus", id);
        return m;
    }

    private void pause() throws Exception {
        Xdotool.press("Escape");
        game.awaitOverlay();
    }

    private void shot() throws Exception {
        Xdotool.press("F12");
        collect(game.await("shot "));
    }

    private void collect(String line) throws IOException {
        String name = line.substring("shot ".length()).strip();
        String numbered = String.format("%02d-%s", shots.size() + 1, name);
        Files.move(incoming.resolve(name), out.resolve(numbered), StandardCopyOption.REPLACE_EXISTING);
        shots.add(numbered);
        System.out.println("window test: " + numbered);
    }

    /** At least {@code count} session records, together keeping every one of {@code needles}. */
    private void expectRecords(int count, List<String> needles) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(home.resolve("records"))) {
            files = s.filter(p -> p.toString().endsWith(".json")).toList();
        }
        if (files.size() < count) throw new IllegalStateException("expected at least " + count + " session records, found " + files.size());
        StringBuilder all = new StringBuilder();
        for (Path f : files) all.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
        for (String needle : needles) {
            if (all.indexOf(needle) < 0) throw new IllegalStateException("no record keeps " + needle);
        }
    }
}
