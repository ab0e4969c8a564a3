package nl.coachdans.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;


import static org.assertj.core.api.Assertions.assertThat;

/** `play --from NODE --state ...`: an author tries a part of a conversation with a chosen client state. */
@Timeout(60)
class PlayFromTest {
    private static final String VOORBEELD = "../docs/examples/scenarios/voorbeeld.yaml";

    @Test
    void aSessionStartsAtTheNodeWithTheGivenState() throws Exception {
        CliRun r = CliRun.of("play", VOORBEELD, "--from", "open", "--state", "rapport=3", "--choices", "open-doel", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(r.out());
        JsonNode first = doc.get("turns").get(0);
        assertThat(first.get("node").asText()).isEqualTo("open");
        assertThat(first.get("before").get("rapport").asInt()).isEqualTo(3);
        assertThat(first.get("before").get("emotion").asInt()).as("others keep their start value").isEqualTo(6);
    }

    @Test
    void theLowRapportLineShowsWhenTheStateAsksForIt() {
        CliRun low = CliRun.of("play", VOORBEELD, "--from", "open", "--state", "rapport=3", "--choices", "open-doel");
        CliRun high = CliRun.of("play", VOORBEELD, "--from", "open", "--state", "rapport=8", "--choices", "open-doel");
        assertThat(low.code()).as(low.err()).isZero();
        assertThat(low.out()).contains("Nou, daar zit ik dan");
        assertThat(high.out()).doesNotContain("Nou, daar zit ik dan");
    }

    @Test
    void mistakesAreNamed() {
        assertThat(CliRun.of("play", VOORBEELD, "--from", "nergens").err()).contains("no node 'nergens'");
        assertThat(CliRun.of("play", VOORBEELD, "--from", "open", "--state", "vertrouwen=3").err()).contains("no state variable 'vertrouwen'").contains("rapport");
        assertThat(CliRun.of("play", VOORBEELD, "--from", "open", "--state", "rapport=30").err()).contains("rapport=30 is outside its range 0..10");
        assertThat(CliRun.of("play", VOORBEELD, "--state", "rapport=3", "--expert", "--lang", "en").err()).contains("--state goes with --from");
        assertThat(CliRun.of("play", VOORBEELD, "--state", "rapport=3", "--expert").err()).contains("--state hoort bij --from");
        assertThat(CliRun.of("play", VOORBEELD, "--from", "open", "--record", "x.json", "--lang", "en").err()).contains("not recorded");
        assertThat(CliRun.of("play", VOORBEELD, "--from", "open", "--record", "x.json").err()).contains("wordt niet bewaard");
        CliRun none = CliRun.of("play", VOORBEELD);
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("--choices").doesNotContain("Exception");
    }
}
