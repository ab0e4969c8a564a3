package nl.coachdans.ui.replay;

import com.badlogic.gdx.Gdx;
import nl.coachdans.sessions.RecordReader;
import nl.coachdans.sessions.StoredRecord;
import nl.coachdans.ui.UiContext;
import nl.coachdans.ui.BaseScreen;
import nl.coachdans.ui.debrief.DebriefScreen;

import java.nio.file.Path;

/**
 * The game started on a record's replay ({@code coachdans replay RECORD} or {@code --replay FILE}),
 * or on the replay benchmark ({@code --bench-replay FILE}, with {@code benchSeconds} above 0).
 */
public record ReplayLaunch(Path file, int benchSeconds) {

    public boolean bench() {
        return benchSeconds > 0;
    }

    /**
     * Reads and re-scores the record and makes its replay screen. When it cannot be replayed the
     * reason is left for the menu (or printed, for the benchmark, which then ends) and null returned.
     */
    public BaseScreen open(UiContext ctx) {
        StoredRecord r = new RecordReader(ctx.data().source()).read(file);
        var entry = r.record() == null ? java.util.Optional.<nl.coachdans.lint.ContentLibrary.Entry>empty()
                : ctx.data().usable(r.record().scenario());
        if (r.transcript() == null || r.profile() == null || entry.isEmpty()) {
            String why = r.message() == null ? "" : r.message();
            if (bench()) {
                ctx.options().out().accept("replay bench: cannot replay " + file + ": " + why);
                Gdx.app.exit();
            } else {
                ctx.notice(ctx.debriefTexts().text("launch.cannot", file.getFileName(), why));
            }
            return null;
        }
        DebriefScreen.Data data = new DebriefScreen.Data(entry.get().scenario(), ctx.data().library().curriculum(), r.transcript(),
                r.profile(), r.record(), r.message(), false, file);
        return bench() ? new ReplayScreen(ctx, data, null, new BenchRun(benchSeconds)) : new ReplayScreen(ctx, data, null);
    }
}
