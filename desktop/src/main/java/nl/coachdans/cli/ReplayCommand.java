package nl.coachdans.cli;

import nl.coachdans.files.Explanation;
import nl.coachdans.dance.Choreographer;
import nl.coachdans.dance.Choreography;
import nl.coachdans.dance.DanceFigure;
import nl.coachdans.engine.Session;
import nl.coachdans.engine.Transcript;
import nl.coachdans.catalog.ContentCatalog;
import nl.coachdans.lint.BuiltInAssets;
import nl.coachdans.sessions.RecordReader;
import nl.coachdans.sessions.RecordStatus;
import nl.coachdans.sessions.StoredRecord;
import nl.coachdans.scenario.Language;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scoring.ScoreProfile;
import nl.coachdans.scoring.Scorer;
import nl.coachdans.words.WordBook;
import picocli.CommandLine.Command;
import nl.coachdans.words.WordBook;
import picocli.CommandLine.Option;
import nl.coachdans.words.WordBook;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;

@Command(name = "replay", description = {
        "Replays a saved session record as a dance. With --png, renders the whole dance as one still",
        "(the choreography sheet) without opening a window; otherwise opens the game's replay."})
final class ReplayCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RECORD", description = "A session record (JSON) from the data folder or from --record.")
    Path record;

    @Option(names = "--png", paramLabel = "OUT.png", description = "Write the choreography sheet (1600x1000 PNG) and exit.")
    Path png;

    @Option(names = "--lang", defaultValue = "nl", paramLabel = "nl|en", description = "Language of the sheet (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--force", description = "Replace OUT.png when it exists.")
    boolean force;

    @Option(names = "--no-ghost", description = "Leave the expert path (ghost dancer) off the sheet.")
    boolean noGhost;

    private final ContentPaths content;
    private final PrintWriter out;
    private final Function<Path, Integer> openWindow;

    ReplayCommand(ContentPaths content, PrintWriter out, Function<Path, Integer> openWindow) {
        this.content = content;
        this.out = out;
        this.openWindow = openWindow;
    }

    @Override
    public Integer call() throws Exception {
        Language language = CliWords.language(lang);
        WordBook w = WordBook.load("trainer", language);
        if (!Files.isRegularFile(record)) throw new UserError(w.text("console.error.noFile", record.toString()), 2);
        StoredRecord stored = new RecordReader(content.scenarioSource(w)).read(record);
        String why = Explanation.render(stored.explanation(), nl.coachdans.words.WordBook.load("trainer", language)::text);
        if (stored.status() == RecordStatus.CORRUPT) throw new UserError(record + ": " + why, 2);
        if (stored.status() == RecordStatus.STALE) throw new UserError(record + ": " + why, 1);
        if (stored.status() == RecordStatus.ALTERED) out.println(w.text("console.replay.note", record.toString(), why));
        if (png == null) return openWindow.apply(record);

        ContentCatalog catalog = content.catalog(w);
        Scenario sc = catalog.client(stored.record().scenario()).scenario();
        Transcript t = stored.transcript();
        ScoreProfile profile = stored.profile();
        Choreographer choreographer = new Choreographer();
        Choreography dance = choreographer.choreograph(sc, t, profile);
        Choreography ghost = null;
        if (!noGhost && !t.choices().equals(sc.expert())) {
            Transcript expert = Session.replay(sc, catalog.curriculum(), t.seed(), sc.expert()).transcript();
            ghost = choreographer.choreograph(sc, expert, new Scorer(catalog.curriculum()).score(sc, expert));
        }
        String ending = t.ended() ? t.endingNode() + " (" + t.ending().code() + ")" : null;
        byte[] sheet = new ChoreographySheet(language, BuiltInAssets.root()).render(sc.title().in(language), dance, ghost, profile, ending);
        OutputFiles.write(png, sheet, force, w);
        CliWords words = CliWords.load(language);
        out.println(words.debrief("sheet.wrote", png.toString(), dance.figures().size(), dance.stumbles(), dance.inTune()));
        for (DanceFigure f : dance.figures()) {
            if (f.stumble()) {
                out.println("  " + words.debrief("sheet.stumbleAt", String.valueOf(f.turn()), f.choice(), words.debrief(f.coach().octant().key())));
            }
        }
        out.flush();
        return 0;
    }
}
