package nl.coachdans.cli;

import nl.coachdans.scenario.Language;
import nl.coachdans.twine.ScenarioSkeleton;
import nl.coachdans.twine.Story;
import nl.coachdans.twine.TweeReader;
import nl.coachdans.twine.TwineArchiveReader;
import nl.coachdans.twine.TwineFormatException;
import nl.coachdans.words.WordBook;
import picocli.CommandLine.Command;
import nl.coachdans.words.WordBook;
import picocli.CommandLine.Option;
import nl.coachdans.words.WordBook;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "import", description = {
        "Turns a Twine story (Twee 3 .twee/.tw, or a Twine 2 archive .html) into a scenario skeleton.",
        "Passages become nodes, links the coach's options; passage tags map by the convention in docs/authoring.md.",
        "What cannot be mapped, and what you must still write, is listed."})
final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "STORY", description = "The Twine story: .twee, .tw or .html.")
    Path story;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the scenario (default: the story's id with .yaml, in this folder).")
    Path outFile;

    @Option(names = "--force", description = "Replace FILE when it exists.")
    boolean force;

    @Option(names = "--lang", defaultValue = "nl", paramLabel = "nl|en", description = "The language the story is written in and of what it prints (default: ${DEFAULT-VALUE}); the other language is left for you to write.")
    String lang;

    @Option(names = "--framework", paramLabel = "ID", description = "A framework the scenario is scored against; repeat for more.")
    List<String> frameworks = new ArrayList<>();

    private final PrintWriter out;

    ImportCommand(PrintWriter out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        Language language = CliWords.language(lang);
        WordBook w = WordBook.load("trainer", language);
        if (!Files.isRegularFile(story)) throw new UserError(w.text("console.error.noFile", story.toString()), 2);
        String text;
        try {
            text = Files.readString(story, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new UserError(w.text("console.error.notUtf8", story.toString()), 2);
        } catch (IOException e) {
            throw new UserError(w.text("console.error.cannotRead", story.toString(), e.getMessage()), 2);
        }
        String name = story.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        Story parsed;
        try {
            parsed = lower.endsWith(".html") || lower.endsWith(".htm")
                    ? new TwineArchiveReader().read(story.toString(), text)
                    : new TweeReader().read(story.toString(), text);
        } catch (TwineFormatException e) {
            throw new UserError(e.getMessage(), 1);
        }
        String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        ScenarioSkeleton.Result r;
        try {
            r = new ScenarioSkeleton(language).build(parsed, base, frameworks);
        } catch (IllegalArgumentException e) {
            throw new UserError(story + ": " + e.getMessage(), 1);
        }
        Path target = outFile != null ? outFile : Path.of(r.id() + ".yaml");
        StringBuilder file = new StringBuilder();
        file.append("# Imported from ").append(name).append(" by 'coachdans import'. Still to do:\n");
        for (String t : r.toDo()) file.append("#  - ").append(t).append('\n');
        file.append("# Then check it with: coachdans validate ").append(target.getFileName()).append('\n');
        file.append(r.yaml());
        OutputFiles.write(target, file.toString().getBytes(StandardCharsets.UTF_8), force, w);
        out.println(w.text(r.expertPath() ? "console.import.wroteExpert" : "console.import.wrote", target.toString(), r.nodes(), r.choices(), r.endings()));
        if (!r.notMapped().isEmpty()) {
            out.println(w.text("console.import.notMapped", r.notMapped().size()));
            r.notMapped().forEach(s -> out.println("  " + s));
        }
        out.println(w.text("console.import.toDo", r.toDo().size()));
        r.toDo().forEach(s -> out.println("  " + s));
        out.println(w.text("console.import.next", target.toString()));
        out.flush();
        return 0;
    }
}
