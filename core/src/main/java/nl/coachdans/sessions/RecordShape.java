package nl.coachdans.sessions;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The record file as it has been written since format 1: one flat object, fields in this order,
 * null fields left out. {@link SessionRecord} is made of parts; this is the one place that lays
 * them out flat, so that files stay byte for byte what older programs wrote and read.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RecordShape(
        int format,
        String id,
        String scenario,
        int version,
        String contentHash,
        String language,
        Mode mode,
        long seed,
        String trainee,
        String assignment,
        Instant started,
        List<RecordedChoice> choices,
        Summary summary,
        Map<String, String> selfRatings,
        String selfNote,
        List<Annotation> annotations,
        String inspiration) {

    static RecordShape of(SessionRecord r) {
        RecordHeader h = r.header();
        return new RecordShape(h.format(), h.id(), h.scenario(), h.version(), h.contentHash(), h.language(), h.mode(),
                h.seed(), h.trainee(), h.assignment(), h.started(), r.choices(), r.summary(),
                r.reflection().selfRatings(), r.reflection().selfNote(), r.study().annotations(), r.study().inspiration());
    }

    SessionRecord toRecord() {
        return new SessionRecord(new RecordHeader(format, id, scenario, version, contentHash, language, mode, seed, trainee,
                assignment, started), choices, summary, new Reflection(selfRatings, selfNote), new StudyNotes(annotations, inspiration));
    }
}
