package nl.coachdans.catalog;

import nl.coachdans.lint.BuiltInAssets;
import nl.coachdans.lint.ContentLibrary;
import nl.coachdans.scenario.ContentReader;
import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scenario.Finding;
import nl.coachdans.scenario.FindingCode;
import nl.coachdans.scenario.Framework;
import nl.coachdans.scenario.Problem;
import nl.coachdans.scenario.ReadResult;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scenario.SourceMap;
import nl.coachdans.scenario.Validator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one answer to "which clients and frameworks exist, where do they come from, and which can be
 * played": the built-in content, plus the trainer's own folder, plus any folders named on the
 * command line, each <em>added</em> to the built-in ones. A framework or client whose id is already
 * taken by an earlier root (the built-in content first) is not loaded; it stays listed, with a
 * finding that says so, instead of silently replacing the other one.
 */
public final class ContentCatalog {
    /** A client (scenario file) with the root it came from; usable when it loads without errors. */
    public record Client(ContentLibrary.Entry entry, ContentRoot root) {
        public String id() {
            return entry.id();
        }

        public Scenario scenario() {
            return entry.scenario();
        }

        public Path file() {
            return entry.file();
        }

        public List<Finding> findings() {
            return entry.findings();
        }

        public boolean usable() {
            return entry.usable();
        }

        public Origin origin() {
            return root.origin();
        }
    }

    private final List<ContentRoot> roots;
    private final Curriculum curriculum;
    private final List<Client> clients;
    private final List<Finding> frameworkFindings;
    private final Map<String, ContentRoot> frameworkRoots;

    private ContentCatalog(List<ContentRoot> roots, Curriculum curriculum, List<Client> clients,
                           List<Finding> frameworkFindings, Map<String, ContentRoot> frameworkRoots) {
        this.roots = List.copyOf(roots);
        this.curriculum = curriculum;
        this.clients = List.copyOf(clients);
        this.frameworkFindings = List.copyOf(frameworkFindings);
        this.frameworkRoots = Map.copyOf(frameworkRoots);
    }

    /**
     * The roots a program uses: the built-in content, the trainer's own {@code clients/} folder in the
     * data folder when it exists, and the added folders, in that order.
     */
    public static List<ContentRoot> standardRoots(Path home, List<Path> added) {
        List<ContentRoot> roots = new ArrayList<>();
        roots.add(new ContentRoot(BuiltInAssets.root(), Origin.BUILT_IN));
        if (home != null) {
            Path own = ownFolder(home);
            if (Files.isDirectory(own)) roots.add(new ContentRoot(own, Origin.OWN));
        }
        for (Path p : added) roots.add(new ContentRoot(p, Origin.ADDED));
        return roots;
    }

    /** Where a trainer's own clients live: {@code clients/} in the data folder, with {@code frameworks/} inside. */
    public static Path ownFolder(Path home) {
        return home.resolve("clients");
    }

    /**
     * Reads every root. Each client is validated (structure, references, translations), or with
     * {@code lint} fully linted (paths, the expert path, fairness), which takes longer.
     */
    public static ContentCatalog load(List<ContentRoot> roots, ContentReader reader, boolean lint) {
        Map<String, Framework> frameworks = new LinkedHashMap<>();
        Map<String, Path> frameworkFile = new LinkedHashMap<>();
        Map<String, ContentRoot> frameworkRoot = new LinkedHashMap<>();
        List<Finding> fwFindings = new ArrayList<>();
        for (ContentRoot root : roots) {
            for (Path f : ContentLibrary.contentFiles(root.frameworkFolder())) {
                Checked c = check(f, reader);
                List<Finding> found = c.found();
                Framework fw = c.framework();
                if (fw != null) {
                    if (fw.id() != null && frameworks.containsKey(fw.id())) {
                        found.add(clash(f, "framework", fw.id(), frameworkRoot.get(fw.id()), frameworkFile.get(fw.id())));
                    } else if (found.stream().noneMatch(Finding::isError)) {
                        frameworks.put(fw.id(), fw);
                        frameworkFile.put(fw.id(), f);
                        frameworkRoot.put(fw.id(), root);
                    }
                }
                fwFindings.addAll(SourceMap.locate(f, reader, found));
            }
        }
        Curriculum curriculum = new Curriculum(frameworks);
        List<Client> clients = new ArrayList<>();
        Map<String, Client> byId = new LinkedHashMap<>();
        for (ContentRoot root : roots) {
            for (Path f : ContentLibrary.contentFiles(root.scenarioFolder())) {
                ContentLibrary.Entry e = ContentLibrary.loadScenario(f, reader, curriculum, lint);
                List<Finding> extra = new ArrayList<>();
                Client earlier = byId.get(e.id());
                if (earlier != null) {
                    extra.add(clash(f, "client", e.id(), earlier.root(), earlier.file()));
                } else if (e.scenario() != null && !lint && e.findings().stream().noneMatch(Finding::isError)) {
                    extra.addAll(new Validator(curriculum).validate(f.toString(), e.scenario()));
                }
                if (!extra.isEmpty()) {
                    List<Finding> all = new ArrayList<>(e.findings());
                    all.addAll(SourceMap.locate(f, reader, extra));
                    e = new ContentLibrary.Entry(e.id(), e.file(), e.scenario(), all, e.unreadable());
                }
                Client c = new Client(e, root);
                clients.add(c);
                byId.putIfAbsent(c.id(), c);
            }
        }
        return new ContentCatalog(roots, curriculum, clients, fwFindings, frameworkRoot);
    }

