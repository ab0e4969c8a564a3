package nl.coachdans.scenario;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The written-out id check says exactly what the documented pattern says. */
class IdCheckTest {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_.-]*");

    @Test
    void agreesWithThePatternOnTypicalAndOddTexts() {
        for (String t : new String[] {"", "a", "0", "leonie", "c12-goed", "stap_1.b", "-a", "_a", ".a", "A", "aB", "a b",
                "a/b", "a:b", "é", "a\\n", " a", "a ", "z9-._"}) {
            assertThat(Validator.isId(t)).as("'%s'", t).isEqualTo(ID.matcher(t).matches());
        }
        assertThat(Validator.isId(null)).isFalse();
    }

    @Test
    void agreesWithThePatternOnRandomTexts() {
        String alphabet = "az09_.-AZ /:\u00e9\u0130";
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(5);
            for (int k = 0; k < length; k++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String t = sb.toString();
            assertThat(Validator.isId(t)).as("'%s'", t).isEqualTo(ID.matcher(t).matches());
        }
    }
}
