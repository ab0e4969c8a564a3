package nl.coachdans.files;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Map;

/** The user's data folder: COACHDANS_HOME when set, else the usual place for the operating system. */
public final class DataHome {
    private DataHome() {
    }

    public static Path resolve() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    public static Path resolve(Map<String, String> env, String osName, String userHome) {
        String override = env.get("COACHDANS_HOME");
        if (override != null && !override.isBlank()) return Paths.get(override);
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return Paths.get(appData != null ? appData : userHome, "Coachdans");
        }
        if (os.contains("mac")) return Paths.get(userHome, "Library", "Application Support", "Coachdans");
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Paths.get(xdg, "coachdans") : Paths.get(userHome, ".local", "share", "coachdans");
    }
}
