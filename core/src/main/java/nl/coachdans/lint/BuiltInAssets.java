package nl.coachdans.lint;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

/**
 * Where the built-in assets (frameworks, scenarios, strings, fonts) are: the
 * {@code coachdans.assets} system property, else {@code assets/} in the working directory when
 * present, else the copy packed into the jar under {@code assets/}.
 */
public final class BuiltInAssets {
    /** The folder prefix of the packed copy, as a class-path resource name. */
    public static final String PACKED_PREFIX = "assets/";

    private BuiltInAssets() {
    }

    /**
     * The assets as a folder on disk, or null when they are packed in the jar. Cheap: it opens no
     * file system, so a single file can be read from the class path without indexing the jar.
     */
    public static Path folder() {
        String prop = System.getProperty("coachdans.assets");
        if (prop != null && Files.isDirectory(Paths.get(prop))) return Paths.get(prop);
        Path local = Paths.get("assets");
        if (Files.isDirectory(local.resolve("scenarios"))) return local;
        URL marker = BuiltInAssets.class.getResource("/" + PACKED_PREFIX + "frameworks");
        if (marker == null) return local;
        try {
            URI uri = marker.toURI();
            return "jar".equals(uri.getScheme()) ? null : Paths.get(uri).getParent();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return local;
        }
    }

    /** The assets as a path to walk: the folder, or the jar's packed copy opened as a zip file system. */
    public static Path root() {
        Path folder = folder();
        if (folder != null) return folder;
        try {
            URI uri = BuiltInAssets.class.getResource("/" + PACKED_PREFIX + "frameworks").toURI();
            FileSystem fs;
            try {
                fs = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(uri);
            }
            return fs.getPath("/" + PACKED_PREFIX);
        } catch (URISyntaxException | IOException e) {
            return Paths.get("assets");
        }
    }

    /**
     * Whether a content file is one of the program's own assets: packed in the jar, or in an assets
     * folder, recognised by the string bundles (i18n) that only the program's assets carry next to
     * its scenarios and frameworks. A trainer's content folder has frameworks and scenarios only.
     */
    public static boolean contains(Path file) {
        if (file == null) return false;
        if (!"file".equals(file.getFileSystem().provider().getScheme())) return true; // read from the jar
        Path folder = file.toAbsolutePath().normalize().getParent();
        Path root = folder == null ? null : folder.getParent();
        return root != null && Files.isDirectory(root.resolve("i18n")) && Files.isDirectory(root.resolve("scenarios"));
    }
}
