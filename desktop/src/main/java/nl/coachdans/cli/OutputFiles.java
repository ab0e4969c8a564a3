package nl.coachdans.cli;

import nl.coachdans.record.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes command output files: atomically, and never over an existing file without --force. */
final class OutputFiles {
    private OutputFiles() {
    }

    static void write(Path target, byte[] content, boolean force) {
        if (!force && Files.exists(target)) {
            throw new UserError(target + " exists already; add --force to replace it", 1);
        }
        if (Files.isDirectory(target)) throw new UserError(target + " is a folder; give a file name", 2);
        try {
            AtomicFiles.write(target, content);
        } catch (IOException e) {
            throw new UserError("cannot write " + target + ": " + e.getMessage(), 2);
        }
    }
}
