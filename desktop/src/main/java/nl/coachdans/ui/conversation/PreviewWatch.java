package nl.coachdans.ui.conversation;

import nl.coachdans.play.GameData;
import nl.coachdans.play.PlaySession;
import com.badlogic.gdx.Gdx;
import nl.coachdans.catalog.ClientFileWatch;
import nl.coachdans.lint.ContentLibrary;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The live preview's clock: while a trainer tries out a client of their own in practice, a
 * background thread looks at the client's file ten times a second and hands each new version to the
 * render thread. The file is read off the render thread, so a slow disk never stalls a frame.
 */
public final class PreviewWatch {
    private static final long INTERVAL_MS = 100;

    private final ClientFileWatch watch;
    private final Thread thread;
    private volatile boolean running = true;

    private PreviewWatch(ClientFileWatch watch, Consumer<ClientFileWatch.Reload> onReload) {
        this.watch = watch;
        this.thread = new Thread(() -> {
            while (running) {
                ClientFileWatch.Reload r = watch.poll();
                if (r != null) Gdx.app.postRunnable(() -> {
                    if (running) onReload.accept(r);
                });
                try {
                    Thread.sleep(INTERVAL_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "coachdans-preview");
        thread.setDaemon(true);
        thread.start();
    }

    /** A watch for a trainer's own client played in practice; null for anything else. */
    public static PreviewWatch forOwnClient(GameData data, PlaySession play, Consumer<ClientFileWatch.Reload> onReload) {
        if (!play.mode().followsFileEdits()) return null;
        ContentLibrary.Entry e = data.library().scenario(play.scenario().id());
        if (e == null || !data.own(e)) return null;
        return new PreviewWatch(new ClientFileWatch(e.file(), data.library().curriculum()), onReload);
    }

    public Path file() {
        return watch.file();
    }

    public void stop() {
        running = false;
        thread.interrupt();
    }
}
