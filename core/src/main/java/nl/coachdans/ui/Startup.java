package nl.coachdans.ui;

import com.badlogic.gdx.utils.GdxNativesLoader;
import nl.coachdans.lint.ContentLibrary;
import nl.coachdans.ui.look.LookFactory;
import nl.coachdans.ui.play.GameData;
import nl.coachdans.ui.settings.SettingsStore;
import nl.coachdans.ui.text.Texts;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The start-up work that needs no window. What the menu needs (the assets, settings, strings and
 * the look's pixels) starts when the game object is made, before the window opens, so opening the
 * window and this work overlap. The clients are loaded only once the menu is on screen: on two
 * cores, loading them earlier would slow down the window and the menu.
 */
final class Startup {
    /** Everything the first screen needs, except textures (made on the render thread). */
    record Prepared(Path assets, SettingsStore store, SettingsStore.Loaded settings, Texts texts, LookFactory looks,
                    LookFactory.Prepared look) { }

    private final GameOptions options;
    private final CompletableFuture<Prepared> prepared;
    /** Started by the first call of {@link #data()}; render thread only. */
    private CompletableFuture<GameData> data;

    Startup(GameOptions options) {
        this.options = options;
        this.prepared = run("coachdans-prepare", () -> {
            // Pixmaps need libGDX's native library; the window loads it too, but this thread may get there first.
            GdxNativesLoader.load();
            Path assets = ContentLibrary.builtInRoot();
            SettingsStore store = new SettingsStore(options.home());
            SettingsStore.Loaded loaded = store.load();
            Texts texts = Texts.load(assets, loaded.settings().lang());
            LookFactory looks = new LookFactory(assets);
            LookFactory.Prepared look = looks.prepare(loaded.settings().textSize(), loaded.settings().highContrast());
            return new Prepared(assets, store, loaded, texts, looks, look);
        });
    }

    /** Waits for the prepared settings and fonts (usually ready by the time the window is). */
    Prepared prepared() {
        return prepared.join();
    }

    /** The clients, loading on their own thread from the first call on. */
    CompletableFuture<GameData> data() {
        if (data == null) {
            Path assets = prepared().assets();
            data = run("coachdans-content", () -> GameData.load(assets, options.home()));
        }
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
