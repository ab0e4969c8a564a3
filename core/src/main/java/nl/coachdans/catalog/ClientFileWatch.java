package nl.coachdans.catalog;

import nl.coachdans.lint.ContentLibrary;
import nl.coachdans.scenario.ContentReader;
import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scenario.Finding;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scenario.SourceMap;
import nl.coachdans.scenario.Validator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Watches the file of a client an author is trying out: when it is saved again, reads and checks the
 * new version, so the game can show it without a restart (the live preview). Plain polling of the
 * file's time and size: cheap, and the same on every system. Never call it on the render thread; it
 * reads only a regular file.
 */
public final class ClientFileWatch {
    /** A new version: the scenario when it can be played, else null, and the errors found. */
    public record Reload(Scenario scenario, List<Finding> errors, long savedAtMillis) {
        public boolean usable() {
            return scenario != null && errors.isEmpty();
        }
    }

    private final Path file;
    private final Curriculum curriculum;
    private final ContentReader reader = new ContentReader();
    private long modified;
    private long size;

    public ClientFileWatch(Path file, Curriculum curriculum) {
        this.file = file;
        this.curriculum = curriculum;
        BasicFileAttributes a = attributes();
        this.modified = a == null ? 0 : a.lastModifiedTime().toMillis();
        this.size = a == null ? 0 : a.size();
    }

    public Path file() {
        return file;
    }

    /** Null while the file is unchanged (or not a regular file just now); else its new version. */
    public Reload poll() {
        BasicFileAttributes a = attributes();
        if (a == null || !a.isRegularFile()) return null;
        long m = a.lastModifiedTime().toMillis();
        if (m == modified && a.size() == size) return null;
        modified = m;
        size = a.size();
        ContentLibrary.Entry e = ContentLibrary.loadScenario(file, reader, curriculum, false);
        List<Finding> errors = new ArrayList<>(e.findings().stream().filter(Finding::isError).toList());
        if (e.scenario() != null && errors.isEmpty()) {
            List<Finding> checked = new Validator(curriculum).validate(file.toString(), e.scenario());
            errors.addAll(SourceMap.locate(file, reader, checked).stream().filter(Finding::isError).toList());
        }
        return new Reload(errors.isEmpty() ? e.scenario() : null, List.copyOf(errors), m);
    }

    private BasicFileAttributes attributes() {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }
}
