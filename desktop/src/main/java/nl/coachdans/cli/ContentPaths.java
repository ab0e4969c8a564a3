package nl.coachdans.cli;

import nl.coachdans.catalog.ContentCatalog;
import nl.coachdans.catalog.ContentRoot;
import nl.coachdans.catalog.Origin;
import nl.coachdans.lint.ContentLibrary;
import nl.coachdans.files.DataHome;
import nl.coachdans.scenario.ContentReader;
import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scenario.Finding;
import nl.coachdans.scenario.FindingCode;
import nl.coachdans.scenario.SourceMap;
import nl.coachdans.scenario.Validator;
import nl.coachdans.words.WordBook;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds content for the command line through the one content catalog: the built-in clients and
 * frameworks, the trainer's own folder, and folders named with {@code --content}; and a scenario
 * given as a file, with a {@code frameworks/} folder beside its folder.
 */
final class ContentPaths {
    final ContentReader reader = new ContentReader();
    private final Path home;
    private final PrintWriter err;
    private final Map<List<Path>, ContentCatalog> catalogs = new java.util.LinkedHashMap<>();
    /** The words of the command that asked last, for the note on standard error; Dutch until one asks. */
    private WordBook words;

    /** {@code err} is told, once per catalog, which content roots a command used. */
    ContentPaths(PrintWriter err) {
        this(DataHome.resolve(), err);
    }

    ContentPaths(Path home, PrintWriter err) {
        this.home = home;
        this.err = err;
    }

    /** The catalog of the built-in content and the trainer's own folder; {@code w} are the command's words. */
    ContentCatalog catalog(WordBook w) {
        return catalog(List.of(), w);
    }

    /** The catalog with these folders added (each a content folder: frameworks/, and the scenarios in it or in scenarios/). */
    ContentCatalog catalog(List<Path> added, WordBook w) {
        words = w;
        for (Path p : added) {
            if (!Files.isDirectory(p)) throw new UserError(w.text("console.error.contentNotFolder", p.toString()), 2);
        }
        return catalogs.computeIfAbsent(List.copyOf(added), a -> ContentCatalog.load(ContentCatalog.standardRoots(home, a), reader, false));
    }

    /**
     * The catalog for checking a folder of the program's own assets (with i18n/ beside scenarios/ and
     * frameworks/): that folder stands in for the built-in content, so its files are not clashes with
     * the copy packed in the program.
     */
    ContentCatalog catalogWithBuiltIn(Path assets, WordBook w) {
        words = w;
        List<ContentRoot> roots = new ArrayList<>();
        roots.add(new ContentRoot(assets, Origin.BUILT_IN));
        ContentCatalog.standardRoots(home, List.of()).stream().filter(r -> r.origin() != Origin.BUILT_IN).forEach(roots::add);
        ContentCatalog c = ContentCatalog.load(roots, reader, false);
        catalogs.put(List.of(assets), c);
        return c;
    }

    /** Whether a folder is a copy of the program's assets rather than a trainer's content folder. */
    static boolean isAssetsFolder(Path dir) {
        return Files.isDirectory(dir.resolve("i18n")) && Files.isDirectory(dir.resolve("scenarios")) && Files.isDirectory(dir.resolve("frameworks"));
    }

    /**
     * Tells on standard error which content a finished command used, so that a judgement can be
     * traced to its source (a failed command says it in its message instead).
     */
    void sayUsed() {
        if (catalogs.isEmpty()) return;
        WordBook w = words != null ? words : WordBook.load("trainer", nl.coachdans.scenario.Language.NL);
        for (ContentCatalog c : catalogs.values()) err.println(w.text("console.contentUsed", c.describeRoots()));
        err.flush();
    }

    /** A scenario ready to play, with the frameworks it is scored against. */
    record Loaded(nl.coachdans.scenario.Scenario scenario, Curriculum curriculum, Path file) { }

    Loaded load(String idOrPath, WordBook w) {
        return load(idOrPath, List.of(), w);
    }

