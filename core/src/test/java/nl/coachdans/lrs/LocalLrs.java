package nl.coachdans.lrs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A real learning record store for the tests: Learning Locker's xAPI statement service (npm
 * {@code xapi-statements}, pinned in src/test/lrs/package-lock.json), in memory, on 127.0.0.1.
 * Tests skip, with the reason, only when node is not installed.
 */
public final class LocalLrs implements AutoCloseable {
    static final Path FOLDER = Paths.get("src", "test", "lrs").toAbsolutePath();
    public static final String KEY = "coachdans-test";
    public static final String SECRET = "s3cret-for-tests";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private Process process;

    private LocalLrs(int port) {
        this.port = port;
    }

    /** Starts one on a free loopback port; skips the test when node is missing. */
    public static LocalLrs start() throws IOException, InterruptedException {
        Assumptions.assumeTrue(onPath("node"), "node is not installed: the tests against a real LRS need node (and npm once)");
        installOnce();
        LocalLrs lrs = new LocalLrs(freePort());
        lrs.launch();
        return lrs;
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port + "/xAPI";
    }

    LrsTarget target() {
        return LrsTarget.of(endpoint(), KEY, SECRET);
    }

    /** Stops answering without closing the port (SIGSTOP): requests hang until {@link #resume()}. */
    void pause() throws IOException, InterruptedException {
        signal("-STOP");
    }

    void resume() throws IOException, InterruptedException {
        signal("-CONT");
    }

    /** Ends the process: the port refuses connections; what it stored is gone. */
    void stop() throws InterruptedException {
        if (process == null) return;
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        process = null;
    }

    /** A fresh, empty store on the same port. */
    void startAgain() throws IOException, InterruptedException {
        stop();
        launch();
    }

    /** Every statement the store holds, read with the test's own plain HTTP client. */
    public List<JsonNode> statements() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString((KEY + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
        List<JsonNode> out = new ArrayList<>();
        URI next = URI.create(endpoint() + "/statements?limit=1000");
        while (next != null) {
            HttpResponse<String> res = http.send(HttpRequest.newBuilder(next).timeout(Duration.ofSeconds(10))
                    .header("X-Experience-API-Version", "1.0.3").header("Authorization", auth).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (res.statusCode() != 200) throw new IOException("LRS answered " + res.statusCode() + ": " + res.body());
            JsonNode body = JSON.readTree(res.body());
            body.path("statements").forEach(out::add);
            String more = body.path("more").asText("");
            next = more.isEmpty() ? null : URI.create("http://127.0.0.1:" + port).resolve(more);
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        if (process == null) return;
        try {
            resume();
            stop();
        } catch (InterruptedException e) {
            // The test is being torn down; keep the flag for the runner and still free the port.
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private void launch() throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("node", "run-lrs.js").directory(FOLDER.toFile()).redirectErrorStream(true);
        pb.environment().put("LRS_PORT", Integer.toString(port));
        pb.environment().put("LRS_KEY", KEY);
        pb.environment().put("LRS_SECRET", SECRET);
        process = pb.start();
        CompletableFuture<String> ready = new CompletableFuture<>();
        Process p = process;
        Thread reader = new Thread(() -> {
            StringBuilder seen = new StringBuilder();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("ready ")) ready.complete(line);
                    else if (seen.length() < 4000) seen.append(line).append('\n');
                }
            } catch (IOException ignored) {
                // the process ended
            }
            ready.complete("ended: " + seen);
        }, "local-lrs-output");
        reader.setDaemon(true);
        reader.start();
        String line;
        try {
            line = ready.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            stop();
            throw new IOException("the local LRS did not start within 60 s", e);
        }
        if (!line.startsWith("ready ")) throw new IOException("the local LRS did not start: " + line);
    }

    private void signal(String sig) throws IOException, InterruptedException {
        if (process == null) return;
        new ProcessBuilder("kill", sig, Long.toString(process.pid())).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
    }

    /** npm ci once when the service is not installed yet (.ci/run does the same). */
    private static synchronized void installOnce() throws IOException, InterruptedException {
        if (Files.isDirectory(FOLDER.resolve("node_modules").resolve("xapi-statements"))) return;
        Assumptions.assumeTrue(onPath("npm"), "npm is not installed: cannot install the local LRS (xapi-statements)");
        Process p = new ProcessBuilder("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund")
                .directory(FOLDER.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException("npm ci in " + FOLDER + " failed; run it by hand to see why");
        }
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Paths.get(dir, tool))) return true;
        }
        return false;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
