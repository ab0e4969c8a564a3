package nl.coachdans.xapi;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Identifiers for xAPI statements and activities. Statement ids are name-based (version 5) UUIDs
 * of the record id and the turn, so exporting the same records twice gives the same statements
 * and a learning record store recognises them instead of storing them twice.
 */
public final class XapiIds {
    /** The namespace of Coachdans' name-based UUIDs; never change it, or re-exports get new ids. */
    static final UUID NAMESPACE = UUID.fromString("8f3c6a52-1d7e-4b0a-9c25-3e6f0d4a7b19");
    public static final String BASE = "https://coachdans.nl/xapi";

    private XapiIds() {
    }

    /** An RFC 4122 version 5 UUID of {@code name} in the Coachdans namespace. */
    public static UUID nameBased(String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
        }
        ByteBuffer ns = ByteBuffer.allocate(16).putLong(NAMESPACE.getMostSignificantBits()).putLong(NAMESPACE.getLeastSignificantBits());
        sha1.update(ns.array());
        byte[] h = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        h[6] = (byte) ((h[6] & 0x0f) | 0x50);
        h[8] = (byte) ((h[8] & 0x3f) | 0x80);
        ByteBuffer b = ByteBuffer.wrap(h, 0, 16);
        return new UUID(b.getLong(), b.getLong());
    }

    public static UUID statement(String recordId, int turn) {
        return nameBased("record/" + recordId + "/turn/" + turn);
    }

    public static UUID sessionStatement(String recordId) {
        return nameBased("record/" + recordId + "/session");
    }

    /** The session's registration: the record id itself when it is a UUID (as the game makes them). */
    public static UUID registration(String recordId) {
        try {
            UUID u = UUID.fromString(recordId);
            if (u.toString().equalsIgnoreCase(recordId)) return u;
        } catch (IllegalArgumentException e) {
            // a hand-made id: derive one
        }
        return nameBased("record/" + recordId + "/registration");
    }

    public static String scenario(String scenario) {
        return BASE + "/scenarios/" + segment(scenario);
    }

    public static String node(String scenario, String node) {
        return scenario(scenario) + "/nodes/" + segment(node);
    }

    public static String choice(String scenario, String node, String choice) {
        return node(scenario, node) + "/choices/" + segment(choice);
    }

    public static String assignment(String id) {
        return BASE + "/assignments/" + segment(id);
    }

    public static String extension(String name) {
        return BASE + "/extensions/" + name;
    }

    /** Percent-encodes everything but RFC 3986 unreserved characters, so any id makes a valid IRI. */
    static String segment(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~') {
                sb.append(c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return sb.toString();
    }
}
