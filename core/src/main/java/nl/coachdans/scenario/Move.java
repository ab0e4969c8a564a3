package nl.coachdans.scenario;

/**
 * The dance move a coach choice makes: who leads, a step closer (+) or further away (-)
 * from -2 to +2, going along or counterplay, and tempo.
 */
public record Move(Lead lead, int closeness, Stance stance, Tempo tempo) {
}
