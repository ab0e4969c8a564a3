package nl.coachdans.assignments;

import nl.coachdans.files.AtomicFiles;
import nl.coachdans.scenario.Finding;
import nl.coachdans.scenario.ReadResult;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.files.SafeWrite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The trainee's assignments: every assignment file in {@code HOME/assignments}, read and checked
 * against the scenarios this game can play. A file that cannot be used stays in the list with its
 * problems, so the trainee sees why instead of the file silently missing.
 *
 * <p>An assignment opened from elsewhere (command line, dropped on the window, a typed path) is
 * copied in, so it is still there next time even when the original is moved; the original is
 * never touched and no file in the folder is ever replaced.
 */
public final class AssignmentShelf {
    public static final String FOLDER = "assignments";
    private static final int MAX_FILES = 500;

    private final Path dir;
    private final AssignmentReader reader;

    public AssignmentShelf(Path home, Collection<Scenario> playable) {
        this.dir = home.resolve(FOLDER);
        this.reader = new AssignmentReader(playable);
    }

    public Path folder() {
        return dir;
    }

    /** One assignment file: the assignment when usable, else what is wrong with it. */
    public record Shelved(Path file, Assignment assignment, List<Finding> findings) {
        public Shelved {
            findings = List.copyOf(findings);
        }

        public boolean ok() {
            return assignment != null;
        }
    }

    /** Reads and checks one assignment file (anywhere). */
    public Shelved read(Path file) {
        ReadResult<Assignment> r = reader.read(file);
        List<Finding> errors = r.findings().stream().filter(Finding::isError).toList();
        return new Shelved(file, r.ok() ? r.value() : null, r.ok() ? r.findings() : errors.isEmpty() ? r.findings() : errors);
    }

    /** Every assignment file in the folder, in file-name order; hidden and other files are left out. */
    public List<Shelved> list() {
        return files().stream().map(this::read).toList();
    }

    /** The assignment with this id; when several files hold it, the one changed last. */
    public Optional<Shelved> find(String id) {
        if (id == null) return Optional.empty();
        return list().stream().filter(s -> s.ok() && id.equals(s.assignment().id()))
                .max(Comparator.comparing(s -> modified(s.file())));
    }

    /** Where an opened file ended up: {@code copied} is false when it was in the folder already. */
    public record Added(Path file, boolean copied) { }

    /**
     * Puts an assignment file on the shelf: nothing to do when it is in the folder already or an
     * identical copy is; otherwise a copy under a free name (never over another file).
     */
    public Added add(Path source) throws IOException {
        Path src = source.toAbsolutePath().normalize();
        if (src.getParent() != null && src.getParent().equals(dir.toAbsolutePath().normalize())) return new Added(src, false);
        byte[] content = Files.readAllBytes(src);
        for (Path f : files()) {
            if (Files.size(f) == content.length && Arrays.equals(Files.readAllBytes(f), content)) return new Added(f, false);
        }
        Files.createDirectories(dir);
        Path target = SafeWrite.besides(dir.resolve(src.getFileName().toString()));
        AtomicFiles.write(target, content);
        return new Added(target, true);
    }

    static boolean isAssignmentName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return !n.startsWith(".") && (n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json"));
    }

    private List<Path> files() {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> isAssignmentName(p.getFileName().toString()) && Files.isRegularFile(p))
                    .sorted().limit(MAX_FILES).toList();
        } catch (IOException e) {
            return new ArrayList<>();
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
