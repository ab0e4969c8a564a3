package nl.coachdans.cli;

import nl.coachdans.catalog.ContentCatalog;
import nl.coachdans.lint.ContentLibrary;
import nl.coachdans.scenario.SourceMap;
import nl.coachdans.scenario.Curriculum;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.coachdans.scenario.Finding;
import nl.coachdans.scenario.FindingCode;
import nl.coachdans.scenario.FindingText;
import nl.coachdans.scenario.Problem;
import nl.coachdans.scoring.ProfileDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "validate", description = {
        "Checks frameworks and scenarios: structure, translations, references, paths, risks and the expert path.",
        "Prints one line per finding: file:line:col: error|warning CODE name: what (node or choice);",
        "docs/findings.md explains every code.",
        "Exit 0 when clean, 1 on findings, 2 on unreadable input."})
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (searched recursively). Files in a folder named 'frameworks' are frameworks.")
    List<Path> paths;

    @Option(names = "--lang", defaultValue = "nl", paramLabel = "nl|en", description = "Language of the messages (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--json", description = "Print one JSON document: every finding with its code, arguments and message.")
    boolean json;

    private final ContentPaths content;
    private final PrintWriter out;

    ValidateCommand(ContentPaths content, PrintWriter out) {
        this.content = content;
        this.out = out;
    }

    @Override
    public Integer call() throws IOException {
        nl.coachdans.scenario.Language language = CliWords.language(lang);
        FindingText text = FindingText.of(language);
        nl.coachdans.words.WordBook w = nl.coachdans.words.WordBook.load("trainer", language);
        List<Finding> findings = new ArrayList<>();
        List<Path> frameworks = new ArrayList<>();
        List<Path> scenarios = new ArrayList<>();
        boolean unreadable = false;
        for (Path p : paths) {
            if (!Files.exists(p)) {
                findings.add(Finding.error(p.toString(), FindingCode.NO_SUCH_PATH));
                unreadable = true;
                continue;
            }
            ContentPaths.Found found = ContentPaths.contentFilesUnder(p);
            findings.addAll(found.unreadable());
            unreadable |= !found.unreadable().isEmpty();
            for (Path f : found.files()) {
                (ContentPaths.isFrameworkFile(f) ? frameworks : scenarios).add(f);
            }
        }
        // An assets folder being checked is the built-in content itself; anything else is added to it.
        ContentCatalog catalog = paths.stream().filter(ContentPaths::isAssetsFolder).findFirst()
                .map(a -> content.catalogWithBuiltIn(a, w)).orElseGet(() -> content.catalog(w));
        ContentCatalog.Frameworks given = catalog.with(frameworks, content.reader, findings);
        unreadable |= given.unreadable();
        int files = frameworks.size();
        for (Path f : scenarios) {
            String other = otherKind(f);
            if (other != null) {
                // Field errors against the scenario format would only confuse: say what the file is.
                findings.add(Finding.error(f.toString(), FindingCode.OTHER_KIND_OF_FILE, new Problem.Word("looks." + other)));
                files++;
                continue;
            }
            List<Path> siblings = ContentPaths.siblingFrameworks(f).stream().filter(s -> !frameworks.contains(s)).toList();
            Curriculum curriculum = siblings.isEmpty() ? given.curriculum()
                    : catalog.with(siblings, content.reader, new ArrayList<>()).curriculum();
            if (!siblings.isEmpty()) {
                var all = new java.util.LinkedHashMap<>(curriculum.frameworks());
                all.putAll(given.curriculum().frameworks());
                curriculum = new Curriculum(all);
            }
            ContentLibrary.Entry e = ContentLibrary.loadScenario(f, content.reader, curriculum, true);
            findings.addAll(e.findings());
            catalog.clientClash(f, e.scenario()).ifPresent(c -> findings.addAll(SourceMap.locate(f, content.reader, List.of(c))));
            unreadable |= e.unreadable();
            files++;
        }
        findings.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line).thenComparingInt(Finding::column));
        long errors = findings.stream().filter(Finding::isError).count();
        if (json) {
            ObjectNode doc = ProfileDocument.MAPPER.createObjectNode();
            doc.put("files", files).put("errors", errors).put("warnings", findings.size() - errors);
            doc.set("findings", FindingJson.of(findings, text));
            out.println(ProfileDocument.MAPPER.writeValueAsString(doc));
        } else {
            findings.forEach(f -> out.println(text.line(f)));
            out.println(text.format("validate.summary", files, errors, findings.size() - errors));
        }
        out.flush();
        if (unreadable) return 2;
        return findings.isEmpty() ? 0 : 1;
    }

    /**
     * For a JSON or YAML file of another kind (a saved {@code play --json}, a session record, a result
     * file, an assignment): what it seems to be, as a {@code looks.*} word of the findings bundle;
     * null for anything that may be a scenario, which the normal checks then judge.
     */
    private String otherKind(Path f) {
        var r = content.reader.read(f, com.fasterxml.jackson.databind.JsonNode.class);
        var doc = r.value();
        if (doc == null || !doc.isObject()) return null;
        if (doc.has("nodes")) return null;
        if (doc.has("turns") && doc.has("bands")) return "play-output";
        if (doc.has("records") || doc.has("attempts")) return "result";
        if (doc.has("choices") && doc.has("scenario")) return "record";
        if (doc.has("scenarios") && doc.has("mode")) return "assignment";
        for (String key : List.of("start", "expert", "client", "steps", "briefing")) if (doc.has(key)) return null;
        return "nothing";
    }
}
