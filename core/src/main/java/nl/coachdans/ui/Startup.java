package nl.coachdans.ui;

import nl.coachdans.lint.ContentLibrary;
import nl.coachdans.ui.look.FontSet;
import nl.coachdans.ui.look.LookFactory;
import nl.coachdans.ui.play.GameData;
import nl.coachdans.ui.settings.SettingsStore;
import nl.coachdans.ui.text.CharacterSet;
import nl.coachdans.ui.text.Texts;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The start-up work that needs no window: settings, strings, the glyph set and rasterised fonts on
 * one thread, the content on another. It starts when the game object is made, before the window
 * opens, so opening the window (about a second of OpenGL and driver start-up) and this work overlap.
 */
final class Startup {
    /** Everything the first screen needs, except textures (made on the render thread). */
    record Prepared(SettingsStore store, SettingsStore.Loaded settings, Texts texts, LookFactory looks, FontSet.Prepared fonts) { }

    private final Path assets;
    private final CompletableFuture<Prepared> prepared;
    private final CompletableFuture<GameData> data;

    Startup(GameOptions options) {
        this.assets = ContentLibrary.builtInRoot();
        this.prepared = run("coachdans-prepare", () -> {
            SettingsStore store = new SettingsStore(options.home());
            SettingsStore.Loaded loaded = store.load();
            Texts texts = Texts.load(assets, loaded.settings().lang());
            LookFactory looks = new LookFactory(assets, CharacterSet.collect(assets));
            return new Prepared(store, loaded, texts, looks, looks.prepareFonts(loaded.settings().textSize()));
        });
        this.data = run("coachdans-content", () -> GameData.load(assets, options.home()));
    }

    Path assets() {
        return assets;
    }

    /** Waits for the prepared settings and fonts (usually ready by the time the window is). */
    Prepared prepared() {
        return prepared.join();
    }

    CompletableFuture<GameData> data() {
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
