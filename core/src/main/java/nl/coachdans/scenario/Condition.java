package nl.coachdans.scenario;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.util.Set;
import java.util.function.Consumer;

/**
 * A parsed condition such as {@code rapport >= 5 and not visited(mail)}. Conditions are data, never
 * code: the parser accepts comparisons of state variables with whole numbers, and/or/not,
 * parentheses, true/false, visited(node) and chosen(choice).
 */
@JsonDeserialize(using = ConditionDeserializer.class)
public sealed interface Condition {

    boolean test(Facts facts);

    /** Visits every reference in this condition (variables, visited nodes, chosen choices). */
    void references(Consumer<Reference> sink);

    /** The condition as the author wrote it; also its JSON form. */
    @com.fasterxml.jackson.annotation.JsonValue
    String source();

    static Condition parse(String source) {
        return new ConditionParser(source).parse();
    }

    /** A name a condition refers to. */
    record Reference(Kind kind, String name) {
        public enum Kind { VARIABLE, VISITED, CHOSEN }
    }

    default Set<Reference> referenceSet() {
        Set<Reference> out = new java.util.LinkedHashSet<>();
        references(out::add);
        return out;
    }

    record Constant(boolean value, String source) implements Condition {
        public boolean test(Facts f) { return value; }
        public void references(Consumer<Reference> sink) { }
    }

    record Comparison(String variable, String operator, int number, String source) implements Condition {
        public boolean test(Facts f) {
            int v = f.value(variable);
            return switch (operator) {
                case "<" -> v < number;
                case "<=" -> v <= number;
                case ">" -> v > number;
                case ">=" -> v >= number;
                case "==" -> v == number;
                case "!=" -> v != number;
                default -> throw new IllegalStateException(operator);
            };
        }
        public void references(Consumer<Reference> sink) {
            sink.accept(new Reference(Reference.Kind.VARIABLE, variable));
        }
    }

    record Visited(String node, String source) implements Condition {
        public boolean test(Facts f) { return f.visited(node); }
        public void references(Consumer<Reference> sink) {
            sink.accept(new Reference(Reference.Kind.VISITED, node));
        }
    }

    record Chosen(String choice, String source) implements Condition {
        public boolean test(Facts f) { return f.chosen(choice); }
        public void references(Consumer<Reference> sink) {
            sink.accept(new Reference(Reference.Kind.CHOSEN, choice));
        }
    }

    record Not(Condition operand, String source) implements Condition {
        public boolean test(Facts f) { return !operand.test(f); }
        public void references(Consumer<Reference> sink) { operand.references(sink); }
    }

    record And(Condition left, Condition right, String source) implements Condition {
        public boolean test(Facts f) { return left.test(f) && right.test(f); }
        public void references(Consumer<Reference> sink) { left.references(sink); right.references(sink); }
    }

    record Or(Condition left, Condition right, String source) implements Condition {
        public boolean test(Facts f) { return left.test(f) || right.test(f); }
        public void references(Consumer<Reference> sink) { left.references(sink); right.references(sink); }
    }
}
