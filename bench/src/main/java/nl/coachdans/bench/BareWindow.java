package nl.coachdans.bench;

import com.badlogic.gdx.ApplicationAdapter;
import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.backends.lwjgl3.Lwjgl3Application;
import com.badlogic.gdx.backends.lwjgl3.Lwjgl3ApplicationConfiguration;
import com.badlogic.gdx.utils.ScreenUtils;

import java.lang.management.ManagementFactory;

/**
 * The baseline for the startup benchmark: an empty libGDX window configured like the game's that
 * clears one frame, prints the milliseconds from JVM start to that frame the way {@code --smoke}
 * does, and exits.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        // The game's window configuration (GameLauncher.config), so only what the game does differs.
        Lwjgl3ApplicationConfiguration config = new Lwjgl3ApplicationConfiguration();
        config.setTitle("Coachdans");
        config.setWindowedMode(1280, 720);
        config.setResizable(true);
        config.setWindowSizeLimits(800, 520, -1, -1);
        config.useVsync(true);
        config.setForegroundFPS(60);
        config.disableAudio(true);
        new Lwjgl3Application(new ApplicationAdapter() {
            @Override
            public void render() {
                ScreenUtils.clear(0.95f, 0.94f, 0.92f, 1f);
                // The clock first, then the JVM's start time, as --smoke does.
                long now = System.currentTimeMillis();
                long start = ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("first frame: " + (now - start) + " ms");
                Gdx.app.exit();
            }
        }, config);
    }
}
