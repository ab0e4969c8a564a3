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

    /** The starter's text with this id, scored against the built-in GROW framework. */
    public static String yaml(String id) {
        if (!validId(id)) throw new IllegalArgumentException("not a client id: " + id);
        return resource("starter-client.yaml").replace("CLIENT_ID", id);
    }

    /**
     * The starter client scored against a starter framework of its own instead of GROW: the client's
     * text and the framework's, the framework's id being {@code ID-model}. Its steps and risks have the
     * ids the client's tags use, so both validate as they are.
     */
    public static Pair withFramework(String id) {
        String framework = frameworkId(id);
        String client = yaml(id).replace("frameworks: [grow]", "frameworks: [" + framework + "]")
                .replace("# 'grow' is ingebouwd (Van den Berg, 'Het coachingsgesprek'): doel, werkelijkheid, opties, wil.",
                        "# '" + framework + "' staat in frameworks/" + framework + ".yaml: jouw eigen model / your own model.");
        return new Pair(client, resource("starter-framework.yaml").replace("FRAMEWORK_ID", framework));
    }

    /** The id of the starter framework that goes with client {@code id}. */
    public static String frameworkId(String id) {
        return id + "-model";
    }

    /** A starter client and its starter framework. */
    public record Pair(String client, String framework) { }

    private static String resource(String name) {
        try (InputStream in = StarterClient.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("the starter " + name + " is missing from the program");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
