package nl.coachdans.scenario;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.util.List;

/**
 * The closeness a client needs: a whole number (any move of the same sign fits, as in older files),
 * a range {@code a..b} (inclusive), or a list of whole numbers (any of them exactly).
 */
@JsonDeserialize(using = ClosenessDeserializer.class)
public record Closeness(Form form, List<Integer> values) {

    public enum Form { SIGN, RANGE, ANY_OF }

    public Closeness {
        values = List.copyOf(values);
    }

    public static Closeness sign(int value) {
        return new Closeness(Form.SIGN, List.of(value));
    }

    public static Closeness range(int from, int to) {
        return new Closeness(Form.RANGE, List.of(from, to));
    }

    public static Closeness anyOf(List<Integer> values) {
        return new Closeness(Form.ANY_OF, values);
    }

    public boolean fits(int closeness) {
        return switch (form) {
            case SIGN -> Integer.signum(values.get(0)) == Integer.signum(closeness);
            case RANGE -> closeness >= values.get(0) && closeness <= values.get(1);
            case ANY_OF -> values.contains(closeness);
        };
    }

    /** The file form: a plain number for the sign form, so older files keep their content hash. */
    @JsonValue
    Object json() {
        return switch (form) {
            case SIGN -> values.get(0);
            case RANGE -> values.get(0) + ".." + values.get(1);
            case ANY_OF -> values;
        };
    }
}
