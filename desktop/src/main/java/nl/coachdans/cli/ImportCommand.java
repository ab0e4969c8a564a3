package nl.coachdans.cli;

import nl.coachdans.scenario.Language;
import nl.coachdans.twine.ScenarioSkeleton;
import nl.coachdans.twine.Story;
import nl.coachdans.twine.TweeReader;
import nl.coachdans.twine.TwineArchiveReader;
import nl.coachdans.twine.TwineFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
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

    @Option(names = "--lang", defaultValue = "nl", paramLabel = "nl|en", description = "The language the story is written in (default: ${DEFAULT-VALUE}); the other language is left for you to write.")
    String lang;

    @Option(names = "--framework", paramLabel = "ID", description = "A framework the scenario is scored against; repeat for more.")
    List<String> frameworks = new ArrayList<>();

    private final PrintWriter out;

    ImportCommand(PrintWriter out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        Language language = Language.fromCode(lang);
        if (language == null) throw new UserError("unknown language '" + lang + "': use nl or en", 2);
        if (!Files.isRegularFile(story)) throw new UserError(story + ": not a file", 2);
        String text;
        try {
            text = Files.readString(story, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new UserError(story + ": not UTF-8 text; save the story as UTF-8", 2);
        } catch (IOException e) {
            throw new UserError("cannot read " + story + ": " + e.getMessage(), 2);
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
        OutputFiles.write(target, file.toString().getBytes(StandardCharsets.UTF_8), force);
        out.printf("wrote %s: %d nodes, %d options, %d endings%s%n", target, r.nodes(), r.choices(), r.endings(),
                r.expertPath() ? ", an expert path" : "");
        if (!r.notMapped().isEmpty()) {
            out.println("not mapped (" + r.notMapped().size() + "):");
            r.notMapped().forEach(s -> out.println("  " + s));
        }
        out.println("still to do (" + r.toDo().size() + "), also at the top of the file:");
        r.toDo().forEach(s -> out.println("  " + s));
        out.println("next: coachdans validate " + target);
        out.flush();
        return 0;
    }
}
