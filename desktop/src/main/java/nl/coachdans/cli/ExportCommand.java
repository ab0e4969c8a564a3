package nl.coachdans.cli;

import nl.coachdans.words.WordBook;
import nl.coachdans.catalog.ContentCatalog;
import nl.coachdans.assignments.RecordFolder;
import nl.coachdans.sessions.RecordReader;
import nl.coachdans.xapi.XapiExport;
import nl.coachdans.words.WordBook;
import picocli.CommandLine.Command;
import nl.coachdans.words.WordBook;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import nl.coachdans.words.WordBook;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "export", description = {
        "Exports session records (loose or in result files) as xAPI 1.0.3 statements for a learning record store:",
        "one per choice and one per session. Exporting the same records again gives the same statement ids."})
final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder with records and result files (or one file).")
    Path dir;

    @Option(names = "--xapi", required = true, paramLabel = "OUT.json", description = "Write the statements as one JSON array to this file.")
    Path xapi;

    @Option(names = "--home-page", defaultValue = XapiExport.DEFAULT_HOME_PAGE, paramLabel = "URL",
            description = "The system the trainees' accounts belong to, e.g. your LMS (default: ${DEFAULT-VALUE}).")
    String homePage;

    @Option(names = "--force", description = "Replace OUT.json when it exists.")
    boolean force;

    @Option(names = "--content", paramLabel = "DIR", description = "Also know the scenarios of this content folder (frameworks/, scenarios/).")
    List<Path> contentRoots = new ArrayList<>();

    @Mixin
    LanguageOption lang;

    private final ContentPaths content;
    private final PrintWriter out;

    ExportCommand(ContentPaths content, PrintWriter out) {
        this.content = content;
        this.out = out;
    }

    @Override
    public Integer call() throws IOException {
        WordBook w = lang.words("trainer");
        if (!Files.exists(dir)) throw new UserError(w.text("console.error.noFolder", dir.toString()), 2);
        ContentCatalog catalog = content.catalog(contentRoots, w);
        XapiExport exporter;
        try {
            exporter = new XapiExport(catalog.source(), homePage);
        } catch (IllegalArgumentException e) {
            throw new UserError(w.text("console.error.homePage", e.getMessage()), 2);
        }
        List<RecordFolder.Item> items = new RecordFolder(catalog.source()).read(dir);
        XapiExport.Export export = exporter.export(items);
        OutputFiles.write(xapi, RecordReader.json().writeValueAsBytes(export.statements()), force, w);
        for (XapiExport.Skipped s : export.skipped()) {
            out.println(w.text("console.xapi.skipped", TerminalText.name(s.place()), w.text("status." + s.status().code()), s.why().render(w)));
        }
        out.println(export.skipped().isEmpty()
                ? w.text("console.xapi.wrote", xapi.toString(), export.statements().size(), export.sessions())
                : w.text("console.xapi.wroteSkipped", xapi.toString(), export.statements().size(), export.sessions(), export.skipped().size()));
        out.flush();
        return 0;
    }
}
