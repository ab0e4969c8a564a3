package nl.coachdans.lrs;

import com.fasterxml.jackson.databind.JsonNode;
import nl.coachdans.assignments.Assignment;
import nl.coachdans.assignments.AssignmentLrs;
import nl.coachdans.sessions.StoredRecord;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Sends results in the background while the student plays. The game hands over each saved
 * session and returns at once; one daemon thread writes the statements to the {@link Outbox} and
 * sends what waits. When the store cannot be reached the statements stay on disk and the next try
 * waits longer (back-off); a refused key is reported once and retried only after the longest wait.
 * The key and secret are looked up by assignment id when sending, never written to the outbox.
 */
public final class LrsSender implements AutoCloseable {
    private final Outbox outbox;
    private final ResultStatements statements;
    private final Delivery delivery;
    private final Function<String, Optional<AssignmentLrs>> lrsOf;
    private final Backoff backoff;
    private final Consumer<String> log;
    private final Clock clock;
    private final ScheduledExecutorService worker;
    private final Set<String> blocked = new HashSet<>();
    private final Set<String> announced = new HashSet<>();
    private Instant notBefore = Instant.MIN;
    private ScheduledFuture<?> retry;
    private SendStatus.Problem problem;
    private volatile SendStatus status = SendStatus.NOTHING;

    /**
     * {@code lrsOf}: the store an assignment names (with its credentials), by assignment id;
     * {@code log}: one line per event worth telling, never with a key or secret.
     */
    public LrsSender(Outbox outbox, ResultStatements statements, Delivery delivery,
                     Function<String, Optional<AssignmentLrs>> lrsOf, Backoff backoff, Consumer<String> log, Clock clock) {
        this.outbox = outbox;
        this.statements = statements;
        this.delivery = delivery;
        this.lrsOf = lrsOf;
        this.backoff = backoff;
        this.log = log;
        this.clock = clock;
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "coachdans-lrs");
            t.setDaemon(true);
            return t;
        });
    }

    /** Reads the outbox left by earlier runs and sends what waits; refused statements get one new try. */
    public void start() {
        run(() -> {
            outbox.retryRefused();
            publish();
            pass();
        });
    }

    /**
     * A session was saved ({@code closed}: and left for its debrief, so nothing in it can change
     * any more): queue what can no longer change and send it. Returns at once; sessions outside an
     * assignment with a store are ignored.
     */
    public void offer(StoredRecord stored, Assignment assignment, boolean closed) {
        if (assignment == null || assignment.lrs() == null || stored.transcript() == null || stored.profile() == null) return;
        if (!Objects.equals(assignment.id(), stored.record().assignment())) return;
        run(() -> {
            ResultStatements.Live live = statements.live(stored, assignment, closed);
            if (live.statements().isEmpty() && !live.complete()) return;
            outbox.put(stored.record().id(), stored.record().scenario(), assignment.id(), assignment.lrs().endpoint(),
                    live.statements(), live.complete());
            publish();
            pass();
        });
    }

    /**
     * Queues what earlier runs saved but never queued (the game stopped between saving a choice and
     * queueing it), in the background: every record of an assignment with a store whose session
     * has not been queued whole. {@code records} is only read when {@code assignments} names a store.
     */
    public void catchUp(Supplier<List<StoredRecord>> records, Function<String, Optional<Assignment>> assignments,
                        BooleanSupplier anyStore) {
        run(() -> {
            if (!anyStore.getAsBoolean()) return;
            for (StoredRecord st : records.get()) {
                if (st.transcript() == null || st.profile() == null || st.record().assignment() == null) continue;
                Outbox.Session queued = outbox.get(st.record().id());
                if (queued != null && queued.complete()) continue;
                Optional<Assignment> a = assignments.apply(st.record().assignment());
                if (a.isEmpty() || a.get().lrs() == null) continue;
                // A session that ended can no longer be resumed, so nothing in it can change.
                ResultStatements.Live live = statements.live(st, a.get(), st.transcript().ended());
                if (live.statements().isEmpty()) continue;
                outbox.put(st.record().id(), st.record().scenario(), a.get().id(), a.get().lrs().endpoint(), live.statements(), live.complete());
            }
            publish();
            pass();
        });
    }

    /** The latest status; never waits for the sender. */
    public SendStatus status() {
        return status;
    }

    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private interface Job {
        void run() throws IOException;
    }

    private void run(Job job) {
        if (worker.isShutdown()) return;
        worker.execute(() -> {
            try {
                job.run();
            } catch (IOException | RuntimeException e) {
                // The outbox could not be written (disk full, folder gone): say so, try again later.
                problem = new SendStatus.Problem(SendStatus.Problem.Kind.NOT_QUEUED,
                        "results could not be queued: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
                publish();
                later(backoff.failed());
            }
        });
    }

    private void pass() throws IOException {
        if (clock.instant().isBefore(notBefore)) return;
        boolean delivered = false;
        for (Outbox.Session s : outbox.sessions()) {
            if (s.waiting().isEmpty()) continue;
            Optional<AssignmentLrs> lrs = lrsOf.apply(s.assignment());
            if (lrs.isEmpty() || !lrs.get().hasCredentials()) continue;
            LrsTarget target;
            try {
                target = LrsTarget.of(lrs.get());
            } catch (IllegalArgumentException e) {
                tell(s.assignment(), "the LRS of assignment '" + s.assignment() + "' cannot be used: " + e.getMessage());
                continue;
            }
            if (blocked.contains(target.fingerprint())) continue;
            List<JsonNode> bodies = new ArrayList<>();
            for (Outbox.Entry e : s.waiting()) if (e.statement() != null) bodies.add(e.statement());
            Map<String, Answer> answers = delivery.deliver(target, bodies);
            outbox.settle(s, answers);
            Answer stop = answers.values().stream()
                    .filter(a -> a.fate() == Answer.Fate.UNREACHABLE || a.fate() == Answer.Fate.BLOCKED).findFirst().orElse(null);
            if (answers.values().stream().anyMatch(a -> a.fate().delivered())) {
                delivered = true;
                if (problem != null && announced.contains(target.fingerprint())) problem = null;
                announced.remove(target.fingerprint());
            }
            if (stop != null && stop.fate() == Answer.Fate.BLOCKED) {
                blocked.add(target.fingerprint());
                tell(target.fingerprint(), stop.reason());
                String fp = target.fingerprint();
                worker.schedule(() -> run(() -> {
                    blocked.remove(fp);
                    pass();
                }), backoff.max().toMillis(), TimeUnit.MILLISECONDS);
            } else if (stop != null) {
                Duration wait = backoff.failed();
                notBefore = clock.instant().plus(wait);
                publish();
                later(wait);
                return;
            }
        }
        if (delivered) backoff.succeeded();
        publish();
    }

    /** A message that needs a person: shown and logged once per cause, not at every try. */
    private void tell(String cause, String message) {
        problem = new SendStatus.Problem(SendStatus.Problem.Kind.NO_ACCESS, message);
        if (announced.add(cause)) log.accept(message);
    }

    private void later(Duration wait) {
        if (retry != null && !retry.isDone()) return;
        retry = worker.schedule(() -> run(() -> {
            notBefore = Instant.MIN;
            pass();
        }), wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void publish() {
        List<SendStatus.Line> lines = new ArrayList<>();
        for (Outbox.Session s : outbox.sessions()) {
            lines.add(new SendStatus.Line(s.record(), s.scenario(), s.assignment(), (int) s.count(Outbox.State.WAITING),
                    (int) s.count(Outbox.State.REFUSED), s.arrived()));
        }
        status = new SendStatus(lines, problem);
    }
}
