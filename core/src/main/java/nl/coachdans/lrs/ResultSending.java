package nl.coachdans.lrs;

import nl.coachdans.assignments.Assignment;
import nl.coachdans.assignments.AssignmentShelf;
import nl.coachdans.sessions.StoredRecord;
import nl.coachdans.play.GameData;
import nl.coachdans.play.PlaySession;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Connects the game to the learning record store an assignment names: a session of such an
 * assignment hands every save to the background sender, whose key and secret are read from the
 * assignment on the shelf when sending. The sender only starts when it is needed (an assignment
 * with a store is played, or earlier statements still wait), so a game without one pays nothing.
 */
public final class ResultSending implements AutoCloseable {
    /** Short, so a store that hangs holds up only the sender's thread, and only briefly. */
    private static final Duration TIMEOUT = Duration.ofSeconds(8);
    private static final Duration FIRST_WAIT = Duration.ofSeconds(5);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(10);

    private final Path home;
    private final GameData data;
    private final Consumer<String> log;
    private LrsSender sender;

    public ResultSending(Path home, GameData data, Consumer<String> log) {
        this.home = home;
        this.data = data;
        this.log = log;
    }

    /**
     * Starts sending what earlier runs left in the outbox, and queues what they saved but did not
     * queue; only when there is an outbox or an assignment, so a game without either pays nothing.
     */
    public void resumeWaiting() {
        if (!Files.isDirectory(new Outbox(home).folder()) && !Files.isDirectory(home.resolve(AssignmentShelf.FOLDER))) return;
        sender().catchUp(() -> data.records().list(), this::assignment,
                () -> new AssignmentShelf(home, data.playable()).list().stream().anyMatch(s -> s.ok() && s.assignment().lrs() != null));
    }

    /** Makes a session of an assignment with a store send as it is played. */
    public void watch(PlaySession session) {
        Optional<Assignment> a = assignment(session.record().assignment());
        if (a.isEmpty() || a.get().lrs() == null) return;
        LrsSender s = sender();
        Assignment assignment = a.get();
        session.onSaved(stored -> s.offer(stored, assignment, false));
    }

    /** A played session reached its debrief: whatever it holds now is final (practice mode sends it now). */
    public void closed(StoredRecord stored) {
        Optional<Assignment> a = assignment(stored.record().assignment());
        if (a.isEmpty() || a.get().lrs() == null) return;
        sender().offer(stored, a.get(), true);
    }

    public SendStatus status() {
        return sender == null ? SendStatus.NOTHING : sender.status();
    }

    @Override
    public void close() {
        if (sender != null) sender.close();
    }

    private Optional<Assignment> assignment(String id) {
        if (id == null) return Optional.empty();
        return new AssignmentShelf(home, data.playable()).find(id).filter(AssignmentShelf.Shelved::ok).map(AssignmentShelf.Shelved::assignment);
    }

    private LrsSender sender() {
        if (sender == null) {
            sender = new LrsSender(new Outbox(home), new ResultStatements(data.source()), new Delivery(new LrsClient(TIMEOUT)),
                    id -> assignment(id).map(Assignment::lrs), new Backoff(FIRST_WAIT, LONGEST_WAIT), log, Clock.systemUTC());
            sender.start();
        }
        return sender;
    }
}
