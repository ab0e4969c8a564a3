package nl.coachdans.debrief;

import nl.coachdans.scoring.ScoreProfile;

import java.util.List;

/**
 * The debrief of one session, in the order of PEARLS: the trainee's self-ratings beside the
 * computed bands (reactions, then analysis), the profile (description and analysis), the turning
 * points, and the summary: what to practise next and a suggested next scenario (null when none).
 */
public record Debrief(
        ScoreProfile profile,
        List<SelfRating> ratings,
        List<TurningPoint> turningPoints,
        List<Advice> practise,
        String nextScenario) {

    public Debrief {
        ratings = List.copyOf(ratings);
        turningPoints = List.copyOf(turningPoints);
        practise = List.copyOf(practise);
    }
}
