package nl.coachdans.scoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import nl.coachdans.scenario.Scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One score axis: the steps or the risks of a framework, the ending, or the dance. Files, JSON and
 * xAPI name an axis by its key ({@code ervaringsleren.steps}, {@code ending}); {@link #key()} and
 * {@link #parse} are the only two places that know that spelling.
 *
 * <p>Natural order: framework axes by framework id (steps before risks), then the ending, then the
 * dance, as a trainee reads them.
 */
public record Axis(String framework, AxisKind kind) implements Comparable<Axis> {
    public static final Axis ENDING = new Axis(null, AxisKind.ENDING);
    public static final Axis DANCE = new Axis(null, AxisKind.DANCE);

    private static final Comparator<Axis> ORDER = Comparator.comparing((Axis a) -> !a.kind.perFramework())
            .thenComparing(a -> a.framework == null ? "" : a.framework)
            .thenComparing(Axis::kind);

    public Axis {
        Objects.requireNonNull(kind, "kind");
        if (kind.perFramework() && (framework == null || framework.isEmpty())) {
            throw new IllegalArgumentException("a " + kind.word() + " axis belongs to a framework");
        }
        if (!kind.perFramework() && framework != null) {
            throw new IllegalArgumentException("the " + kind.word() + " axis belongs to no framework");
        }
    }

    public static Axis steps(String framework) {
        return new Axis(framework, AxisKind.STEPS);
    }

    public static Axis risks(String framework) {
        return new Axis(framework, AxisKind.RISKS);
    }

    /** The axes a session of this scenario can be banded on, in the order the scorer gives them. */
    public static List<Axis> of(Scenario scenario) {
        List<Axis> out = new ArrayList<>();
        for (String fw : scenario.frameworks()) {
            out.add(steps(fw));
            out.add(risks(fw));
        }
        out.add(ENDING);
        out.add(DANCE);
        return List.copyOf(out);
    }

    /** The key files use for this axis. */
    @JsonValue
    public String key() {
        return kind.perFramework() ? framework + "." + kind.word() : kind.word();
    }

    /** The axis a key names, or empty when it names none (for keys that may be something else). */
    public static Optional<Axis> fromKey(String key) {
        if (key == null) return Optional.empty();
        int dot = key.lastIndexOf('.');
        String framework = dot > 0 ? key.substring(0, dot) : null;
        String word = dot >= 0 ? key.substring(dot + 1) : key;
        for (AxisKind k : AxisKind.values()) {
            if (k.word().equals(word) && k.perFramework() == (framework != null)) return Optional.of(new Axis(framework, k));
        }
        return Optional.empty();
    }

    /**
     * The axis a key names. A key that names none is refused with a message saying what is
     * possible; the caller adds the file and field it came from.
     */
    @JsonCreator
    public static Axis parse(String key) {
        return fromKey(key).orElseThrow(() -> new IllegalArgumentException("'" + key
                + "' is not a score axis; write FRAMEWORK.steps, FRAMEWORK.risks, ending or dance"));
    }

    @Override
    public int compareTo(Axis o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return key();
    }
}
