package nl.coachdans.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;

/**
 * The one safe writer: every file the program writes goes through here. A write lands in a
 * temporary file next to the target, is checked to be complete and flushed to disk, and only then
 * takes the target's place; a crash, a full disk or a short write leaves the old file as it was.
 * Temporary files are hidden and end in {@value #TEMP_SUFFIX}, so no reader takes one for a
 * record; {@link #cleanLeftovers} removes those a crash left behind.
 */
public final class AtomicFiles {
    /** Temporary files start with this and end with {@link #TEMP_SUFFIX}. */
    public static final String TEMP_PREFIX = ".coachdans-";
    public static final String TEMP_SUFFIX = ".partial";
    /** The temporary names of earlier versions: {@code .NAME.json123456.tmp}. */
    private static final Pattern OLD_TEMP = Pattern.compile("\\..+\\.json\\d+\\.tmp");
    /** A channel that accepts nothing this many times in a row counts as full. */
    private static final int STALLS = 3;

    /** Whether an existing target may be replaced. */
    public enum Overwrite {
        /** The program's own files (records, settings): replaced when they are regular files. */
        REPLACE,
        /** Files the user named: an existing one is refused. */
        NEVER,
        /** Files the user named with --force: replaced only when they are regular files. */
        FORCE
    }

    /** The target is there and may not be replaced; the message says why in a user's words. */
    public static final class Refused extends FileAlreadyExistsException {
        private static final long serialVersionUID = 1L;
        private final boolean regular;

        Refused(Path target, boolean regular, String reason) {
            super(target.toString(), null, reason);
            this.regular = regular;
        }

        /** True when a regular file is in the way (so --force would help). */
        public boolean regularFile() {
            return regular;
        }
    }

    /** Fewer bytes arrived than were written, or the disk filled up: the old file is kept. */
    public static final class IncompleteWrite extends IOException {
        private static final long serialVersionUID = 1L;
        IncompleteWrite(String message) {
            super(message);
        }
    }

    private AtomicFiles() {
    }

    /** Writes one of the program's own files (a record, the settings), replacing a regular file. */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, content, Overwrite.REPLACE);
    }

    /** Writes {@code content} to {@code target} under the given overwrite rule. */
    public static void write(Path target, byte[] content, Overwrite rule) throws IOException {
        check(target, rule);
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, TEMP_PREFIX + target.getFileName() + "-", TEMP_SUFFIX);
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                writeFully(ch, ByteBuffer.wrap(content));
                ch.force(true);
                if (ch.size() != content.length) {
                    throw new IncompleteWrite("only " + ch.size() + " of " + content.length + " bytes reached the disk");
                }
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Refuses a target the rule does not allow to replace; a missing target is always fine. */
    public static void check(Path target, Overwrite rule) throws Refused {
        boolean link = Files.isSymbolicLink(target);
        if (!link && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) return;
        boolean regular = !link && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS);
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) throw new Refused(target, false, "is a folder; give a file name");
        if (!regular) {
            throw new Refused(target, false, "is not a regular file (" + (link ? "a link" : "a device, pipe or socket")
                    + "); only regular files are replaced");
        }
        if (rule == Overwrite.NEVER) throw new Refused(target, true, "exists already; add --force to replace it");
    }

    /**
     * Writes every byte of {@code buf}: a channel may take only part of a buffer (a nearly full
     * disk does), so this writes until all is taken and fails when the channel stops taking any.
     */
    static void writeFully(WritableByteChannel ch, ByteBuffer buf) throws IOException {
        int stalls = 0;
        while (buf.hasRemaining()) {
            int n = ch.write(buf);
            if (n > 0) {
                stalls = 0;
            } else if (++stalls >= STALLS) {
                throw new IncompleteWrite("the disk took no more data after " + buf.position() + " of " + buf.limit() + " bytes");
            }
        }
    }

    /** True for a temporary file of this writer, or one that an earlier version left behind. */
    public static boolean isTemporary(String fileName) {
        return fileName.startsWith(TEMP_PREFIX) && fileName.endsWith(TEMP_SUFFIX) || OLD_TEMP.matcher(fileName).matches();
    }

    /**
     * Removes the temporary files a crash left in {@code dir} (not below it); returns how many.
     * Only call this for the program's own folders, at start, before anything writes there.
     */
    public static int cleanLeftovers(Path dir) {
        if (!Files.isDirectory(dir)) return 0;
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                if (isTemporary(f.getFileName().toString()) && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    try {
                        Files.delete(f);
                        removed++;
                    } catch (IOException ignored) {
                        // left for the next start; readers skip it by name
                    }
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // an unreadable folder has nothing we could clean
        }
        return removed;
    }

    /**
     * Moves {@code file} to {@code wanted}, or, when that name is taken, to the first free
     * {@code wanted-2}, {@code wanted-3} ... (before a {@code .json} ending): an earlier set-aside file is
     * never replaced. Returns where the file went.
     */
    public static Path moveAside(Path file, Path wanted) throws IOException {
        Files.createDirectories(wanted.toAbsolutePath().getParent());
        String name = wanted.getFileName().toString();
        // A record keeps its .json ending (name-2.json); anything else gets the number at the end.
        boolean json = name.toLowerCase(java.util.Locale.ROOT).endsWith(".json");
        String stem = json ? name.substring(0, name.length() - 5) : name;
        String ext = json ? name.substring(name.length() - 5) : "";
        for (int n = 1; n < 10_000; n++) {
            Path target = n == 1 ? wanted : wanted.resolveSibling(stem + "-" + n + ext);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) continue;
            try {
                // Without REPLACE_EXISTING the move fails rather than replace a file that appeared meanwhile.
                return Files.move(file, target);
            } catch (FileAlreadyExistsException taken) {
                // try the next name
            }
        }
        throw new FileAlreadyExistsException(wanted.toString(), null, "too many files set aside under this name");
    }

    /** A file-system problem in a user's words, without exception class names. */
    public static String describe(IOException e) {
        if (e instanceof Refused || e instanceof IncompleteWrite) return e.getMessage() == null ? "cannot write" : e.getMessage();
        return nl.coachdans.scenario.IoWords.of(e);
    }
}
