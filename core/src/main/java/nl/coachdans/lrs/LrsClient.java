package nl.coachdans.lrs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The xAPI 1.0.3 conversation with a learning record store: POST a batch of statements, GET the
 * statements of one registration. Every request carries the version header and a timeout, so a
 * slow store costs at most that long.
 */
public final class LrsClient {
    static final String VERSION = "1.0.3";
    private static final int MAX_REASON = 400;
    /** A guard against a store that pages forever. */
    private static final int MAX_PAGES = 100;

    private final HttpClient http;
    private final Duration timeout;
    private final ObjectMapper json = new ObjectMapper();

    public LrsClient(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Posts one batch; the answer covers the whole batch (an LRS stores a batch whole or not at all). */
    public Answer post(LrsTarget target, ArrayNode statements) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(statements);
        } catch (IOException e) {
            throw new IllegalStateException("statements are plain JSON", e);
        }
        HttpRequest req = request(target, target.statements())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<String> res;
        try {
            res = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Answer(Answer.Fate.UNREACHABLE, "no answer from " + target + " (" + describe(e) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(Answer.Fate.UNREACHABLE, "interrupted");
        }
        int code = res.statusCode();
        String reason = target.redact(reason(res.body()));
        if (code == 200 || code == 204) {
            if (code == 200 && !isIdList(res.body())) {
                return new Answer(Answer.Fate.UNREACHABLE, target + " answered with something that is not an xAPI answer");
            }
            return Answer.of(Answer.Fate.STORED);
        }
        if (code == 409) return new Answer(Answer.Fate.ALREADY_THERE, reason);
        if (code == 400 || code == 413) return new Answer(Answer.Fate.REFUSED, "HTTP " + code + (reason.isEmpty() ? "" : ": " + reason));
        if (code == 401 || code == 403) {
            return new Answer(Answer.Fate.BLOCKED, target + " did not accept the key and secret (HTTP " + code + ")");
        }
        if (code == 404 || code == 405 || code == 410 || (code >= 300 && code < 400)) {
            return new Answer(Answer.Fate.BLOCKED, target + " has no xAPI statements here (HTTP " + code + "); check the endpoint address");
        }
        return new Answer(Answer.Fate.UNREACHABLE, target + " answered HTTP " + code + (reason.isEmpty() ? "" : ": " + reason));
    }

    /** What a registration's statements came back as. */
    public record Fetched(List<JsonNode> statements, Answer problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    /** Every statement the store holds for one registration (following {@code more}). */
    public Fetched registration(LrsTarget target, UUID registration) {
        List<JsonNode> out = new ArrayList<>();
        URI next = URI.create(target.statements() + "?registration=" + URLEncoder.encode(registration.toString(), StandardCharsets.UTF_8)
                + "&limit=500");
        for (int page = 0; page < MAX_PAGES && next != null; page++) {
            HttpResponse<String> res;
            try {
                res = http.send(request(target, next).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                return new Fetched(out, new Answer(Answer.Fate.UNREACHABLE, "no answer from " + target + " (" + describe(e) + ")"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Fetched(out, new Answer(Answer.Fate.UNREACHABLE, "interrupted"));
            }
            int code = res.statusCode();
            if (code == 401 || code == 403) {
                return new Fetched(out, new Answer(Answer.Fate.BLOCKED, target + " did not accept the key and secret (HTTP " + code + ")"));
            }
            if (code != 200) {
                return new Fetched(out, new Answer(Answer.Fate.UNREACHABLE, target + " answered HTTP " + code
                        + ": " + target.redact(reason(res.body()))));
            }
            JsonNode result;
            try {
                result = json.readTree(res.body());
            } catch (IOException e) {
                result = null;
            }
            if (result == null || !result.path("statements").isArray()) {
                return new Fetched(out, new Answer(Answer.Fate.UNREACHABLE, target + " answered with something that is not an xAPI statement list"));
            }
            result.path("statements").forEach(out::add);
            String more = result.path("more").asText("");
            next = more.isEmpty() ? null : target.endpoint().resolve(more);
        }
        return new Fetched(out, null);
    }

    private HttpRequest.Builder request(LrsTarget target, URI uri) {
        return HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("X-Experience-API-Version", VERSION)
                .header("Authorization", target.authorization());
    }

    private boolean isIdList(String body) {
        try {
            JsonNode n = json.readTree(body);
            return n != null && n.isArray();
        } catch (IOException e) {
            return false;
        }
    }

    /** The store's own words: an xAPI error's message and warnings, else the start of the body. */
    private String reason(String body) {
        if (body == null || body.isBlank()) return "";
        String text;
        try {
            JsonNode n = json.readTree(body);
            List<String> parts = new ArrayList<>();
            if (n != null && n.hasNonNull("message")) parts.add(n.get("message").asText());
            if (n != null && n.path("warnings").isArray()) n.get("warnings").forEach(w -> parts.add(w.asText()));
            text = parts.isEmpty() ? body : String.join("; ", parts);
        } catch (IOException e) {
            text = body;
        }
        text = text.replaceAll("\\s+", " ").trim();
        return text.length() > MAX_REASON ? text.substring(0, MAX_REASON) + "…" : text;
    }

    private static String describe(IOException e) {
        if (e instanceof java.net.http.HttpTimeoutException) return "timed out";
        if (e instanceof java.net.ConnectException) return "connection refused";
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
