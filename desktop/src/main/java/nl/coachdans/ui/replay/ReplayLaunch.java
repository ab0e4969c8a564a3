package nl.coachdans.ui.replay;

import nl.coachdans.sessions.RecordReader;
import nl.coachdans.sessions.StoredRecord;
import nl.coachdans.ui.UiContext;
import nl.coachdans.ui.BaseScreen;
import nl.coachdans.ui.debrief.DebriefScreen;

import java.nio.file.Path;

/**
 * The game started on a record's replay ({@code coachdans replay RECORD}, {@code --replay FILE} or
 * the benchmark's {@code --bench-replay FILE}).
 */
public record ReplayLaunch(Path file) {

    /**
     * Reads and re-scores the record and makes its replay screen. When it cannot be replayed the
     * reason is left for the menu (and reported to the probe) and null returned.
     */
    public BaseScreen open(UiContext ctx) {
        StoredRecord r = new RecordReader(ctx.data().source()).read(file);
        var entry = r.record() == null ? java.util.Optional.<nl.coachdans.lint.ContentLibrary.Entry>empty()
                : ctx.data().usable(r.record().scenario());
        if (r.transcript() == null || r.profile() == null || entry.isEmpty()) {
            String why = r.explanation() == null ? "" : ctx.trainerTexts().explain(r.explanation());
            ctx.notice(ctx.debriefTexts().text("launch.cannot", file.getFileName(), why));
            ctx.probe().replayUnavailable(file, r.message() == null ? "" : r.message());
            return null;
        }
        DebriefScreen.Data data = new DebriefScreen.Data(entry.get().scenario(), ctx.data().library().curriculum(), r.transcript(),
                r.profile(), r.record(), ctx.trainerTexts().explain(r.explanation()), false, file);
        return new ReplayScreen(ctx, data, null);
    }
}
