package nl.coachdans.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The commented starter client that {@code client new} writes: a small, complete conversation on the
 * built-in GROW framework, with Dutch and English comments, that validates and plays as it is and is
 * meant to be changed step by step into a trainer's own client.
 */
public final class StarterClient {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private StarterClient() {
    }

    /** Whether {@code id} can name a client (and so a file in the clients folder). */
    public static boolean validId(String id) {
        return id != null && id.length() <= 64 && ID.matcher(id).matches();
    }

    /** The starter's text with this id. */
    public static String yaml(String id) {
        if (!validId(id)) throw new IllegalArgumentException("not a client id: " + id);
        try (InputStream in = StarterClient.class.getResourceAsStream("starter-client.yaml")) {
            if (in == null) throw new IllegalStateException("the starter client is missing from the program");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("CLIENT_ID", id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
