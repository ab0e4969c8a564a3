package nl.coachdans.lint;

import nl.coachdans.scenario.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * All frameworks and scenarios under one assets folder ({@code frameworks/}, {@code scenarios/}),
 * read and checked once. A scenario that fails to load or validate stays listed with its findings
 * so the game can show it as unavailable with the reason.
 */
public final class ContentLibrary {
    private final Path root;
    private final Curriculum curriculum;
    private final Map<String, Entry> scenarios;
    private final List<Finding> frameworkFindings;

    /** One scenario file: the scenario when usable, and what the loader and linter found. */
    public record Entry(String id, Path file, Scenario scenario, List<Finding> findings, boolean unreadable) {
        public Entry {
            findings = List.copyOf(findings);
        }

        public boolean usable() {
            return scenario != null && findings.stream().noneMatch(Finding::isError);
        }
    }

    private ContentLibrary(Path root, Curriculum curriculum, Map<String, Entry> scenarios, List<Finding> frameworkFindings) {
        this.root = root;
        this.curriculum = curriculum;
        this.scenarios = scenarios;
        this.frameworkFindings = List.copyOf(frameworkFindings);
    }

    /** A library of entries read elsewhere (the content catalog's clients, from several roots). */
    public static ContentLibrary of(Path root, Curriculum curriculum, Map<String, Entry> entries, List<Finding> frameworkFindings) {
        return new ContentLibrary(root, curriculum, new LinkedHashMap<>(entries), frameworkFindings);
    }

    /** Reads every framework and scenario under {@code root}; {@code lint} runs the full linter on each. */
    public static ContentLibrary load(Path root, ContentReader reader, boolean lint) {
        List<Framework> frameworks = new ArrayList<>();
        List<Finding> fwFindings = new ArrayList<>();
        for (Path f : contentFiles(root.resolve("frameworks"))) {
            ReadResult<Framework> r = reader.readFramework(f);
            List<Finding> found = new ArrayList<>(r.findings());
            if (r.value() != null) {
                found.addAll(new Validator(Curriculum.of(List.of())).validate(f.toString(), r.value()));
                if (found.stream().noneMatch(Finding::isError)) frameworks.add(r.value());
            }
            fwFindings.addAll(SourceMap.locate(f, reader, found));
        }
        Curriculum curriculum = Curriculum.of(frameworks);
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Path f : contentFiles(root.resolve("scenarios"))) {
            Entry e = loadScenario(f, reader, curriculum, lint);
            entries.putIfAbsent(e.id(), e);
        }
        return new ContentLibrary(root, curriculum, entries, fwFindings);
    }

    public static Entry loadScenario(Path file, ContentReader reader, Curriculum curriculum, boolean lint) {
        ReadResult<Scenario> r = reader.readScenario(file);
        List<Finding> findings = new ArrayList<>(r.findings());
        Scenario s = r.value();
        String id = s != null && s.id() != null ? s.id() : stripExtension(file.getFileName().toString());
        if (s != null && lint) {
            findings.addAll(new Linter(curriculum, FairnessPolicy.forFile(file)).lint(file.toString(), s).findings());
            findings = SourceMap.locate(file, reader, findings);
        }
        return new Entry(id, file, s, findings, r.unreadable());
    }

    static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Content files directly in a folder, sorted by name; a missing folder gives none. */
    public static List<Path> contentFiles(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(ContentReader::isContentFile).sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    public Path root() {
        return root;
    }

    public Curriculum curriculum() {
        return curriculum;
    }

    public List<Entry> scenarios() {
        return List.copyOf(scenarios.values());
    }

    public Entry scenario(String id) {
        return scenarios.get(id);
    }

    public List<Finding> frameworkFindings() {
        return frameworkFindings;
    }
}
