package nl.coachdans.ui;

import java.nio.file.Path;

/**
 * How the launcher starts the game: its data folder, and the probe that hears what it does
 * ({@link GameProbe#NONE} unless a test or benchmark asked for one).
 */
public record GameOptions(Path home, GameProbe probe) {

    public GameOptions {
        probe = probe == null ? GameProbe.NONE : probe;
    }
}
