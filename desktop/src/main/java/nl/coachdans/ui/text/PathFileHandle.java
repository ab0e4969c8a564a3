package nl.coachdans.ui.text;

import com.badlogic.gdx.Files;
import com.badlogic.gdx.files.FileHandle;
import com.badlogic.gdx.utils.GdxRuntimeException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * A libGDX file handle over a {@link Path}, so fonts and bundles come from the same assets root as
 * the content (a folder while developing, the jar's file system when packaged) without a second
 * lookup rule.
 */
public final class PathFileHandle extends FileHandle {
    private final Path path;

    public PathFileHandle(Path path) {
        super(new java.io.File(path.toString()), Files.FileType.Absolute);
        this.path = path;
    }

    @Override
    public String path() {
        return path.toString();
    }

    @Override
    public String name() {
        Path n = path.getFileName();
        return n == null ? "" : n.toString();
    }

    @Override
    public InputStream read() {
        try {
            return java.nio.file.Files.newInputStream(path);
        } catch (IOException e) {
            throw new GdxRuntimeException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public ByteBuffer map(FileChannel.MapMode mode) {
        // Memory-mapping is not possible inside a jar; callers fall back to read().
        throw new GdxRuntimeException("not mappable: " + path);
    }

    @Override
    public long length() {
        try {
            return java.nio.file.Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public boolean exists() {
        return java.nio.file.Files.exists(path);
    }

    @Override
    public boolean isDirectory() {
        return java.nio.file.Files.isDirectory(path);
    }

    @Override
    public FileHandle child(String name) {
        return new PathFileHandle(path.resolve(name));
    }

    @Override
    public FileHandle sibling(String name) {
        return new PathFileHandle(path.resolveSibling(name));
    }

    @Override
    public FileHandle parent() {
        Path p = path.getParent();
        return new PathFileHandle(p == null ? path : p);
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
