package nl.coachdans.desktop.hooks;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.files.FileHandle;
import com.badlogic.gdx.graphics.Pixmap;
import com.badlogic.gdx.graphics.PixmapIO;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;

/**
 * Writes the current frame as a PNG (F12, when the game was started with a screenshot folder).
 * Called right after a frame is drawn, so the picture is exactly what the trainee sees.
 */
final class Screenshots {
    private final Path dir;

    Screenshots(Path dir) {
        this.dir = dir;
    }

    /** Writes {@code base.png}, or {@code base-2.png} ... when that name was used already. */
    Path take(String base) throws java.io.IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(base + ".png");
        for (int i = 2; Files.exists(file); i++) file = dir.resolve(base + "-" + i + ".png");
        int w = Gdx.graphics.getBackBufferWidth(), h = Gdx.graphics.getBackBufferHeight();
        Pixmap pm = Pixmap.createFromFrameBuffer(0, 0, w, h);
        try {
            // Text is blended into the frame buffer with partial alpha; a PNG must be opaque.
            ByteBuffer px = pm.getPixels();
            for (int i = 3; i < px.limit(); i += 4) px.put(i, (byte) 0xFF);
            PixmapIO.writePNG(new FileHandle(file.toFile()), pm, Deflater.DEFAULT_COMPRESSION, true);
        } finally {
            pm.dispose();
        }
        return file;
    }
}
