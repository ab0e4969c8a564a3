package nl.coachdans.cli;

import nl.coachdans.dance.MoveWords;
import nl.coachdans.engine.Rubric;
import nl.coachdans.engine.Session;
import nl.coachdans.sessions.Mode;
import nl.coachdans.sessions.RecordReader;
import nl.coachdans.sessions.SessionRecord;
import nl.coachdans.engine.Transcript;
import nl.coachdans.engine.Turn;
import nl.coachdans.engine.UnknownChoiceException;
import nl.coachdans.scenario.Choice;
import nl.coachdans.scenario.Language;
import nl.coachdans.scenario.Need;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scoring.FrameworkResult;
import nl.coachdans.scoring.ProfileDocument;
import nl.coachdans.scoring.RiskEvent;
import nl.coachdans.scoring.ScoreProfile;
import nl.coachdans.scoring.Scorer;
import nl.coachdans.scoring.StepResult;
import nl.coachdans.words.WordBook;
import picocli.CommandLine.ArgGroup;
import nl.coachdans.words.WordBook;
import picocli.CommandLine.Command;
import nl.coachdans.words.WordBook;
import picocli.CommandLine.Option;
import nl.coachdans.words.WordBook;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "play", description = {
        "Plays a scenario without a window and prints the transcript and the profile.",
        "A partial path is fine: the profile so far is printed, with no ending."})
