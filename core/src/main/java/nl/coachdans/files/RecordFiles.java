package nl.coachdans.files;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The one rule for which files are records (or result files), and a walk through a folder that
 * accounts for everything it meets without opening anything that could block. A record's name ends
 * in {@code .json} and is not hidden: temporary files, backups ({@code .bak}, {@code ~}) and editor
 * copies ({@code #name#}, {@code .name.swp}) fail that rule. Pipes, devices, dangling links and
 * folders that cannot be listed are found and named, never opened.
 */
public final class RecordFiles {
    static final int MAX_DEPTH = 32;

    /** What a path found in a folder is. Only {@link #CANDIDATE}s are opened and read. */
    public enum Kind {
        /** A regular file named like a record or result. */
        CANDIDATE,
        /** A temporary file of an interrupted save. */
        LEFTOVER,
        /** A backup or editor copy of a record (by its name). */
        COPY,
        /** Any other file: not a Coachdans record by its name. */
        OTHER,
        /** Not a regular file: a pipe, device, socket or a link that leads nowhere. */
        NOT_REGULAR,
        /** A folder or file that cannot be listed or examined. */
        UNREADABLE
    }

    /** One thing found: its path, its name relative to the folder read ('/' separated), and why it is what it is (null for a candidate). */
    public record Found(Path path, String name, Kind kind, Explanation why) {
        /** Why, in English: for logs and findings that carry English details. */
        public String reason() {
            return Explanation.english(why);
        }
    }

    /** Lists a folder's entries; a seam so that tests can make a folder unreadable even as root. */
    @FunctionalInterface
    interface Lister {
        DirectoryStream<Path> open(Path dir) throws IOException;
    }

    private final Lister lister;

    public RecordFiles() {
        this(Files::newDirectoryStream);
    }

    RecordFiles(Lister lister) {
        this.lister = lister;
    }

    /** True when a file of this name is a record or result by the project's naming rule. */
    public static boolean isRecordName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".json") && lower.length() > ".json".length()
                && !fileName.startsWith(".") && !fileName.startsWith("#") && !fileName.startsWith("~")
                && !fileName.contains("~") && !lower.contains(".bak") && !lower.contains(".orig");
    }

    /** Why a file of this name is not read, or null when it is a candidate by name. */
    static Kind kindByName(String fileName) {
        if (AtomicFiles.isTemporary(fileName)) return Kind.LEFTOVER;
        if (isRecordName(fileName)) return Kind.CANDIDATE;
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.contains(".json") ? Kind.COPY : Kind.OTHER;
    }

    /**
     * Everything under {@code root} (a folder, searched to a depth of {@value #MAX_DEPTH} without
     * following links into folders, or one file), sorted by name. Never throws for what it finds;
     * throws only when {@code root} itself does not exist.
     */
    public List<Found> scan(Path root) throws IOException {
        List<Found> out = new ArrayList<>();
        BasicFileAttributes rootAttrs = Files.readAttributes(root, BasicFileAttributes.class);
        if (rootAttrs.isDirectory()) {
            walk(root, root, 0, out);
        } else {
            out.add(classify(root, root.getFileName().toString()));
        }
        out.sort(Comparator.comparing(Found::name));
        return out;
    }

    private void walk(Path root, Path dir, int depth, List<Found> out) {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> s = lister.open(dir)) {
            for (Path p : s) children.add(p);
        } catch (IOException | RuntimeException e) {
            String name = dir.equals(root) ? "." : relative(root, dir);
            out.add(new Found(dir, name + "/", Kind.UNREADABLE, Explanation.of(Explanation.Why.FOLDER_UNREADABLE,
                    e instanceof IOException io ? AtomicFiles.describe(io) : String.valueOf(e.getMessage()))));
            return;
        }
        for (Path p : children) {
            String name = relative(root, p);
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                if (depth + 1 < MAX_DEPTH) walk(root, p, depth + 1, out);
                else out.add(new Found(p, name + "/", Kind.UNREADABLE, Explanation.of(Explanation.Why.FOLDER_TOO_DEEP)));
            } else {
                out.add(classify(p, name));
            }
        }
    }

    /** Classifies one path by its attributes and name, without opening it. */
    static Found classify(Path p, String name) {
        BasicFileAttributes a;
        try {
            // Follows a link to see what it leads to; a dangling one fails here.
            a = Files.readAttributes(p, BasicFileAttributes.class);
        } catch (IOException e) {
            if (Files.isSymbolicLink(p)) return new Found(p, name, Kind.NOT_REGULAR, Explanation.of(Explanation.Why.DANGLING_LINK));
            return new Found(p, name, Kind.UNREADABLE, Explanation.of(Explanation.Why.CANNOT_EXAMINE, AtomicFiles.describe(e)));
        }
        String fileName = p.getFileName() == null ? name : p.getFileName().toString();
        Kind byName = kindByName(fileName);
        if (a.isDirectory()) return new Found(p, name, Kind.OTHER, Explanation.of(Explanation.Why.FOLDER_LINK));
        if (!a.isRegularFile()) {
            return new Found(p, name, Kind.NOT_REGULAR, Explanation.of(Explanation.Why.NOT_REGULAR));
        }
        return switch (byName) {
            case CANDIDATE -> new Found(p, name, Kind.CANDIDATE, null);
            case LEFTOVER -> new Found(p, name, Kind.LEFTOVER, Explanation.of(Explanation.Why.LEFTOVER));
            case COPY -> new Found(p, name, Kind.COPY, Explanation.of(Explanation.Why.BACKUP_COPY));
            default -> new Found(p, name, Kind.OTHER, Explanation.of(Explanation.Why.NOT_RECORD_NAME));
        };
    }

    private static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }
}
