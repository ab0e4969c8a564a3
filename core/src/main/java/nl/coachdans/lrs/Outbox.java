package nl.coachdans.lrs;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.coachdans.files.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The statements on their way to a learning record store, on disk: one file per session under
 * {@code HOME/lrs/outbox}, each written atomically, so quitting or a crash loses nothing. A file
 * stays after everything in it arrived, without the statement bodies, as the proof that the session
 * arrived. Sending the same statement twice is harmless (stable ids), so a crash between sending
 * and writing down costs one resend, never a loss.
 *
 * <p>Not thread-safe: one sender thread owns it.
 */
public final class Outbox {
    public static final String FOLDER = "lrs";
    private static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private final Path dir;
    private final Map<String, Session> cache = new LinkedHashMap<>();
    private boolean loaded;

    public Outbox(Path home) {
        this.dir = home.resolve(FOLDER).resolve("outbox");
    }

    public Path folder() {
        return dir;
    }

    public enum State { WAITING, SENT, REFUSED }

    /** One statement: its body is dropped once the whole session has arrived. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(String id, JsonNode statement, State state, String reason, int tries) {
        Entry with(State s, String why) {
            return new Entry(id, statement, s, why, tries + 1);
        }
    }

    /** One session's statements, for one assignment's store. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Session(int format, String record, String scenario, String assignment, String endpoint,
                          boolean complete, List<Entry> statements) {
        public Session {
            statements = statements == null ? List.of() : List.copyOf(statements);
        }

        public long count(State s) {
            return statements.stream().filter(e -> e.state() == s).count();
        }

        /** Everything of the finished session is in the store. */
        public boolean arrived() {
            return complete && statements.stream().allMatch(e -> e.state() == State.SENT);
        }

        public List<Entry> waiting() {
            return statements.stream().filter(e -> e.state() == State.WAITING).toList();
        }
    }

    /**
     * Adds a session's statements. A statement already sent stays sent (the store has it; its id
     * is stable); one still waiting or refused takes the new content, which makes a refused one
     * wait again when it changed.
     */
    public Session put(String record, String scenario, String assignment, String endpoint, List<ObjectNode> statements,
                       boolean complete) throws IOException {
        Session old = get(record);
        Map<String, Entry> byId = new LinkedHashMap<>();
        if (old != null) old.statements().forEach(e -> byId.put(e.id(), e));
        for (ObjectNode s : statements) {
            String id = s.path("id").asText();
            Entry e = byId.get(id);
            if (e == null) byId.put(id, new Entry(id, s, State.WAITING, null, 0));
            else if (e.state() != State.SENT && !Objects.equals(e.statement(), s)) byId.put(id, new Entry(id, s, State.WAITING, null, 0));
        }
        Session next = new Session(FORMAT, record, scenario, assignment, endpoint, complete || (old != null && old.complete()),
                new ArrayList<>(byId.values()));
        if (!next.equals(old)) save(next);
        return next;
    }

    /** Writes down what the store answered for some of a session's statements. */
    public Session settle(Session s, Map<String, Answer> answers) throws IOException {
        List<Entry> next = new ArrayList<>();
        for (Entry e : s.statements()) {
            Answer a = answers.get(e.id());
            if (a == null || e.state() == State.SENT) {
                next.add(e);
            } else if (a.fate().delivered()) {
                next.add(e.with(State.SENT, null));
            } else if (a.fate() == Answer.Fate.REFUSED) {
                next.add(e.with(State.REFUSED, a.reason()));
            } else {
                next.add(new Entry(e.id(), e.statement(), e.state(), e.reason(), e.tries() + 1));
            }
        }
        Session out = new Session(s.format(), s.record(), s.scenario(), s.assignment(), s.endpoint(), s.complete(), next);
        if (out.arrived()) {
            // Arrived: keep the ids as proof, not the bodies.
            out = new Session(out.format(), out.record(), out.scenario(), out.assignment(), out.endpoint(), true,
                    out.statements().stream().map(e -> new Entry(e.id(), null, e.state(), null, e.tries())).toList());
        }
        save(out);
        return out;
    }

    /** Refused statements wait again (once per start of the game: the store may have been fixed). */
    public void retryRefused() throws IOException {
        for (Session s : sessions()) {
            if (s.count(State.REFUSED) == 0) continue;
            save(new Session(s.format(), s.record(), s.scenario(), s.assignment(), s.endpoint(), s.complete(),
                    s.statements().stream().map(e -> e.state() == State.REFUSED ? new Entry(e.id(), e.statement(), State.WAITING, e.reason(), e.tries()) : e).toList()));
        }
    }

    public Session get(String record) {
        load();
        return cache.get(record);
    }

    /** Every session in the outbox, in the order first queued (file name order after a restart). */
    public List<Session> sessions() {
        load();
        return List.copyOf(cache.values());
    }

    private void save(Session s) throws IOException {
        AtomicFiles.write(fileOf(s.record()), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(s));
        cache.put(s.record(), s);
    }

    private Path fileOf(String record) {
        return dir.resolve(record.replaceAll("[^A-Za-z0-9._-]", "_") + ".json");
    }

    /** Reads the folder once; a file that cannot be read is set aside in {@code corrupt/}, never deleted. */
    private void load() {
        if (loaded) return;
        loaded = true;
        if (!Files.isDirectory(dir)) return;
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json") && !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            return;
        }
        for (Path f : files) {
            try {
                Session s = JSON.readValue(f.toFile(), Session.class);
                if (s.record() == null) throw new IOException("no record id");
                cache.put(s.record(), s);
            } catch (IOException | RuntimeException e) {
                try {
                    Path aside = dir.resolve("corrupt").resolve(f.getFileName());
                    Files.createDirectories(aside.getParent());
                    Files.move(f, aside, StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException ignored) {
                    // left where it is; it is tried again next start
                }
            }
        }
    }
}
