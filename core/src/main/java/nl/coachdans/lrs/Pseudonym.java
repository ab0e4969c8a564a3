package nl.coachdans.lrs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The name a student is sent under when the assignment asks for a pseudonym: the same for every
 * session of one student in one assignment, different between assignments, and not the name. The
 * trainer, who has the class list and the assignment id, can work it out again; the store alone
 * cannot tell who it is.
 */
public final class Pseudonym {
    private Pseudonym() {
    }

    /** {@code assignment} may be null (a session outside an assignment); a blank name gives null. */
    public static String of(String assignment, String name) {
        if (name == null || name.isBlank()) return null;
        String who = Normalizer.normalize(name.trim().replaceAll("\\s+", " "), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            byte[] h = d.digest(("coachdans-pseudonym\n" + (assignment == null ? "" : assignment) + "\n" + who).getBytes(StandardCharsets.UTF_8));
            return "student-" + HexFormat.of().formatHex(h, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
