package nl.coachdans.scenario;

/** What a condition may ask about a conversation in progress. */
public interface Facts {
    /** The current value of a state variable. */
    int value(String variable);

    boolean visited(String nodeId);

    boolean chosen(String choiceId);
}
