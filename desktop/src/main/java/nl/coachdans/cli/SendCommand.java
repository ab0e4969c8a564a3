package nl.coachdans.cli;

import nl.coachdans.catalog.ContentCatalog;
import nl.coachdans.lrs.FolderSend;
import nl.coachdans.lrs.LrsClient;
import nl.coachdans.lrs.LrsTarget;
import nl.coachdans.lrs.ResultStatements;
import nl.coachdans.assignments.RecordFolder;
import nl.coachdans.words.WordBook;
import nl.coachdans.xapi.XapiExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "send", description = {
        "Sends session records (loose or in result files) to a learning record store as xAPI 1.0.3 statements,",
        "the same statements as export. What the store has already is not sent again.",
        "Exit 0: everything is in the store; 1: the store refused some statements; 2: bad input, or the store could not be reached or refused the key."})
final class SendCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder with records and result files (or one file).")
    Path dir;

    @Mixin
    LrsOptions lrs;

    @Option(names = "--home-page", defaultValue = XapiExport.DEFAULT_HOME_PAGE, paramLabel = "URL",
            description = "The system the trainees' accounts belong to, e.g. your LMS (default: ${DEFAULT-VALUE}).")
    String homePage;

    @Option(names = "--pseudonym", description = "Send each student under a pseudonym instead of their name.")
    boolean pseudonym;

    @Option(names = "--timeout", defaultValue = "20", paramLabel = "SECONDS", description = "Wait at most this long for each answer (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--content", paramLabel = "DIR", description = "Also know the scenarios of this content folder (frameworks/, scenarios/).")
    List<Path> contentRoots = new ArrayList<>();

    @Mixin
    LanguageOption lang;

    private final ContentPaths content;
    private final PrintWriter out;

    SendCommand(ContentPaths content, PrintWriter out) {
        this.content = content;
        this.out = out;
    }

    @Override
    public Integer call() throws IOException {
        WordBook w = lang.words("trainer");
        if (!Files.exists(dir)) throw new UserError(w.text("console.error.noFolder", dir.toString()), 2);
        LrsTarget target = lrs.target(w);
        if (timeoutSeconds < 1) throw new UserError(w.text("console.error.timeout"), 2);
        ContentCatalog catalog = content.catalog(contentRoots, w);
        try {
            new XapiExport(catalog.source(), homePage);
        } catch (IllegalArgumentException e) {
            throw new UserError(w.text("console.error.homePage", e.getMessage()), 2);
        }
        List<RecordFolder.Item> items = new RecordFolder(catalog.source()).read(dir);
        FolderSend.Outcome o = new FolderSend(new LrsClient(Duration.ofSeconds(timeoutSeconds)), new ResultStatements(catalog.source()))
                .send(items, target, homePage, pseudonym);
        for (FolderSend.Sent s : o.sessions()) {
            if (s.skipped() != null) {
                out.println(w.text("console.send.skipped", TerminalText.name(s.place()), s.skipped().render(w)));
                continue;
            }
            out.println(s.refused().isEmpty()
                    ? w.text("console.send.session", TerminalText.name(s.place()), s.sent(), s.alreadyThere())
                    : w.text("console.send.sessionRefused", TerminalText.name(s.place()), s.sent(), s.alreadyThere(), s.refused().size()));
            for (FolderSend.Refusal r : s.refused()) out.println("  " + w.text("console.send.refused", r.statement(), r.reason()));
        }
        out.println(w.text("console.send.total", target.toString(), o.sent(), o.alreadyThere(), o.refused()));
        out.flush();
        if (o.stopped() != null) throw new UserError(w.text("console.error.stopped", o.stopped()), 2);
        return o.refused() > 0 ? 1 : 0;
    }
}
