package nl.coachdans.desktop;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The stream LWJGL reports GLFW errors to. LWJGL prints a Java stack trace under each error; a
 * trainee should see what went wrong, not where in LWJGL, so the stack lines are dropped and the
 * error and its description are kept.
 */
final class QuietErrors extends OutputStream {
    private final PrintStream target;
    private final StringBuilder line = new StringBuilder();
    private boolean inStack;

    private QuietErrors(PrintStream target) {
        this.target = target;
    }

    static PrintStream over(PrintStream target) {
        return new PrintStream(new QuietErrors(target), true, StandardCharsets.UTF_8);
    }

    @Override
    public void write(int b) {
        if (b == '\n') {
            emit();
        } else {
            line.append((char) b);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) {
        String s = new String(b, off, len, StandardCharsets.UTF_8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') emit();
            else line.append(c);
        }
    }

    private void emit() {
        String l = line.toString();
        line.setLength(0);
        String t = l.strip();
        if (t.startsWith("Stacktrace")) {
            inStack = true;
            return;
        }
        // Stack frames are indented; the next unindented line ends the trace.
        if (inStack && (l.startsWith("\t") || l.startsWith("  ") || t.isEmpty())) return;
        inStack = false;
        target.println(l);
    }

    @Override
    public void flush() {
        target.flush();
    }
}
