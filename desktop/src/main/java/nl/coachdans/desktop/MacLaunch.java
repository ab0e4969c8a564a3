package nl.coachdans.desktop;

import java.util.Locale;

/**
 * macOS only lets the first thread drive windows. When the JVM was not started with
 * {@code -XstartOnFirstThread}, GLFW's async variant (shipped with LWJGL) makes the window work
 * anyway, so the jar can still be started with a plain {@code java -jar}.
 */
final class MacLaunch {
    private MacLaunch() {
    }

    static boolean needsAsyncGlfw() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac")) return false;
        String pid = String.valueOf(ProcessHandle.current().pid());
        // The JVM sets this variable when -XstartOnFirstThread was given.
        return !"1".equals(System.getenv("JAVA_STARTED_ON_FIRST_THREAD_" + pid));
    }
}
