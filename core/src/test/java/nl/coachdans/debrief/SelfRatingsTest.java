package nl.coachdans.debrief;

import nl.coachdans.scoring.Band;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The trainee's own ratings as the record keeps them: framework/step to a band code. */
class SelfRatingsTest {

    @Test
    void readsTheRecordsCodesAndSkipsUnknownOnes() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("ervaringsleren/herken", "bekwaam");
        codes.put("ervaringsleren/verbind", "super");
        SelfRatings r = SelfRatings.fromCodes(codes);
        assertThat(r.get("ervaringsleren", "herken")).isEqualTo(Band.BEKWAAM);
        assertThat(r.get("ervaringsleren", "verbind")).isNull();
        assertThat(r.count()).isEqualTo(1);
        assertThat(SelfRatings.fromCodes(null).isEmpty()).isTrue();
    }

    @Test
    void behavesLikeRadioButtonsAndWritesCodesBack() {
        SelfRatings r = new SelfRatings();
        r.set("grow", "doel", Band.NOG_NIET);
        r.set("grow", "doel", Band.IN_ONTWIKKELING);
        r.set("grow", "doel", Band.IN_ONTWIKKELING);
        r.set("grow", "wil", Band.BEKWAAM);
        assertThat(r.codes()).containsExactly(Map.entry("grow/doel", "in-ontwikkeling"), Map.entry("grow/wil", "bekwaam"));
        r.set("grow", "wil", null);
        assertThat(r.codes()).containsOnlyKeys("grow/doel");
        assertThat(r.bands()).containsEntry("grow/doel", Band.IN_ONTWIKKELING);
    }
}
