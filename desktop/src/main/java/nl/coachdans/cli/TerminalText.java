package nl.coachdans.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * Makes text safe for a terminal: control characters (escape sequences) and bidirectional
 * overrides from content files or file names are shown as {@code \}{@code uXXXX} instead of
 * acting on the terminal. That form is also a valid escape inside a JSON string, so JSON output
 * stays valid.
 */
final class TerminalText {
    private TerminalText() {
    }

    /** A writer that escapes everything printed through it except line breaks and tabs. */
    static PrintWriter wrap(PrintWriter target) {
        return new PrintWriter(new FilterWriter(target) {
            @Override
            public void write(int c) throws IOException {
                if (unsafe((char) c, false)) out.write(escape((char) c));
                else out.write(c);
            }

            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                for (int i = off; i < off + len; i++) write(buf[i]);
            }

            @Override
            public void write(String s, int off, int len) throws IOException {
                for (int i = off; i < off + len; i++) write(s.charAt(i));
            }
        }, true);
    }

    /** One name (a file name, an id) on one line: line breaks are escaped too. */
    static String name(String s) {
        if (s == null) return null;
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (unsafe(c, true)) sb.append(escape(c));
            else sb.append(c);
        }
        return sb.toString();
    }

    static boolean unsafe(char c, boolean breaksToo) {
        if (c == '\n' || c == '\t') return breaksToo;
        return c < 0x20 || c >= 0x7F && c < 0xA0
                || c == '\u061C' || c == '\u200E' || c == '\u200F'
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    private static String escape(char c) {
        return String.format("\\u%04X", (int) c);
    }
}
