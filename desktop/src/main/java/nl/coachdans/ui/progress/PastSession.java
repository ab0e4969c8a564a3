package nl.coachdans.ui.progress;

import nl.coachdans.lint.ContentLibrary;
import nl.coachdans.sessions.RecordStatus;
import nl.coachdans.sessions.StoredRecord;
import nl.coachdans.ui.UiContext;
import nl.coachdans.ui.debrief.DebriefScreen;

import java.util.Optional;

/**
 * Opens a past session again: the dance replay or the debrief when it can be replayed, or (for
 * one of the trainee's own unfinished sessions) the conversation where it stopped. Both screens
 * are the navigator's, so study marks and reflections are saved back into the record's own file.
 */
public final class PastSession {
    private final UiContext ctx;

    public PastSession(UiContext ctx) {
        this.ctx = ctx;
    }

    /** Replayable: read back and re-scored (ok, or altered with the replayed result shown). */
    public static boolean replayable(StoredRecord r) {
        return r.record() != null && r.profile() != null && r.transcript() != null
                && (r.status() == RecordStatus.OK || r.status() == RecordStatus.ALTERED);
    }

    private Optional<DebriefScreen.Data> data(StoredRecord r, String note) {
        if (!replayable(r)) return Optional.empty();
        Optional<ContentLibrary.Entry> entry = ctx.data().usable(r.record().scenario());
        String why = r.status() == RecordStatus.OK ? note : join(note, ctx.trainerTexts().explain(r.explanation()));
        return entry.map(e -> new DebriefScreen.Data(e.scenario(), ctx.data().library().curriculum(), r.transcript(), r.profile(),
                r.record(), why, false, r.file()));
    }

    /** The session's debrief; {@code note} says where it came from (may be null). */
    public boolean debrief(StoredRecord r, String note) {
        Optional<DebriefScreen.Data> d = data(r, note);
        d.ifPresent(ctx.nav()::debrief);
        return d.isPresent();
    }

    /** The session's dance replay; leaving it runs {@code back}. */
    public boolean replay(StoredRecord r, Runnable back) {
        Optional<DebriefScreen.Data> d = data(r, null);
        d.ifPresent(data -> ctx.nav().replay(data, rec -> back.run()));
        return d.isPresent();
    }

    /** One of the trainee's own sessions: a finished one replays, an unfinished one continues. */
    public boolean open(StoredRecord r, Runnable back) {
        if (!replayable(r)) return false;
        if (r.profile().finished() || r.status() != RecordStatus.OK) return replay(r, back);
        if (ctx.data().usable(r.record().scenario()).isEmpty()) return false;
        ctx.nav().resume(r);
        return true;
    }

    private static String join(String a, String b) {
        if (a == null) return b;
        return b == null ? a : a + " \u2013 " + b;
    }
}
