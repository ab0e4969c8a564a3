package nl.coachdans.files;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a file atomically and never over an existing one unless the user said so. */
public final class SafeWrite {
    private SafeWrite() {
    }

    public enum Status { WRITTEN, EXISTS, FAILED }

    public record Outcome(Status status, Path file, String problem) { }

    public static Outcome write(Path file, byte[] content, boolean replace) {
        try {
            if (Files.isDirectory(file)) return new Outcome(Status.FAILED, file, "this is a folder");
            AtomicFiles.write(file, content, replace ? AtomicFiles.Overwrite.FORCE : AtomicFiles.Overwrite.NEVER);
            return new Outcome(Status.WRITTEN, file, null);
        } catch (AtomicFiles.Refused e) {
            return e.regularFile() ? new Outcome(Status.EXISTS, file, null) : new Outcome(Status.FAILED, file, e.getReason());
        } catch (IOException e) {
            return new Outcome(Status.FAILED, file, AtomicFiles.describe(e));
        } catch (RuntimeException e) {
            return new Outcome(Status.FAILED, file, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** {@code name.ext}, or the first free {@code name-2.ext}, {@code name-3.ext} ... beside it. */
    public static Path besides(Path wanted) {
        if (!Files.exists(wanted)) return wanted;
        String name = wanted.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name, ext = dot > 0 ? name.substring(dot) : "";
        for (int i = 2; ; i++) {
            Path p = wanted.resolveSibling(base + "-" + i + ext);
            if (!Files.exists(p)) return p;
        }
    }

    /** The HTML report's place: next to the class folder, named after it ("klas-a-klasrapport.html"). */
    public static Path nextTo(Path folder, String suffix) {
        Path abs = folder.toAbsolutePath().normalize();
        Path parent = abs.getParent() == null ? abs : abs.getParent();
        String name = abs.getFileName() == null ? "coachdans" : abs.getFileName().toString();
        return parent.resolve(name + "-" + suffix + ".html");
    }
}
