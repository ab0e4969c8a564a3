package nl.coachdans.cli;

import nl.coachdans.files.AtomicFiles;
import nl.coachdans.words.WordBook;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes every output file of the command line through the one safe writer, under one rule: an
 * existing file is replaced only with --force, and never one that is not a regular file.
 */
final class OutputFiles {
    private OutputFiles() {
    }

    /** Writes {@code content}; what goes wrong is said in the words of {@code w} (the trainer bundle). */
    static void write(Path target, byte[] content, boolean force, WordBook w) {
        try {
            AtomicFiles.write(target, content, force ? AtomicFiles.Overwrite.FORCE : AtomicFiles.Overwrite.NEVER);
        } catch (AtomicFiles.Refused e) {
            throw new UserError(target + " " + e.getReason(), e.regularFile() ? 1 : 2);
        } catch (IOException e) {
            throw new UserError(w.text(java.nio.file.Files.exists(target) ? "console.error.oldKept" : "console.error.cannotWrite",
                    target.toString(), AtomicFiles.describe(e)), 2);
        }
    }
}
