package nl.coachdans.scenario;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.util.List;

/**
 * What the client needs from the coach at a node, for the dance: any field left out does not
 * matter there; a field may accept several moves ({@code lead: [client, shared]}, a closeness range).
 * A move fits when every given field accepts it. It describes the client, not the expert's move.
 */
public record Need(
        @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY, JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED})
        List<Lead> lead,
        Closeness closeness,
        @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY, JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED})
        List<Stance> stance,
        @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY, JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED})
        List<Tempo> tempo) {

    public Need {
        lead = lead == null || lead.isEmpty() ? null : List.copyOf(lead);
        stance = stance == null || stance.isEmpty() ? null : List.copyOf(stance);
        tempo = tempo == null || tempo.isEmpty() ? null : List.copyOf(tempo);
    }

    /** A need with one accepted value per field (null: does not matter), as older files wrote it. */
    public static Need of(Lead lead, Integer closeness, Stance stance, Tempo tempo) {
        return new Need(lead == null ? null : List.of(lead), closeness == null ? null : Closeness.sign(closeness),
                stance == null ? null : List.of(stance), tempo == null ? null : List.of(tempo));
    }

    public boolean isEmpty() {
        return lead == null && closeness == null && stance == null && tempo == null;
    }

    public boolean fits(Move move) {
        if (move == null) return false;
        if (lead != null && !lead.contains(move.lead())) return false;
        if (stance != null && !stance.contains(move.stance())) return false;
        if (tempo != null && !tempo.contains(move.tempo())) return false;
        return closeness == null || closeness.fits(move.closeness());
    }

    /**
     * Whether this need merely copies the given (expert's) move: every field it gives accepts one
     * value only, the move's own (closeness by sign in the older single-number form). Such a need
     * leaves no other sensible move in tune.
     */
    public boolean copies(Move move) {
        if (move == null || isEmpty()) return false;
        if (lead != null && !lead.equals(List.of(move.lead()))) return false;
        if (stance != null && !stance.equals(List.of(move.stance()))) return false;
        if (tempo != null && !tempo.equals(List.of(move.tempo()))) return false;
        if (closeness == null) return true;
        return switch (closeness.form()) {
            case SIGN -> closeness.fits(move.closeness());
            case RANGE -> closeness.values().equals(List.of(move.closeness(), move.closeness()));
            case ANY_OF -> closeness.values().equals(List.of(move.closeness()));
        };
    }
}
