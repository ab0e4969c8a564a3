package nl.coachdans.twine;

/** A story file that is not Twee 3 or a Twine 2 archive; the message names the place. */
public final class TwineFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public TwineFormatException(String message) {
        super(message);
    }
}
