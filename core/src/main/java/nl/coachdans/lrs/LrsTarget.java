package nl.coachdans.lrs;

import nl.coachdans.assignments.AssignmentLrs;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * One learning record store with the credentials to write to it. The key and secret only ever
 * leave this object as the Authorization header; {@link #toString()} shows the address alone.
 */
public final class LrsTarget {
    private final URI endpoint;
    private final String key;
    private final String secret;

    private LrsTarget(URI endpoint, String key, String secret) {
        this.endpoint = endpoint;
        this.key = key;
        this.secret = secret;
    }

    /**
     * {@code endpoint}: the xAPI base address, the part before {@code statements}.
     *
     * @throws IllegalArgumentException with a message that never holds the key or the secret
     */
    public static LrsTarget of(String endpoint, String key, String secret) {
        if (endpoint == null || endpoint.isBlank()) throw new IllegalArgumentException("no LRS address given");
        URI u;
        try {
            u = new URI(endpoint.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + endpoint + "' is not a web address such as https://lrs.school.nl/xapi");
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (u.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new IllegalArgumentException("'" + endpoint + "' is not a web address such as https://lrs.school.nl/xapi");
        }
        if (u.getUserInfo() != null) {
            throw new IllegalArgumentException("the LRS address may not hold a user name or password; give the key and secret apart");
        }
        if (key == null || key.isEmpty() || secret == null) throw new IllegalArgumentException("the LRS needs a key and a secret");
        if (key.contains(":")) throw new IllegalArgumentException("the LRS key may not contain ':'");
        String base = u.toString().replaceAll("/+$", "");
        return new LrsTarget(URI.create(base + "/"), key, secret);
    }

    public static LrsTarget of(AssignmentLrs lrs) {
        return of(lrs.endpoint(), lrs.key(), lrs.secret());
    }

    /** The xAPI endpoint, ending in a slash. */
    public URI endpoint() {
        return endpoint;
    }

    public URI statements() {
        return endpoint.resolve("statements");
    }

    String authorization() {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Identifies address and credentials together without revealing them, so a key that was
     * refused can be told apart from a corrected one.
     */
    String fingerprint() {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            byte[] h = d.digest((endpoint + "\n" + key + "\n" + secret).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** {@code text} with the key and secret blanked out, for a message that came from elsewhere. */
    String redact(String text) {
        if (text == null) return null;
        String out = text;
        if (secret.length() >= 3) out = out.replace(secret, "***");
        if (key.length() >= 3) out = out.replace(key, "***");
        return out.replace(authorization(), "Basic ***");
    }

    @Override
    public String toString() {
        return endpoint.toString();
    }
}
