package nl.coachdans.debrief;

import nl.coachdans.scoring.Band;

/**
 * The trainee's own rating of a step beside the band computed for it: reached in order is
 * competent, reached out of order developing, not reached not yet. {@code self} is null when the
 * trainee did not rate this step.
 */
public record SelfRating(String framework, String step, Band self, Band computed) {
}
