package nl.coachdans.scenario;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * A file-system problem in a user's words (permission denied, the disk is full), never an
 * exception's class name. Used by every reader and writer, so that one condition reads the same
 * wherever it is met.
 */
public final class IoWords {
    private IoWords() {
    }

    public static String of(IOException e) {
        String reason = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
        String file = e instanceof FileSystemException fse ? fse.getFile() : null;
        String lower = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        String what;
        if (e instanceof AccessDeniedException || lower.contains("permission denied")) what = "permission denied";
        else if (e instanceof NoSuchFileException) what = "no such file or folder";
        else if (e instanceof NotDirectoryException) what = "not a folder";
        else if (e instanceof FileSystemLoopException) what = "a folder that contains itself through links";
        else if (lower.contains("no space") || lower.contains("out of disk space") || lower.contains("disk quota")) what = "the disk is full";
        else if (lower.contains("read-only")) what = "the file system is read-only";
        else if (lower.contains("is a directory")) what = "it is a folder";
        else if (e instanceof FileSystemException && reason == null) what = "the file system refused";
        else what = reason == null || reason.isBlank() ? "input/output error" : reason;
        return file == null ? what : what + " (" + file + ")";
    }
}
