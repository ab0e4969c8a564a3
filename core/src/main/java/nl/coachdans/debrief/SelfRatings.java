package nl.coachdans.debrief;

import nl.coachdans.scoring.Band;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The trainee's own rating per step while they are filling it in, keyed {@code framework/step} as
 * the record and the debrief builder expect. Plain Java, so it is tested without a window.
 */
public final class SelfRatings {
    private final Map<String, Band> bands = new LinkedHashMap<>();

    /** Starts from the codes a record holds; unknown codes are left out. */
    public static SelfRatings fromCodes(Map<String, String> codes) {
        SelfRatings r = new SelfRatings();
        if (codes != null) {
            codes.forEach((k, v) -> {
                Band b = Band.fromCode(v);
                if (b != null && k != null) r.bands.put(k, b);
            });
        }
        return r;
    }

    public static String key(String framework, String step) {
        return framework + "/" + step;
    }

    public Band get(String framework, String step) {
        return bands.get(key(framework, step));
    }

    /** Sets a rating like a radio button: choosing the selected band again keeps it; null clears. */
    public void set(String framework, String step, Band band) {
        String k = key(framework, step);
        if (band == null) bands.remove(k);
        else bands.put(k, band);
    }

    public int count() {
        return bands.size();
    }

    public boolean isEmpty() {
        return bands.isEmpty();
    }

    /** The ratings as stored in the record: band codes. */
    public Map<String, String> codes() {
        Map<String, String> out = new LinkedHashMap<>();
        bands.forEach((k, v) -> out.put(k, v.code()));
        return out;
    }

    public Map<String, Band> bands() {
        return Collections.unmodifiableMap(bands);
    }
}
