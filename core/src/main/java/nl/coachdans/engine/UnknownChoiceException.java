package nl.coachdans.engine;

import java.util.List;

/** A choice id that is not among the options offered at this point of the session. */
public final class UnknownChoiceException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String choice;
    private final List<String> possible;

    public UnknownChoiceException(String choice, String node, List<String> possible) {
        super("unknown choice '" + choice + "' at node '" + node + "'; possible here: "
                + (possible.isEmpty() ? "none" : String.join(", ", possible)));
        this.choice = choice;
        this.possible = List.copyOf(possible);
    }

    public String choice() {
        return choice;
    }

    public List<String> possible() {
        return possible;
    }
}
