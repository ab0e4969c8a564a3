package nl.coachdans.scenario;

/** What a condition may ask about a conversation in progress. */
public interface Facts {
    /** The current value of a state variable. */
    int value(String variable);

    boolean visited(String nodeId);

    boolean chosen(String choiceId);

    /** Whether the risk (framework null: in any of the scenario's frameworks) was committed at least once. */
    boolean committed(String framework, String risk);

    /** The number of risk events so far of this severity; null counts every event. */
    int riskEvents(Severity severity);

    /** Whether the step (framework null: in any of the scenario's frameworks) has been reached. */
    boolean reached(String framework, String step);

    /** How many of the framework's steps have been reached. */
    int stepsReached(String framework);
}
