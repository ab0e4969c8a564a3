package nl.coachdans.desktop;

import java.io.PrintWriter;

/** Starts the game window; filled in by the game issue. */
final class GameLauncher {
    private GameLauncher() {
    }

    static int launch(String[] args, PrintWriter out, PrintWriter err) {
        err.println("coachdans: the game window is not built yet; try 'coachdans --help'");
        return 0;
    }
}
