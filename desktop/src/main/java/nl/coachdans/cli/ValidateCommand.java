package nl.coachdans.cli;

import nl.coachdans.catalog.ContentCatalog;
import nl.coachdans.lint.ContentLibrary;
import nl.coachdans.scenario.SourceMap;
import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scenario.Finding;
import picocli.CommandLine.Command;
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
        "Prints one line per finding: file:line:col: error|warning: what (node or choice).",
        "Exit 0 when clean, 1 on findings, 2 on unreadable input."})
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (searched recursively). Files in a folder named 'frameworks' are frameworks.")
    List<Path> paths;

    private final ContentPaths content;
    private final PrintWriter out;

    ValidateCommand(ContentPaths content, PrintWriter out) {
        this.content = content;
        this.out = out;
    }

    @Override
    public Integer call() throws IOException {
        List<Finding> findings = new ArrayList<>();
        List<Path> frameworks = new ArrayList<>();
        List<Path> scenarios = new ArrayList<>();
        boolean unreadable = false;
        for (Path p : paths) {
            if (!Files.exists(p)) {
                findings.add(Finding.error(p.toString(), "no such file or folder"));
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
                .map(content::catalogWithBuiltIn).orElseGet(content::catalog);
        ContentCatalog.Frameworks given = catalog.with(frameworks, content.reader, findings);
        unreadable |= given.unreadable();
        int files = frameworks.size();
        for (Path f : scenarios) {
            String other = otherKind(f);
            if (other != null) {
                // Field errors against the scenario format would only confuse: say what the file is.
                findings.add(Finding.error(f.toString(), "not a scenario or framework" + other + "; validate checks only clients and frameworks"));
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
        findings.forEach(out::println);
        long errors = findings.stream().filter(Finding::isError).count();
        out.printf("%d file(s) checked: %d error(s), %d warning(s)%n", files, errors, findings.size() - errors);
        out.flush();
        if (unreadable) return 2;
        return findings.isEmpty() ? 0 : 1;
    }

    /**
     * For a JSON or YAML file of another kind (a saved {@code play --json}, a session record, a result
     * file, an assignment): what it seems to be, as ": it looks like ..."; null for anything that may
     * be a scenario, which the normal checks then judge.
     */
    private String otherKind(Path f) {
        var r = content.reader.read(f, com.fasterxml.jackson.databind.JsonNode.class);
        var doc = r.value();
        if (doc == null || !doc.isObject()) return null;
        if (doc.has("nodes")) return null;
        if (doc.has("turns") && doc.has("bands")) return ": it looks like the output of 'coachdans play --json'";
        if (doc.has("records") || doc.has("attempts")) return ": it looks like a result file";
        if (doc.has("choices") && doc.has("scenario")) return ": it looks like a session record";
        if (doc.has("scenarios") && doc.has("mode")) return ": it looks like an assignment";
        for (String key : List.of("start", "expert", "client", "steps", "briefing")) if (doc.has(key)) return null;
        return ": it has none of a scenario's fields (id, start, nodes, expert)";
    }
}
