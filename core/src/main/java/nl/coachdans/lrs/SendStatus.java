package nl.coachdans.lrs;

import java.util.List;

/**
 * What the game shows about sending, quietly: per session how many statements still wait (refused
 * ones apart; their reasons stay in the outbox) and whether it has arrived whole, and at most one
 * problem that needs a person.
 */
public record SendStatus(List<Line> sessions, Problem problem) {
    public static final SendStatus NOTHING = new SendStatus(List.of(), null);

    public SendStatus {
        sessions = List.copyOf(sessions);
    }

    /** One session in the outbox; {@code arrived}: finished and every statement in the store. */
    public record Line(String record, String scenario, String assignment, int waiting, int refused, boolean arrived) { }

    /** Something only a person can fix; {@code detail} is for the log, in English, without credentials. */
    public record Problem(Kind kind, String detail) {
        public enum Kind {
            /** The store refused the key, or there is no store at the address. */
            NO_ACCESS,
            /** The outbox could not be written. */
            NOT_QUEUED
        }
    }

    public int waiting() {
        return sessions.stream().mapToInt(Line::waiting).sum();
    }

    public int refused() {
        return sessions.stream().mapToInt(Line::refused).sum();
    }

    public List<Line> arrived() {
        return sessions.stream().filter(Line::arrived).toList();
    }

    /** What a screen shows of it: a screen redraws its line when this changes. */
    public record Summary(int waiting, int refused, int arrived, Problem.Kind problem) { }

    public Summary summary() {
        return new Summary(waiting(), refused(), arrived().size(), problem == null ? null : problem.kind());
    }

    /** This status narrowed to one assignment's sessions. */
    public SendStatus of(String assignment) {
        return new SendStatus(sessions.stream().filter(l -> assignment.equals(l.assignment())).toList(), problem);
    }
}
