package nl.coachdans.catalog;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One folder of content. Frameworks are in its {@code frameworks/} folder; scenarios in its
 * {@code scenarios/} folder when it has one (as the built-in assets do), else directly in it (as in
 * a trainer's {@code clients/} folder).
 */
public record ContentRoot(Path path, Origin origin) {

    public Path frameworkFolder() {
        return path.resolve("frameworks");
    }

    public Path scenarioFolder() {
        Path scenarios = path.resolve("scenarios");
        return Files.isDirectory(scenarios) ? scenarios : path;
    }

    /** How a message names this root: "built-in", "own: PATH" or "added: PATH". */
    public String describe() {
        return switch (origin) {
            case BUILT_IN -> "built-in" + ("file".equals(path.getFileSystem().provider().getScheme()) ? " (" + path + ")" : "");
            case OWN -> "own: " + path;
            case ADDED -> "added: " + path;
        };
    }
}
