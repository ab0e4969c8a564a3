package nl.coachdans.desktop.window;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * A trainer's own client in the real game, with the live preview: makes a client in a fresh data
 * folder ({@code client new}), finds it in the list beside the five built-in clients, plays two
 * turns in practice, saves an edited file and sees the change without a restart, then saves a
 * broken file and plays on with the last good version.
 *
 * <p>With {@code --bench N} it measures the live preview instead, on a client of real size (a copy
 * of Leonie as the trainer's own): N saves, each timed from the file's save to the first frame that
 * shows the new version, as the game traces it. It prints the times and their median.
 *
 * <pre>java -cp desktop/target/test-classes:desktop/target/coachdans.jar \
 *     nl.coachdans.desktop.window.PreviewDriver --jar desktop/target/coachdans.jar [--bench 15]</pre>
 */
public final class PreviewDriver {
    private final Path jar;
    private final Path home;
    private final boolean english;
    private GameProcess game;
    private Trace screen;
    /** The client cards the list showed, in order. */
    private List<String> cards = List.of();

    private PreviewDriver(Path jar, Path home, boolean english) {
        this.jar = jar;
        this.home = home;
        this.english = english;
    }

    public static void main(String[] args) {
        try {
            Path jar = Paths.get("desktop/target/coachdans.jar");
            int bench = 0;
            String lang = "nl";
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--jar")) jar = Paths.get(args[++i]);
                else if (args[i].equals("--bench")) bench = Integer.parseInt(args[++i]);
                else if (args[i].equals("--lang")) lang = args[++i];
            }
            Path home = Files.createTempDirectory("coachdans-preview");
            Files.writeString(home.resolve("settings.json"), "{\"language\":\"" + lang + "\"}\n");
            PreviewDriver d = new PreviewDriver(jar.toAbsolutePath(), home, lang.equals("en"));
            if (bench > 0) d.bench(bench); else d.ownClientFlow();
            System.exit(0);
        } catch (Exception e) {
            System.out.println("preview test: FAILED: " + e.getMessage());
            System.exit(1);
        }
    }

    private void ownClientFlow() throws Exception {
        run(List.of("client", "new", "sam"));
        Path file = home.resolve("clients/sam.yaml");
        try (GameProcess g = GameProcess.start(jar, home, home.resolve("shots"), null)) {
            game = g;
            toCard("card-sam");
            check(cards.containsAll(List.of("card-anna", "card-docent", "card-grow", "card-johan", "card-leonie", "card-sam")),
                    "the own client is listed beside the five built-in ones: " + cards);
            Trace node = startPractice();
            node = choose(node, "vraag-doel");
            node = choose(node, "doel-film");
            check(node.subject().equals("werkelijkheid"), "two turns lead to werkelijkheid, not " + node.subject());

            // The author changes the line the client is saying now, and saves.
            String yaml = Files.readString(file, StandardCharsets.UTF_8);
            String edited = yaml.replace("nl: \"Eigenlijk bij de rondvraag.", "nl: \"Vooral bij de rondvraag, eerlijk gezegd.")
                    .replace("en: \"At any other business, really.", "en: \"Mostly at any other business, to be honest.");
            check(!edited.equals(yaml), "the starter still has the line the test edits");
            save(file, edited);
            Trace reloaded = Trace.parse(game.await("preview-reloaded"));
            check(reloaded.get("kept").equals("2") && reloaded.get("lost").isEmpty(), "both turns replayed: " + reloaded.values());
            Trace frame = Trace.parse(game.await("preview-frame"));
            check(frame.get("node").equals("werkelijkheid") && frame.get("shown").equals(english ? "Mostly_at_any" : "Vooral_bij_de"),
                    "the new line shows without a restart: " + frame.values());
            System.out.println("preview test: the edit showed " + frame.get("ms") + " ms after the save");
            shot("preview-reloaded");

            // A broken save: the game says so and plays on with the last good version.
            save(file, edited.replace("start: vraag", "start: nergens"));
            game.await("preview-errors");
            Trace still = game.awaitNode();
            shot("preview-errors");
            Xdotool.press(String.valueOf(still.list("choices").indexOf("werk-opties") + 1));
            check(game.awaitNode().subject().equals("opties"), "play goes on after a broken save");
            System.out.println("preview test: passed");
        }
    }

    private void bench(int saves) throws Exception {
        Path own = Files.createDirectories(home.resolve("clients"));
        Path assets = Paths.get(System.getProperty("coachdans.assets", "assets"));
        String leonie = Files.readString(assets.resolve("scenarios/leonie.yaml"), StandardCharsets.UTF_8)
                .replaceFirst("(?m)^id: leonie", "id: leonie-eigen");
        Path file = own.resolve("leonie-eigen.yaml");
        Files.writeString(file, leonie, StandardCharsets.UTF_8);
        List<Long> times = new ArrayList<>();
        try (GameProcess g = GameProcess.start(jar, home, home.resolve("shots"), null)) {
            game = g;
            toCard("card-leonie-eigen");
            startPractice();
            for (int i = 1; i <= saves; i++) {
                // A new first line for the email each time: a real edit of a client of real size.
                String text = leonie.replaceFirst("(?m)^(\\s+)Hoi,$", "$1Hoi (" + i + "),");
                check(!text.equals(leonie), "the email's first line was found");
                Thread.sleep(1100); // file times have a resolution of a second on some systems
                save(file, text);
                times.add(Long.parseLong(Trace.parse(game.await("preview-frame")).get("ms")));
            }
        }
        List<Long> sorted = times.stream().sorted().toList();
        System.out.println("live preview, save to first frame of the new version (ms): " + times);
        System.out.println("median " + sorted.get(sorted.size() / 2) + " ms, worst " + sorted.get(sorted.size() - 1) + " ms, " + saves + " saves");
    }

    /** From the menu to the client list, with the focus moved to {@code card}, and Enter. */
    private void toCard(String card) throws Exception {
        screen = Trace.parse(game.await("screen menu"));
        moveTo("play");
        Xdotool.press("Return");
        screen = Trace.parse(game.await("screen choice"));
        cards = screen.list("items").stream().filter(s -> s.startsWith("card-")).toList();
        moveTo(card);
        Xdotool.press("Return");
        screen = Trace.parse(game.await("screen briefing"));
    }

    /** A PNG of the window (F12) into target/screenshots, to look at. */
    private void shot(String name) throws Exception {
        Xdotool.press("F12");
        String file = game.await("shot ").substring("shot ".length()).strip();
        Path out = Files.createDirectories(Paths.get("target/screenshots"));
        Files.copy(home.resolve("shots").resolve(file), out.resolve(name + "-" + screen.get("lang") + ".png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private Trace startPractice() throws Exception {
        moveTo("practice");
        Xdotool.press("Return");
        return game.awaitNode();
    }

    private Trace choose(Trace node, String choice) throws Exception {
        int index = node.list("choices").indexOf(choice);
        check(index >= 0, choice + " is not offered at " + node.subject() + ": " + node.list("choices"));
        Xdotool.press(String.valueOf(index + 1));
        return game.awaitNode();
    }

    private void moveTo(String id) throws Exception {
        List<String> items = screen.list("items");
        int target = items.indexOf(id);
        check(target >= 0, "no '" + id + "' on " + screen.subject() + ": " + items);
        int from = Math.max(0, items.indexOf(screen.get("focus")));
        List<String> keys = new ArrayList<>();
        for (int i = from; i < target; i++) keys.add("Down");
        for (int i = from; i > target; i--) keys.add("Up");
        if (!keys.isEmpty()) Xdotool.press(keys.toArray(String[]::new));
    }

    /** Saves as an editor does: the whole file at once, through a temporary file and a rename. */
    private static void save(Path file, String text) throws Exception {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".swp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private void run(List<String> command) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        cmd.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("COACHDANS_HOME", home.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        check(p.waitFor() == 0, "coachdans " + command + " failed: " + out);
    }

    private static void check(boolean ok, String what) {
        if (!ok) throw new IllegalStateException(what);
    }
}
