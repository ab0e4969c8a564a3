package nl.coachdans.lrs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers no real store gives on purpose (a proxy's error page, a server error, a redirect to a
 * login page): a plain server on 127.0.0.1 plays them, and each must leave the statements for later
 * or name the cause, never count them as arrived.
 */
class LrsClientTest {
    private HttpServer server;
    private final List<String> versions = Collections.synchronizedList(new ArrayList<>());

    private LrsTarget serve(int status, String contentType, String body) throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            versions.add(ex.getRequestHeaders().getFirst("X-Experience-API-Version"));
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", contentType);
            if (status == 302) ex.getResponseHeaders().add("Location", "/login");
            ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
            if (b.length > 0) ex.getResponseBody().write(b);
            ex.close();
        });
        server.start();
        return LrsTarget.of("http://127.0.0.1:" + server.getAddress().getPort() + "/xapi/", "key", "secret-value");
    }

    @AfterEach
    void stop() {
        if (server != null) server.stop(0);
    }

    private static ArrayNode one() {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        a.addObject().put("id", "0b6c3a52-1d7e-4b0a-9c25-3e6f0d4a7b19");
        return a;
    }

    private Answer post(LrsTarget t) {
        return new LrsClient(Duration.ofSeconds(5)).post(t, one());
    }

    @Test
    void garbageWithStatus200IsNotArrival() throws Exception {
        Answer a = post(serve(200, "text/html", "<html>Welcome to the hotel wifi</html>"));
        assertThat(a.fate()).isEqualTo(Answer.Fate.UNREACHABLE);
        assertThat(a.reason()).contains("not an xAPI answer");
        assertThat(versions).containsOnly("1.0.3");
    }

    @Test
    void aServerErrorIsTriedAgainLater() throws Exception {
        Answer a = post(serve(503, "application/json", "{\"message\":\"down for maintenance\"}"));
        assertThat(a.fate()).isEqualTo(Answer.Fate.UNREACHABLE);
        assertThat(a.reason()).contains("HTTP 503").contains("down for maintenance");
    }

    @Test
    void aRedirectOrMissingEndpointNamesTheAddressOnce() throws Exception {
        assertThat(post(serve(302, "text/html", "")).fate()).isEqualTo(Answer.Fate.BLOCKED);
        stop();
        Answer missing = post(serve(404, "text/plain", "no such thing"));
        assertThat(missing.fate()).isEqualTo(Answer.Fate.BLOCKED);
        assertThat(missing.reason()).contains("check the endpoint address");
    }

    @Test
    void theStoresWordsNeverCarryTheSecretOnward() throws Exception {
        Answer a = post(serve(400, "application/json", "{\"message\":\"bad statement from key:secret-value\"}"));
        assertThat(a.fate()).isEqualTo(Answer.Fate.REFUSED);
        assertThat(a.reason()).contains("bad statement").doesNotContain("secret-value");
        assertThat(LrsTarget.of("http://127.0.0.1/xapi", "key", "secret-value").toString()).doesNotContain("secret-value");
    }
}
