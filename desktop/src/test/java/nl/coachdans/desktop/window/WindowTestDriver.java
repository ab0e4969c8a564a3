package nl.coachdans.desktop.window;

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
 * The real-window test: starts the game jar (under Xvfb, from {@code .ci/window-test.sh}), plays a
 * scenario's expert path with real key events, reaches the debrief, kills the game mid-session and
 * resumes it, and saves a PNG of every screen in Dutch and English.
 *
 * <pre>java -cp desktop/target/test-classes:desktop/target/coachdans.jar \
 *     nl.coachdans.desktop.window.WindowTestDriver --jar desktop/target/coachdans.jar --out target/screenshots [--scenario leonie]</pre>
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
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--jar" -> jar = Paths.get(args[++i]);
                    case "--out" -> out = Paths.get(args[++i]);
                    case "--scenario" -> id = args[++i];
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            Files.createDirectories(out);
            Path home = Files.createTempDirectory("coachdans-window-test");
            Path assets = null;
            Scenario sc = find(ContentLibrary.builtInRoot(), id);
            if (sc == null && id.equals("voorbeeld")) {
                // The documented example is not built in; give the game an asset folder that has it.
                assets = withExample(ContentLibrary.builtInRoot());
                sc = find(assets, id);
            }
            if (sc == null) throw new IllegalStateException("scenario '" + id + "' cannot be loaded");
            WindowTestDriver d = new WindowTestDriver(jar, out, home, assets, id, sc.expert());
            d.run();
            System.out.println("window test: passed; " + d.shots.size() + " screenshots in " + out);
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

    private void run() throws Exception {
        try {
            dutch();
            killAndResume();
            english();
            contrastAndSize();
            narrowWindow();
            checkRecords();
            quit();
        } finally {
            if (game != null) game.close();
        }
    }

    // ---- the flows ------------------------------------------------------------------------

    private void dutch() throws Exception {
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
        playToDebrief("practice", true, true);
        debriefShots();
        backToMenuViaPause();
        open("history", "history");
        shot();
        activate("back", "menu");
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

    private void english() throws Exception {
        open("settings", "settings");
        activate("lang-en", null);
        game.await("settings en");
        shot();
        activate("think", null);
        game.await("settings en", l -> l.contains("think=true"));
        moveTo(screen, "name");
        Xdotool.type(TRAINEE);
        shot();
        activate("back", "menu");
        shot();
        open("assignments", "assignments");
        shot();
        activate("back", "menu");
        open("history", "history");
        shot();
        activate("back", "menu");
        playToDebrief("practice", true, false);
        debriefShots();
        backToMenuViaPause();
        // A restart shows the loading screen (photographed by the game itself) and the menu in English.
        Xdotool.press("Escape");
        game.await("overlay pause");
        Xdotool.press("Down", "Return");
        if (game.waitForExit() != 0) throw new IllegalStateException("quitting from the pause overlay did not exit with 0");
        start();
        shot();
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
        open("play", "choice");
        shot();
        activate("card-" + scenario, "briefing");
        shot();
        activate("practice", "conversation");
        Trace node = game.awaitNode();
        if (node.get("thinking").equals("true")) {
            Xdotool.type("Ik hoor hoe boos je bent.");
            shot();
            Xdotool.press("Return");
            node = game.awaitNode();
        }
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
        Trace node = game.awaitNode();
        if (node.get("thinking").equals("true")) {
            Xdotool.press("Return");
            node = game.awaitNode();
        }
        shot();
        backToMenuViaPause();
        Xdotool.resizeGame(game.pid(), 1280, 720);
        game.await("resized");
    }

    private void quit() throws Exception {
        open("quit", null);
        if (game.waitForExit() != 0) throw new IllegalStateException("quit did not exit with 0");
        game = null;
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

    private void debriefShots() throws Exception {
        shot();
        for (int i = 0; i < 3; i++) {
            Xdotool.press("Next");
            shot();
        }
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
        collect(game.await("shot loading"));
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

    private void checkRecords() throws IOException {
        Path records = home.resolve("records");
        List<Path> files;
        try (Stream<Path> s = Files.list(records)) {
            files = s.filter(p -> p.toString().endsWith(".json")).toList();
        }
        if (files.size() < 4) throw new IllegalStateException("expected at least 4 session records, found " + files.size());
        boolean thought = false;
        for (Path f : files) thought |= Files.readString(f, StandardCharsets.UTF_8).contains("\"thought\"");
        if (!thought) throw new IllegalStateException("no record keeps a think-first text");
        boolean named = false;
        for (Path f : files) named |= Files.readString(f, StandardCharsets.UTF_8).contains("\"trainee\" : \"" + TRAINEE + "\"");
        if (!named) throw new IllegalStateException("no record carries the trainee name typed in the settings");
        if (!Files.isRegularFile(home.resolve("settings.json"))) throw new IllegalStateException("settings.json was not written");
    }
}
