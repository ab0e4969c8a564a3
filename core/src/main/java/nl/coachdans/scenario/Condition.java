package nl.coachdans.scenario;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.util.Set;
import java.util.function.Consumer;

/**
 * A parsed condition such as {@code rapport >= 5 and not visited(mail)}. Conditions are data, never
 * code: the parser accepts comparisons of state variables with whole numbers, and/or/not,
 * parentheses, true/false, visited(node) and chosen(choice), and questions about the session's
 * conduct so far: committed(risk), committed(critical|warning), reached(step), risks(SEVERITY) OP N
 * and steps(framework) OP N.
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

    /**
     * A name a condition refers to. For {@link Kind#RISK_COUNT} (name: warning, critical or any) and
     * {@link Kind#STEP_COUNT} (name: a framework) {@code bound} is the lowest count from which the
     * condition's answer no longer changes, so an explorer may cap the count there.
     */
    record Reference(Kind kind, String name, int bound) {
        public enum Kind { VARIABLE, VISITED, CHOSEN, RISK, STEP, RISK_COUNT, STEP_COUNT }

        public Reference(Kind kind, String name) {
            this(kind, name, 0);
        }
    }

    /** The reserved word inside committed() and risks() for a severity, or "any". */
    static String severityWord(Severity severity) {
        return severity == null ? "any" : severity == Severity.CRITICAL ? "critical" : "warning";
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
            Operator op = Operator.of(operator);
            if (op == null) throw new IllegalStateException(operator);
            return op.test(f.value(variable), number);
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

    /** {@code committed(RISK)} or {@code committed(FRAMEWORK/RISK)}: that risk was committed at least once. */
    record Committed(String framework, String risk, String source) implements Condition {
        public boolean test(Facts f) { return f.committed(framework, risk); }
        public void references(Consumer<Reference> sink) {
            sink.accept(new Reference(Reference.Kind.RISK, framework == null ? risk : framework + "/" + risk));
        }
    }

    /**
     * {@code risks(SEVERITY) OP N}: the number of risk events so far of that severity (null: any);
     * {@code committed(critical)} is {@code risks(critical) >= 1}.
     */
    record RiskCount(Severity severity, Operator operator, int number, String source) implements Condition {
        public boolean test(Facts f) { return operator.test(f.riskEvents(severity), number); }
        public void references(Consumer<Reference> sink) {
            sink.accept(new Reference(Reference.Kind.RISK_COUNT, severityWord(severity), Math.max(0, number) + 1));
        }
    }

    /** {@code reached(STEP)} or {@code reached(FRAMEWORK/STEP)}: that step has been reached. */
    record Reached(String framework, String step, String source) implements Condition {
        public boolean test(Facts f) { return f.reached(framework, step); }
        public void references(Consumer<Reference> sink) {
            sink.accept(new Reference(Reference.Kind.STEP, framework == null ? step : framework + "/" + step));
        }
    }

    /** {@code steps(FRAMEWORK) OP N}: how many of that framework's steps have been reached. */
    record StepCount(String framework, Operator operator, int number, String source) implements Condition {
        public boolean test(Facts f) { return operator.test(f.stepsReached(framework), number); }
        public void references(Consumer<Reference> sink) {
            sink.accept(new Reference(Reference.Kind.STEP_COUNT, framework, Math.max(0, number) + 1));
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
