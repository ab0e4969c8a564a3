package nl.coachdans.ui.text;

import com.badlogic.gdx.Files;
import com.badlogic.gdx.files.FileHandle;
import nl.coachdans.lint.BuiltInAssets;

import java.nio.file.Path;

/**
 * The files the screens read themselves (string bundles, fonts) from the built-in assets. When the
 * assets are packed in the jar they are read as class-path resources: opening the jar as a file
 * system indexes its thousands of entries, which the menu's first frame should not wait for (the
 * content, which needs folder listings, does that later, behind the menu).
 */
public final class AssetFiles {
    /** The assets folder, or null when they are packed in the jar. */
    private final Path folder;

    private AssetFiles(Path folder) {
        this.folder = folder;
    }

    /** The built-in assets, wherever {@link BuiltInAssets} finds them. */
    public static AssetFiles builtIn() {
        Path folder = BuiltInAssets.folder();
        return folder == null ? packed() : in(folder);
    }

    /** The assets in a folder on disk. */
    public static AssetFiles in(Path folder) {
        return new AssetFiles(folder);
    }

    /** The copy of the assets packed with the program, read as class-path resources. */
    public static AssetFiles packed() {
        return new AssetFiles(null);
    }

    /** A file by its path under the assets, with '/' between names ({@code i18n/ui}, {@code fonts/...}). */
    public FileHandle file(String relative) {
        if (folder != null) return new PathFileHandle(folder.resolve(relative));
        // FileHandle's own class-path support; its constructor is protected, hence the subclass.
        return new FileHandle(BuiltInAssets.PACKED_PREFIX + relative, Files.FileType.Classpath) { };
    }

    @Override
    public String toString() {
        return folder != null ? folder.toString() : "(packed) " + BuiltInAssets.PACKED_PREFIX;
    }
}
