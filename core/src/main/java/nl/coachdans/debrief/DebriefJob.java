package nl.coachdans.debrief;

import nl.coachdans.engine.Transcript;
import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scenario.Scenario;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Builds the debrief on a background thread. Finding the turning points replays every option not
 * taken and searches the best ending still reachable after it, which takes a few seconds; the
 * trainee spends that time rating themselves, so the analysis is usually ready when they get there.
 * The trainee's own ratings are paired with the computed bands on screen, so the job needs none.
 */
public final class DebriefJob {
    private final CompletableFuture<Debrief> result;

    private DebriefJob(CompletableFuture<Debrief> result) {
        this.result = result;
    }

    public static DebriefJob start(Curriculum curriculum, Scenario scenario, Transcript transcript, List<ScenarioCard> others) {
        CompletableFuture<Debrief> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(new DebriefBuilder(curriculum).build(scenario, transcript, Map.of(), others));
            } catch (RuntimeException | Error e) {
                f.completeExceptionally(e);
            }
        }, "coachdans-debrief");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        t.start();
        return new DebriefJob(f);
    }

    public boolean finished() {
        return result.isDone();
    }

    /** The debrief, or null while it is being built or when building failed. */
    public Debrief debrief() {
        return result.isDone() && !result.isCompletedExceptionally() ? result.join() : null;
    }

    /** Why building failed, or null. */
    public String failure() {
        if (!result.isCompletedExceptionally()) return null;
        try {
            result.join();
            return null;
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        }
    }
}
