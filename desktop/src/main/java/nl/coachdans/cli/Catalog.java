package nl.coachdans.cli;

import nl.coachdans.lint.ContentLibrary;
import nl.coachdans.record.ScenarioSource;
import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scenario.Finding;
import nl.coachdans.scenario.Framework;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scenario.Validator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scenarios records and assignments can refer to: the built-in ones, plus those of any
 * {@code --content} folder (with {@code frameworks/} and {@code scenarios/} inside, like assets/).
 * Only scenarios that load and validate are playable, the same rule the game applies.
 */
final class Catalog {
    private final Map<String, ScenarioSource.Playable> playable = new LinkedHashMap<>();
    /** For scenarios not judged by the content built into the program: where their content came from. */
    private final Map<String, String> origins = new LinkedHashMap<>();

    private Catalog() {
    }

    static Catalog load(ContentPaths content, List<Path> extraRoots) {
        Catalog c = new Catalog();
        ContentLibrary builtIn = content.builtIn();
        List<ContentLibrary> libraries = new ArrayList<>();
        for (Path root : extraRoots == null ? List.<Path>of() : extraRoots) {
            if (!Files.isDirectory(root.resolve("scenarios"))) {
                throw new UserError("--content " + root + ": not a content folder (it needs a scenarios/ folder, and frameworks/ when the scenarios use their own frameworks)", 2);
            }
            libraries.add(ContentLibrary.load(root, content.reader, false));
        }
        libraries.add(builtIn);
        String local = nl.coachdans.lint.BuiltInAssets.localOverride();
        for (ContentLibrary lib : libraries) {
            String origin = lib == builtIn ? local : "the folder " + lib.root().toAbsolutePath().normalize();
            // Built-in frameworks win, as for 'play FILE': a scenario is scored the way the game scores it.
            Map<String, Framework> all = new LinkedHashMap<>(lib.curriculum().frameworks());
            all.putAll(builtIn.curriculum().frameworks());
            Curriculum curriculum = new Curriculum(all);
            Validator validator = new Validator(curriculum);
            for (ContentLibrary.Entry e : lib.scenarios()) {
                if (!e.usable() || c.playable.containsKey(e.id())) continue;
                boolean valid = validator.validate(e.file().toString(), e.scenario()).stream().noneMatch(Finding::isError);
                if (valid) {
                    c.playable.put(e.id(), new ScenarioSource.Playable(e.scenario(), curriculum));
                    if (origin != null) c.origins.put(e.id(), origin);
                }
            }
        }
        return c;
    }

    ScenarioSource source() {
        return new ScenarioSource() {
            @Override
            public Optional<Playable> find(String id) {
                return Optional.ofNullable(playable.get(id));
            }

            @Override
            public String contentOrigin(String id) {
                return origins.get(id);
            }
        };
    }

    /** Where the content came from for scenarios not judged by the built-in content. */
    Map<String, String> origins() {
        return origins;
    }

    List<Scenario> scenarios() {
        return playable.values().stream().map(ScenarioSource.Playable::scenario).toList();
    }

    List<String> ids() {
        return List.copyOf(playable.keySet());
    }
}
