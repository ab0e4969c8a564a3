package nl.coachdans.ui;

import com.badlogic.gdx.utils.GdxNativesLoader;
import nl.coachdans.ui.look.LookFactory;
import nl.coachdans.play.GameData;
import nl.coachdans.settings.SettingsStore;
import nl.coachdans.ui.text.AssetFiles;
import nl.coachdans.ui.text.Texts;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * The start-up work that needs no window. What the menu needs (settings, strings, fonts and the
 * look's pixels) starts when the game object is made, before the window opens, so opening the
 * window and this work overlap. The clients are loaded only once the menu is on screen: on two
 * cores, loading them earlier would slow down the window and the menu.
 */
final class Startup {
    /** Everything the first screen needs, except textures (made on the render thread). */
    record Prepared(AssetFiles files, SettingsStore store, SettingsStore.Loaded settings, Texts texts, LookFactory looks,
                    LookFactory.Prepared look) { }

    private final GameOptions options;
    private final FutureTask<Prepared> prepared;
    /** Started by the first call of {@link #data()}; render thread only. */
    private CompletableFuture<GameData> data;

    Startup(GameOptions options) {
        this.options = options;
        // A plain task on a plain thread: this runs on the thread that is about to open the window,
        // and a CompletableFuture would first load its own classes there.
        this.prepared = new FutureTask<>(this::prepare);
        Thread t = new Thread(prepared, "coachdans-prepare");
        t.setDaemon(true);
        t.start();
    }

    private Prepared prepare() {
        // Pixmaps need libGDX's native library; the window loads it too, but this thread may get there first.
        GdxNativesLoader.load();
        AssetFiles files = AssetFiles.builtIn();
        SettingsStore store = new SettingsStore(options.home());
        SettingsStore.Loaded loaded = store.load();
        Texts texts = Texts.load(files, loaded.settings().lang());
        LookFactory looks = new LookFactory(files);
        LookFactory.Prepared look = looks.prepare(loaded.settings().textSize(), loaded.settings().highContrast());
        return new Prepared(files, store, loaded, texts, looks, look);
    }

    /** Waits for the prepared settings and fonts (usually ready by the time the window is). */
    Prepared prepared() {
        try {
            return prepared.get();
        } catch (ExecutionException e) {
            Throwable why = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException("cannot prepare the fonts and texts: " + why.getMessage(), why);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while preparing the fonts and texts", e);
        }
    }

    /** The clients, loading on their own thread from the first call on. */
    CompletableFuture<GameData> data() {
        // The content is walked as folders, so the packed copy is opened as a file system here,
        // behind the menu, not before it.
        if (data == null) data = run("coachdans-content", () -> GameData.load(options.home()));
        return data;
    }

    private static <T> CompletableFuture<T> run(String name, Supplier<T> work) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(work.get());
            } catch (RuntimeException | Error e) {
                f.completeExceptionally(e);
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return f;
    }
}