    /** A framework file read and checked on its own; {@code found} may still get a clash added. */
    private record Checked(Framework framework, List<Finding> found, boolean unreadable) { }

    private static Checked check(Path file, ContentReader reader) {
        ReadResult<Framework> r = reader.readFramework(file);
        List<Finding> found = new ArrayList<>(r.findings());
        if (r.value() != null) found.addAll(new Validator(Curriculum.of(List.of())).validate(file.toString(), r.value()));
        return new Checked(r.value(), found, r.unreadable());
    }

    private static Finding clash(Path file, String kind, String id, ContentRoot owner, Path ownerFile) {
        Problem.Word word = new Problem.Word("kind." + kind);
        Problem problem = owner.origin() == Origin.BUILT_IN ? Problem.of(FindingCode.ID_USED_BUILT_IN, word, id)
                : Problem.of(FindingCode.ID_USED_ELSEWHERE, word, id, String.valueOf(ownerFile != null ? ownerFile : owner.path()));
        return new Finding(file.toString(), 0, 0, Finding.Level.ERROR, problem, null, "/id");
    }

    /** The roots in words, for the line a command prints about the content it used. */
    public String describeRoots() {
        return roots.stream().map(ContentRoot::describe).collect(Collectors.joining("; "));
    }

    /** Every framework that was loaded, from every root. */
    public Curriculum curriculum() {
        return curriculum;
    }

    /** Every client file of every root, in root order; clashing and broken ones included. */
    public List<Client> clients() {
        return clients;
    }

    /** The client with this id that counts (the first loaded one), or null. */
    public Client client(String id) {
        for (Client c : clients) if (c.id().equals(id) && c.usable()) return c;
        for (Client c : clients) if (c.id().equals(id)) return c;
        return null;
    }

    /** The ids of the clients that can be played. */
    public List<String> playableIds() {
        return clients.stream().filter(Client::usable).map(Client::id).distinct().toList();
    }

    public List<Finding> frameworkFindings() {
        return frameworkFindings;
    }

    /**
     * The clients as one library keyed by id, the first of each id; a client that clashes
     * with an earlier one stays listed (unavailable, with its finding) under its id and file name.
     */
    public ContentLibrary asLibrary() {
        Map<String, ContentLibrary.Entry> entries = new LinkedHashMap<>();
        for (Client c : clients) {
            String key = entries.containsKey(c.id()) ? c.id() + " (" + c.file().getFileName() + ")" : c.id();
            entries.putIfAbsent(key, c.entry());
        }
        return ContentLibrary.of(roots.get(0).path(), curriculum, entries, frameworkFindings);
    }

    /** Where the client in this file comes from; built-in for a file the catalog did not read. */
    public Origin originOf(Path file) {
        for (Client c : clients) if (c.file().equals(file)) return c.origin();
        return Origin.BUILT_IN;
    }

    /** The scenarios that can be played, each once. */
    public List<Scenario> playable() {
        return playableIds().stream().map(id -> client(id).scenario()).toList();
    }

    /**
     * The catalog's frameworks plus those of the given files (a scenario's own frameworks, or the
     * files being validated). A file that brings a framework the catalog has already, with the same
     * content, is that framework; one with the same id but other content is a clash: it is not used,
     * and a finding says why.
     */
    public Frameworks with(List<Path> frameworkFiles, ContentReader reader, List<Finding> findings) {
        Map<String, Framework> all = new LinkedHashMap<>(curriculum.frameworks());
        boolean unreadable = false;
        for (Path f : frameworkFiles) {
            Checked c = check(f, reader);
            unreadable |= c.unreadable();
            List<Finding> found = c.found();
            Framework fw = c.framework();
            if (fw != null) {
                Framework known = curriculum.frameworks().get(fw.id());
                if (known != null && !known.equals(fw)) {
                    found.add(clash(f, "framework", fw.id(), rootOfFramework(fw.id()), null));
                } else if (known == null && found.stream().noneMatch(Finding::isError)) {
                    all.put(fw.id(), fw);
                }
            }
            findings.addAll(SourceMap.locate(f, reader, found));
        }
        return new Frameworks(new Curriculum(all), unreadable);
    }

    /** The frameworks a check works with, and whether a file among them could not be read at all. */
    public record Frameworks(Curriculum curriculum, boolean unreadable) { }

    /**
     * A finding when a scenario file outside the catalog has the id of one of its clients (with other
     * content): the game would not load it beside that client.
     */
    public Optional<Finding> clientClash(Path file, Scenario scenario) {
        Client c = scenario == null ? null : client(scenario.id());
        if (c == null || c.scenario() == null || c.scenario().equals(scenario)) return Optional.empty();
        if (c.file().toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) return Optional.empty();
        return Optional.of(clash(file, "client", scenario.id(), c.root(), c.file()));
    }

    private ContentRoot rootOfFramework(String id) {
        return frameworkRoots.getOrDefault(id, roots.get(0));
    }

    /** The playable clients as a source to replay records against, so a file is judged as the game plays it. */
    public ScenarioSource source() {
        return new ScenarioSource() {
            @Override
            public Optional<Playable> find(String id) {
                Client c = client(id);
                return c == null || !c.usable() ? Optional.empty() : Optional.of(new Playable(c.scenario(), curriculum));
            }

            /** A record judged by a trainer's own or an added client says so in the report. */
            @Override
            public String contentOrigin(String id) {
                Client c = client(id);
                return c == null || c.origin() == Origin.BUILT_IN ? null : "the folder " + c.root().path().toAbsolutePath().normalize();
            }
        };
    }
}
