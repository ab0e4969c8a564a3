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

    /**
     * A description of the content in use when a local {@code assets/} folder in the working
     * directory takes the place of the copy packed into the program, else null. Such a folder
     * changes how records are judged, so reports must say so.
     */
    public static String localOverride() {
        if (System.getProperty("coachdans.assets") != null) return null;
        Path local = Paths.get("assets");
        URL marker = BuiltInAssets.class.getResource("/" + PACKED_PREFIX + "frameworks");
        if (marker == null || !"jar".equals(marker.getProtocol()) || !Files.isDirectory(local.resolve("scenarios"))) return null;
        return "the folder " + local.toAbsolutePath().normalize();
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
}
