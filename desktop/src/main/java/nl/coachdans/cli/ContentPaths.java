package nl.coachdans.cli;

import nl.coachdans.lint.ContentLibrary;
import nl.coachdans.scenario.ContentReader;
import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scenario.Finding;
import nl.coachdans.scenario.Framework;
import nl.coachdans.scenario.ReadResult;
import nl.coachdans.scenario.SourceMap;
import nl.coachdans.scenario.Validator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds content for the command line: a built-in scenario id or a file path, and the frameworks
 * that go with it (built-in ones, plus a {@code frameworks/} folder beside the scenario's folder).
 */
final class ContentPaths {
    final ContentReader reader = new ContentReader();
    private ContentLibrary builtIn;

    ContentLibrary builtIn() {
        if (builtIn == null) builtIn = ContentLibrary.load(ContentLibrary.builtInRoot(), reader, false);
        return builtIn;
    }

    /** A scenario ready to play, with the frameworks it is scored against. */
    record Loaded(nl.coachdans.scenario.Scenario scenario, Curriculum curriculum, Path file) { }

    /**
     * Loads a built-in id or a file and checks it; any error becomes a {@link UserError} that lists
     * the findings (exit 2 when unreadable, 1 when invalid).
     */
    Loaded load(String idOrPath) {
        Path file = scenarioFile(idOrPath);
        if (file == null) {
            throw new UserError("unknown scenario '" + idOrPath + "': not a file, and not one of the built-in scenarios "
                    + String.join(", ", builtInIds()), 2);
        }
        Curriculum curriculum = builtIn().curriculum();
        List<Path> siblings = siblingFrameworks(file);
        if (!siblings.isEmpty() && !file.toAbsolutePath().startsWith(builtIn().root().toAbsolutePath())) {
            Map<String, Framework> all = new LinkedHashMap<>(curriculum(siblings).curriculum().frameworks());
            all.putAll(curriculum.frameworks());
            curriculum = new Curriculum(all);
        }
        ContentLibrary.Entry e = ContentLibrary.loadScenario(file, reader, curriculum, false);
        List<Finding> errors = new ArrayList<>(e.findings().stream().filter(Finding::isError).toList());
        if (e.scenario() != null && errors.isEmpty()) {
            errors.addAll(new Validator(curriculum).validate(file.toString(), e.scenario()).stream().filter(Finding::isError).toList());
            errors = SourceMap.locate(file, reader, errors);
        }
        if (!errors.isEmpty()) {
            StringBuilder sb = new StringBuilder("scenario '" + idOrPath + "' cannot be played:");
            errors.stream().limit(20).forEach(f -> sb.append(System.lineSeparator()).append("  ").append(f));
            if (errors.size() > 20) sb.append(System.lineSeparator()).append("  ... and ").append(errors.size() - 20).append(" more");
            throw new UserError(sb.toString(), e.unreadable() ? 2 : 1);
        }
        return new Loaded(e.scenario(), curriculum, file);
    }

    /** Built-in scenarios that pass validation, for re-scoring records. */
    nl.coachdans.record.ScenarioSource scenarioSource() {
        String origin = nl.coachdans.lint.BuiltInAssets.localOverride();
        return new nl.coachdans.record.ScenarioSource() {
            @Override
            public java.util.Optional<Playable> find(String id) {
                ContentLibrary.Entry e = builtIn().scenario(id);
                if (e == null || e.scenario() == null) return java.util.Optional.empty();
                return java.util.Optional.of(new Playable(e.scenario(), builtIn().curriculum()));
            }

            @Override
            public String contentOrigin(String id) {
                return origin;
            }
        };
    }

    /** The scenario file for an id or path, or null. */
    Path scenarioFile(String idOrPath) {
        Path p = Paths.get(idOrPath);
        if (Files.isRegularFile(p)) return p;
        ContentLibrary.Entry e = builtIn().scenario(idOrPath);
        return e == null ? null : e.file();
    }

    List<String> builtInIds() {
        return builtIn().scenarios().stream().map(ContentLibrary.Entry::id).toList();
    }

    /** Frameworks read from files: the curriculum they make and what was found on the way. */
    record FrameworkSet(Curriculum curriculum, List<Finding> findings, boolean unreadable) { }

    /** Built-in frameworks, overridden by valid ones from the given files. */
    FrameworkSet curriculum(List<Path> extraFrameworkFiles) {
        List<Finding> findings = new ArrayList<>();
        boolean unreadable = false;
        Map<String, Framework> all = new LinkedHashMap<>(builtIn().curriculum().frameworks());
        for (Path f : extraFrameworkFiles) {
            ReadResult<Framework> r = reader.readFramework(f);
            unreadable |= r.unreadable();
            List<Finding> found = new ArrayList<>(r.findings());
            if (r.value() != null) {
                found.addAll(new Validator(Curriculum.of(List.of())).validate(f.toString(), r.value()));
                if (found.stream().noneMatch(Finding::isError)) all.put(r.value().id(), r.value());
            }
            findings.addAll(SourceMap.locate(f, reader, found));
        }
        return new FrameworkSet(new Curriculum(all), findings, unreadable);
    }

    /** Frameworks in a frameworks/ folder next to the scenario's folder, if any. */
    static List<Path> siblingFrameworks(Path scenarioFile) {
        Path dir = scenarioFile.toAbsolutePath().getParent();
        if (dir == null || dir.getParent() == null) return List.of();
        return ContentLibrary.contentFiles(dir.getParent().resolve("frameworks"));
    }

    /** Every content file under a path (a file, or a folder searched recursively). */
    /** Content files under a folder, and the folders or entries that could not be read there. */
    record Found(List<Path> files, List<Finding> unreadable) { }

    /** The same walk as for records: an unreadable subfolder is one finding, and the rest goes on. */
    static Found contentFilesUnder(Path path) throws IOException {
        if (!Files.isDirectory(path)) return new Found(List.of(path), List.of());
        List<Path> files = new ArrayList<>();
        List<Finding> unreadable = new ArrayList<>();
        for (nl.coachdans.record.RecordFiles.Found f : new nl.coachdans.record.RecordFiles().scan(path)) {
            if (f.kind() == nl.coachdans.record.RecordFiles.Kind.UNREADABLE) {
                unreadable.add(Finding.error(f.path().toString(), f.reason()));
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
