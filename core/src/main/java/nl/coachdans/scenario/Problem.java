package nl.coachdans.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * What is wrong, as a code and its arguments; {@link FindingText} renders it in nl or en. Arguments
 * are strings (ids, file names), numbers, lists of strings, {@link Word}s (fixed words the bundles
 * translate), {@link Witness}es (choice ids a path takes) and {@link Cycle}s (node ids round a loop).
 */
public record Problem(FindingCode code, List<Object> args) {
    /** A text argument is cut at this length: a finding must not echo a whole megabyte of the file back. */
    static final int MAX_TEXT = 300;

    public Problem {
        if (code == null) throw new IllegalArgumentException("a problem needs a code");
        // List.copyOf refuses nulls; an argument may be null (a start node that is not given).
        List<Object> kept = new ArrayList<>(args.size());
        for (Object a : args) kept.add(a instanceof String s && s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) + "\u2026" : a);
        args = Collections.unmodifiableList(kept);
        if (args.size() != code.params().size()) {
            throw new IllegalArgumentException(code + " takes " + code.params() + ", got " + args.size() + " arguments");
        }
    }

    public static Problem of(FindingCode code, Object... args) {
        return new Problem(code, Arrays.asList(args));
    }

    /** The argument of this name. */
    public Object arg(String name) {
        int i = code.params().indexOf(name);
        if (i < 0) throw new IllegalArgumentException(code + " has no argument " + name);
        return args.get(i);
    }

    /** A fixed word (a field, a type, a strategy) that the bundles translate under {@code word.<key>}. */
    public record Word(String key) {
        @Override
        public String toString() {
            return key;
        }
    }

    /** The choice ids of a path, in order; {@code more} when the path was cut short. */
    public record Witness(List<String> choices, boolean more) {
        public Witness {
            choices = List.copyOf(choices);
        }

        public static Witness of(List<String> choices) {
            return new Witness(choices, false);
        }
    }

    /** The choices (or nodes) round a loop, in order. */
    public record Cycle(List<String> steps) {
        public Cycle {
            steps = List.copyOf(steps);
        }
    }
}
