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
        for (ContentLibrary lib : libraries) {
            // Built-in frameworks win, as for 'play FILE': a scenario is scored the way the game scores it.
            Map<String, Framework> all = new LinkedHashMap<>(lib.curriculum().frameworks());
            all.putAll(builtIn.curriculum().frameworks());
            Curriculum curriculum = new Curriculum(all);
            Validator validator = new Validator(curriculum);
            for (ContentLibrary.Entry e : lib.scenarios()) {
                if (!e.usable() || c.playable.containsKey(e.id())) continue;
                boolean valid = validator.validate(e.file().toString(), e.scenario()).stream().noneMatch(Finding::isError);
                if (valid) c.playable.put(e.id(), new ScenarioSource.Playable(e.scenario(), curriculum));
            }
        }
        return c;
    }

    ScenarioSource source() {
        return id -> Optional.ofNullable(playable.get(id));
    }

    List<Scenario> scenarios() {
        return playable.values().stream().map(ScenarioSource.Playable::scenario).toList();
    }

    List<String> ids() {
        return List.copyOf(playable.keySet());
    }
}