final class PlayCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "A built-in scenario id or a scenario file.")
    String scenario;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Path path;

    static final class Path {
        @Option(names = "--choices", split = ",", paramLabel = "ID", description = "Choice ids in order, separated by commas.")
        List<String> choices;

        @Option(names = "--expert", description = "Play the scenario's documented expert path.")
        boolean expert;
    }

    @Option(names = "--lang", defaultValue = "nl", paramLabel = "nl|en", description = "Language of the transcript (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--json", description = "Print one JSON document instead of text.")
    boolean json;

    @Option(names = "--seed", defaultValue = "0", description = "Seed for the client's alternative lines (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--record", paramLabel = "FILE", description = "Also write the session record (the same JSON the game keeps) to FILE.")
    java.nio.file.Path record;

    @Option(names = "--mode", defaultValue = "practice", paramLabel = "practice|exam", description = "Mode written into the record (default: ${DEFAULT-VALUE}).")
    String mode;

    @Option(names = "--from", paramLabel = "NODE", description = "Start at this node instead of the start (for authors: play from here; not recorded).")
    String from;

    @Option(names = "--state", split = ",", paramLabel = "NAME=N", description = "With --from: the client's state there, e.g. rapport=3,emotion=8 (others keep their start values).")
    Map<String, Integer> state = new java.util.LinkedHashMap<>();

    @Option(names = "--content", paramLabel = "DIR", description = "Also know the clients and frameworks of this folder; repeat for more.")
    List<java.nio.file.Path> contentRoots = new java.util.ArrayList<>();

    @Option(names = "--force", description = "Replace the --record FILE when it exists.")
    boolean force;

    private final ContentPaths content;
    private final PrintWriter out;

    PlayCommand(ContentPaths content, PrintWriter out) {
        this.content = content;
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        Language language = CliWords.language(lang);
        WordBook w = WordBook.load("trainer", language);
        if (!"practice".equalsIgnoreCase(mode) && !"exam".equalsIgnoreCase(mode)) {
            throw new UserError(w.text("console.error.unknownMode", TerminalText.name(mode)), 2);
        }
        if (path == null && from == null) throw new UserError(w.text("console.error.pathNeeded"), 2);
        if (!state.isEmpty() && from == null) throw new UserError(w.text("console.error.stateWithoutFrom"), 2);
        if (from != null && record != null) throw new UserError(w.text("console.error.fromNotRecorded"), 2);
        ContentPaths.Loaded loaded = content.load(scenario, contentRoots, w);
        Scenario sc = loaded.scenario();
        List<String> choices = path == null ? List.of() : path.expert ? sc.expert() : path.choices;
        Session session;
        try {
            session = from == null ? Session.start(sc, loaded.curriculum(), seed)
                    : Session.startAt(new Rubric(sc, loaded.curriculum()), seed, from, state);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), 2);
        }
        for (String c : choices) {
            try {
                session.choose(c.trim());
            } catch (UnknownChoiceException e) {
                throw new UserError(e.getMessage(), 1);
            }
        }
        Transcript t = session.transcript();
        ScoreProfile p = new Scorer(loaded.curriculum()).score(sc, t);
        afterPlay(loaded, t, p, w);
        if (json) {
            out.println(ProfileDocument.MAPPER.writeValueAsString(ProfileDocument.of(t, p)));
        } else {
            printText(sc, session, t, p, language);
        }
        out.flush();
        return 0;
    }

    /** Writes the session record when --record is given; times are those of this run. */
    private void afterPlay(ContentPaths.Loaded loaded, Transcript t, ScoreProfile p, WordBook w) throws java.io.IOException {
        if (record == null) return;
        Mode m = "exam".equalsIgnoreCase(mode) ? Mode.EXAM : Mode.PRACTICE;
        java.time.Instant now = java.time.Instant.now();
        SessionRecord rec = SessionRecord.start(loaded.scenario(), loaded.curriculum(), lang, m, seed, null, now);
        for (String c : t.choices()) rec = rec.with(c, null, now);
        rec = rec.summarised(t, p);
        OutputFiles.write(record, RecordReader.json().writeValueAsBytes(rec), force, w);
    }

    private void printText(Scenario sc, Session session, Transcript t, ScoreProfile p, Language l) {
        CliWords words = CliWords.load(l);
        MoveWords moves = new MoveWords(words::debrief);
        out.println(sc.title().in(l) + " (" + sc.id() + " v" + sc.version() + ")");
        out.println();
        for (Turn turn : t.turns()) {
            out.println("[" + turn.number() + "] " + sc.client().name() + ": " + turn.shown().in(l));
            Choice c = sc.findChoice(turn.choice()).map(Map.Entry::getValue).orElseThrow();
            out.println("    " + words.debrief("transcript.coach", c.id(), c.text().in(l)));
            if (c.feedback() != null) out.println("    " + words.debrief("transcript.feedback", c.feedback().in(l)));
            // What a trainer proofreads: did the move fit what the client needed at that moment?
            Need need = sc.node(turn.node()).needs();
            if (need != null && !need.isEmpty()) {
                out.println("    " + words.debrief(need.fits(c.move()) ? "transcript.inTune" : "transcript.outOfTune", moves.move(c.move()), moves.need(need)));
            }
            if (!turn.tags().isEmpty()) out.println("    " + words.debrief("transcript.tags", String.join(", ", turn.tags())));
            out.println("    " + words.debrief("transcript.state", String.valueOf(turn.after().values())));
        }
        out.println();
        if (t.ended()) {
            out.println(words.debrief("transcript.ending", t.endingNode(), t.ending().code()));
            out.println("  " + t.endingText().in(l));
            if (t.endingLesson() != null) out.println("  " + words.debrief("transcript.lesson", t.endingLesson().in(l)));
        } else {
            out.println(words.debrief("transcript.unfinished", session.current().id(),
                    String.join(", ", session.choices().stream().map(o -> o.id()).toList())));
        }
        out.println();
        for (FrameworkResult fr : p.frameworks()) {
            out.println(words.debrief("transcript.framework", fr.framework(), words.band(fr.stepsBand()), words.band(fr.risksBand())));
            for (StepResult s : fr.steps()) {
                String turn = String.valueOf(s.turn());
                out.println("  " + (!s.reached() ? words.debrief("transcript.stepMissed", s.id())
                        : words.debrief(s.inOrder() ? "transcript.step" : "transcript.stepOutOfOrder", s.id(), turn)));
            }
        }
        for (RiskEvent r : p.risks()) {
            String risk = r.framework() + "/" + r.id();
            out.println(r.byOrder()
                    ? words.debrief("transcript.riskSkipped", risk, words.severity(r.severity()), String.valueOf(r.turn()), String.join(", ", r.skipped()))
                    : words.debrief("transcript.risk", risk, words.severity(r.severity()), String.valueOf(r.turn())));
        }
        out.println(words.debrief("transcript.bands",
                Arrays.toString(p.bands().entrySet().stream().map(e -> e.getKey().key() + "=" + words.band(e.getValue())).toArray())));
    }
}
