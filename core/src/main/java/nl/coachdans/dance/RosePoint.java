package nl.coachdans.dance;

/**
 * A place on Leary's Rose: {@code together} runs from tegen (-1) to samen (+1), {@code above} from
 * onder (-1, following) to boven (+1, leading).
 */
public record RosePoint(double together, double above) {

    /** The octant name in Leary's Rose terms (for example "boven-samen"), for legends and tests. */
    public String octant() {
        String v = above > 0.33 ? "boven" : above < -0.33 ? "onder" : "";
        String h = together > 0.33 ? "samen" : together < -0.33 ? "tegen" : "";
        if (v.isEmpty() && h.isEmpty()) return "midden";
        if (v.isEmpty()) return h;
        if (h.isEmpty()) return v;
        return v + "-" + h;
    }
}
