package nl.coachdans.files;

import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

/**
 * A path as people paste it: with quotes around it (Windows' "copy as path"), as a
 * {@code file://} address (dragged from a browser or file manager), with {@code ~} for the home
 * folder, or with spaces around it.
 */
public final class TypedPath {
    private TypedPath() {
    }

    public static Optional<Path> parse(String typed, String userHome) {
        if (typed == null) return Optional.empty();
        String s = typed.strip();
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            s = s.substring(1, s.length() - 1).strip();
        }
        if (s.isEmpty()) return Optional.empty();
        try {
            if (s.startsWith("file:")) return Optional.of(Paths.get(URI.create(s)));
            if (s.equals("~")) return Optional.of(Paths.get(userHome));
            if (s.startsWith("~/") || s.startsWith("~\\")) return Optional.of(Paths.get(userHome, s.substring(2)));
            return Optional.of(Paths.get(s));
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }

    public static Optional<Path> parse(String typed) {
        return parse(typed, System.getProperty("user.home", "."));
    }
}
