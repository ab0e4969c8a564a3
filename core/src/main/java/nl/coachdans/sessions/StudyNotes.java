package nl.coachdans.sessions;

import java.util.List;

/** What the trainee marked while studying the replay, and what inspired them. */
public record StudyNotes(List<Annotation> annotations, String inspiration) {
    public static final StudyNotes NONE = new StudyNotes(List.of(), null);

    public StudyNotes {
        annotations = annotations == null ? List.of() : List.copyOf(annotations);
    }
}
