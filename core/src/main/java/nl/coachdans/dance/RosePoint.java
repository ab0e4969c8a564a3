package nl.coachdans.dance;

/**
 * A place on Leary's Rose: {@code together} runs from tegen (-1) to samen (+1), {@code above} from
 * onder (-1, following) to boven (+1, leading).
 */
public record RosePoint(double together, double above) {
}
