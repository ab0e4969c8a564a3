package nl.coachdans.testplan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A hand-written test plan: what a client says, which options she is offered, which one the coach
 * takes, and the profile the path must give. The format is in docs/testing.md; each line is
 * {@code keyword: argument}, {@code #} starts a comment, and one comment says what the plan shows.
 */
record TestPlan(String name, String shows, List<Instruction> instructions) {

    /** One line of a plan, with its line number for messages. */
    record Instruction(int line, String keyword, String argument) {
    }

    TestPlan {
        instructions = List.copyOf(instructions);
    }

    static TestPlan read(Path file) throws IOException {
        return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    static TestPlan parse(String name, String text) {
        List<Instruction> out = new ArrayList<>();
        String shows = null;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty()) continue;
            if (l.startsWith("#")) {
                String c = l.substring(1).strip();
                if (shows == null && c.toLowerCase(Locale.ROOT).startsWith("shows:")) shows = c.substring("shows:".length()).strip();
                continue;
            }
            int colon = l.indexOf(':');
            if (colon <= 0) throw new PlanFailure(name, i + 1, "expected 'keyword: argument', found '" + l + "'");
            out.add(new Instruction(i + 1, l.substring(0, colon).strip().replaceAll("\\s+", " "), l.substring(colon + 1).strip()));
        }
        if (shows == null || shows.isBlank()) throw new PlanFailure(name, 1, "the plan does not say what it shows (a comment line '# shows: ...')");
        return new TestPlan(name, shows, out);
    }
}
