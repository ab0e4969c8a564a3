package nl.coachdans.cli;

import nl.coachdans.files.AtomicFiles;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes every output file of the command line through the one safe writer, under one rule: an
 * existing file is replaced only with --force, and never one that is not a regular file.
 */
final class OutputFiles {
    private OutputFiles() {
    }

    static void write(Path target, byte[] content, boolean force) {
        try {
            AtomicFiles.write(target, content, force ? AtomicFiles.Overwrite.FORCE : AtomicFiles.Overwrite.NEVER);
        } catch (AtomicFiles.Refused e) {
            throw new UserError(target + " " + e.getReason(), e.regularFile() ? 1 : 2);
        } catch (IOException e) {
            throw new UserError("cannot write " + target + ": " + AtomicFiles.describe(e) + "; nothing was written"
                    + (java.nio.file.Files.exists(target) ? " and the old file is kept" : ""), 2);
        }
    }
}