    /**
     * Loads a client of the catalog by id, or a scenario file, and checks it; any error becomes a
     * {@link UserError} that lists the findings (exit 2 when unreadable, 1 when invalid).
     */
    Loaded load(String idOrPath, List<Path> added, WordBook w) {
        ContentCatalog catalog = catalog(added, w);
        Path file = Paths.get(idOrPath);
        if (!Files.isRegularFile(file)) {
            ContentCatalog.Client c = catalog.client(idOrPath);
            if (c == null) {
                throw new UserError(w.text("console.error.unknownClient", TerminalText.name(idOrPath),
                        String.join(", ", catalog.playableIds()), catalog.describeRoots()), 2);
            }
            refuse(idOrPath, c.findings().stream().filter(Finding::isError).toList(), c.entry().unreadable(), w);
            return new Loaded(c.scenario(), catalog.curriculum(), c.file());
        }
        List<Finding> errors = new ArrayList<>();
        Curriculum curriculum = catalog.with(siblingFrameworks(file), reader, errors).curriculum();
        errors.removeIf(f -> !f.isError());
        ContentLibrary.Entry e = ContentLibrary.loadScenario(file, reader, curriculum, false);
        errors.addAll(e.findings().stream().filter(Finding::isError).toList());
        if (e.scenario() != null && errors.isEmpty()) {
            List<Finding> more = new ArrayList<>(new Validator(curriculum).validate(file.toString(), e.scenario()));
            catalog.clientClash(file, e.scenario()).ifPresent(more::add);
            errors.addAll(SourceMap.locate(file, reader, more).stream().filter(Finding::isError).toList());
        }
        refuse(idOrPath, errors, e.unreadable(), w);
        return new Loaded(e.scenario(), curriculum, file);
    }

    private static void refuse(String idOrPath, List<Finding> errors, boolean unreadable, WordBook w) {
        if (errors.isEmpty()) return;
        StringBuilder sb = new StringBuilder(w.text("console.error.cannotPlay", idOrPath));
        errors.stream().limit(20).forEach(f -> sb.append(System.lineSeparator()).append("  ").append(f));
        if (errors.size() > 20) sb.append(System.lineSeparator()).append("  ").append(w.text("console.error.more", errors.size() - 20));
        throw new UserError(sb.toString(), unreadable ? 2 : 1);
    }

    /** The catalog's playable clients, for re-scoring records. */
    nl.coachdans.catalog.ScenarioSource scenarioSource(WordBook w) {
        return catalog(w).source();
    }

    /** Frameworks in a frameworks/ folder next to the scenario's folder, if any. */
    static List<Path> siblingFrameworks(Path scenarioFile) {
        Path dir = scenarioFile.toAbsolutePath().getParent();
        if (dir == null) return List.of();
        List<Path> out = new ArrayList<>(ContentLibrary.contentFiles(dir.resolve("frameworks")));
        if (dir.getParent() != null) out.addAll(ContentLibrary.contentFiles(dir.getParent().resolve("frameworks")));
        return out;
    }

    /** Content files under a folder, and the folders or entries that could not be read there. */
    record Found(List<Path> files, List<Finding> unreadable) { }

    /** The same walk as for records: an unreadable subfolder is one finding, and the rest goes on. */
    static Found contentFilesUnder(Path path) throws IOException {
        if (!Files.isDirectory(path)) return new Found(List.of(path), List.of());
        List<Path> files = new ArrayList<>();
        List<Finding> unreadable = new ArrayList<>();
        for (nl.coachdans.files.RecordFiles.Found f : new nl.coachdans.files.RecordFiles().scan(path)) {
            if (f.kind() == nl.coachdans.files.RecordFiles.Kind.UNREADABLE) {
                unreadable.add(Finding.error(f.path().toString(), FindingCode.FOLDER_UNREADABLE, f.reason()));
            } else if (ContentReader.isContentFile(f.path()) && Files.isRegularFile(f.path())) {
                files.add(f.path());
            }
        }
        return new Found(files.stream().sorted().toList(), unreadable);
    }

    /** Framework files live in a folder called frameworks; everything else is a scenario. */
    static boolean isFrameworkFile(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent != null && parent.getFileName() != null && parent.getFileName().toString().equals("frameworks");
    }
}
