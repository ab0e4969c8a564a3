package nl.coachdans.replay;

import nl.coachdans.sessions.Annotation;
import nl.coachdans.sessions.RecordSaver;
import nl.coachdans.sessions.SessionRecord;

import java.util.List;

/**
 * The replay's study marks saved into the session's record, atomically, through {@link RecordSaver};
 * a record only looked at is not written again.
 */
public final class RecordStudy implements ReplayController.Saver {
    private final RecordSaver saver;
    private SessionRecord record;

    public RecordStudy(SessionRecord record, RecordSaver saver) {
        this.record = record;
        this.saver = saver;
    }

    /** The marks saved before, to start the replay with. */
    public StudyMarks marks() {
        return StudyMarks.of(record.study().annotations(), record.study().inspiration());
    }

    @Override
    public String save(List<Annotation> marks, String inspiration) {
        SessionRecord next = record.withStudy(marks, inspiration);
        if (next.equals(record)) return null;
        String problem = saver.save(next);
        if (problem == null) record = next;
        return problem;
    }

    /** The record with every mark saved so far. */
    public SessionRecord record() {
        return record;
    }
}
