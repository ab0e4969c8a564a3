package nl.coachdans.cli;

import nl.coachdans.catalog.ContentCatalog;
import nl.coachdans.catalog.StarterClient;
import nl.coachdans.lint.ContentLibrary;
import nl.coachdans.files.DataHome;
import nl.coachdans.scenario.ContentReader;
import nl.coachdans.scenario.Finding;
import nl.coachdans.words.WordBook;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "client", description = {
        "A client of your own: 'client new ID' writes a commented starter client into your clients folder,",
        "where the game and every command find it beside the built-in clients. See docs/authoring.md."})
final class ClientCommand implements Callable<Integer> {

    static CommandLine create(ContentPaths content, PrintWriter out) {
        CommandLine cl = new CommandLine(new ClientCommand());
        cl.addSubcommand(new New(content, out));
        return cl;
    }

    @Mixin
    LanguageOption lang;

    @Override
    public Integer call() {
        throw new UserError(lang.words("trainer").text("console.error.clientWhat"), 2);
    }

    @Command(name = "new", mixinStandardHelpOptions = true, description = {
            "Writes a commented starter client (Dutch and English comments) that validates and plays as it is.",
            "Without --out it goes to the clients folder in your data folder."})
    static final class New implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID", description = "The new client's id: lower-case letters, digits, '-', '_' or '.'.")
        String id;

        @Option(names = "--out", paramLabel = "FILE", description = "Write it here instead of the clients folder.")
        Path outFile;

        @Option(names = "--force", description = "Replace the file when it exists.")
        boolean force;

        @Option(names = "--framework", description = "Also write a starter framework of your own (ID-model, in frameworks/ beside the client) and score the client against it instead of GROW.")
        boolean withFramework;

        @Mixin
        LanguageOption lang;

        private final ContentPaths content;
        private final PrintWriter out;

        New(ContentPaths content, PrintWriter out) {
            this.content = content;
            this.out = out;
        }

        @Override
        public Integer call() {
            WordBook w = lang.words("trainer");
            if (!StarterClient.validId(id)) {
                throw new UserError(w.text("console.error.clientId", TerminalText.name(id)), 2);
            }
            ContentCatalog catalog = content.catalog(w);
            ContentCatalog.Client taken = catalog.client(id);
            if (taken != null && (outFile == null || !taken.file().toAbsolutePath().equals(outFile.toAbsolutePath()))) {
                throw new UserError(w.text("console.error.clientTaken", id, taken.root().describe(), taken.file().toString()), 1);
            }
            Path target = outFile != null ? outFile : ContentCatalog.ownFolder(DataHome.resolve()).resolve(id + ".yaml");
            Path folder = target.toAbsolutePath().getParent();
            String yaml;
            String framework = null;
            Path frameworkFile = null;
            if (withFramework) {
                StarterClient.Pair pair = StarterClient.withFramework(id);
                yaml = pair.client();
                framework = pair.framework();
                frameworkFile = folder.resolve("frameworks").resolve(StarterClient.frameworkId(id) + ".yaml");
                if (catalog.curriculum().frameworks().containsKey(StarterClient.frameworkId(id))) {
                    throw new UserError(w.text("console.error.frameworkTaken", StarterClient.frameworkId(id)), 1);
                }
            } else {
                yaml = StarterClient.yaml(id);
            }
            selfCheck(yaml, framework, catalog, w);
            try {
                Files.createDirectories(frameworkFile != null ? frameworkFile.getParent() : folder);
            } catch (IOException e) {
                throw new UserError(w.text("console.error.cannotMakeFolder", target.toString(), e.getMessage()), 2);
            }
            if (frameworkFile != null) {
                OutputFiles.write(frameworkFile, framework.getBytes(StandardCharsets.UTF_8), force, w);
                out.println(w.text("console.wrote", frameworkFile.toString()));
            }
            OutputFiles.write(target, yaml.getBytes(StandardCharsets.UTF_8), force, w);
            out.println(w.text("console.wrote", target.toString()));
            out.println(w.text("console.client.play", id));
            out.println(w.text("console.client.check", target.toString()));
            out.flush();
            return 0;
        }

        /** The starter must be valid as written; a failure here is a bug in the program, said plainly. */
        private static void selfCheck(String yaml, String framework, ContentCatalog catalog, WordBook w) {
            try {
                Path dir = Files.createTempDirectory("coachdans-starter");
                Path tmp = dir.resolve("client.yaml");
                try {
                    Files.writeString(tmp, yaml);
                    var curriculum = catalog.curriculum();
                    if (framework != null) {
                        Path fw = Files.writeString(dir.resolve("framework.yaml"), framework);
                        List<Finding> fwFindings = new java.util.ArrayList<>();
                        curriculum = catalog.with(List.of(fw), new ContentReader(), fwFindings).curriculum();
                        if (fwFindings.stream().anyMatch(Finding::isError)) {
                            throw new UserError(w.text("console.error.starterFramework", fwFindings.toString()), 3);
                        }
                        Files.delete(fw);
                    }
                    ContentLibrary.Entry e = ContentLibrary.loadScenario(tmp, new ContentReader(), curriculum, false);
                    List<Finding> errors = e.findings().stream().filter(Finding::isError).toList();
                    if (e.scenario() == null || !errors.isEmpty()) {
                        throw new UserError(w.text("console.error.starterClient", errors.toString()), 3);
                    }
                } finally {
                    Files.deleteIfExists(tmp);
                    Files.deleteIfExists(dir);
                }
            } catch (IOException e) {
                throw new UserError(w.text("console.error.cannotCheckStarter", String.valueOf(e.getMessage())), 2);
            }
        }
    }
}
