package nl.coachdans.files;

import nl.coachdans.files.Explanation.Why;
import nl.coachdans.scenario.Language;
import nl.coachdans.sessions.RecordReader;
import nl.coachdans.words.WordBook;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Explanations are kinds with arguments; each language renders them from the trainer bundle. */
class ExplanationTest {
    private static final Explanation STALE = Explanation.of(Why.OLDER_VERSION, 1, "voorbeeld", 2, "unknown choice 'x'")
            .and(Why.TRAINEE_DIFFERS, "Sam", "Ans");

    @Test
    void dutchNamesThePlaceAndWhatIsWrong() {
        assertThat(STALE.render(WordBook.load("trainer", Language.NL))).isEqualTo(
                "gemaakt met versie 1 van scenario ‘voorbeeld’, dat sindsdien is veranderd (nu versie 2); de keuzes zijn niet meer af te spelen:"
                        + " unknown choice 'x'; de opname noemt student ‘Sam’, het resultaat ‘Ans’");
    }

    @Test
    void englishNamesThePlaceAndWhatIsWrong() {
        assertThat(STALE.render(WordBook.load("trainer", Language.EN))).isEqualTo(
                "made on version 1 of scenario ‘voorbeeld’, which has changed since (now version 2); the choices no longer replay:"
                        + " unknown choice 'x'; the record names trainee ‘Sam’, the result ‘Ans’");
        assertThat(STALE.english()).isEqualTo(STALE.render(WordBook.load("trainer", Language.EN)));
    }

    @Test
    void numbersAreNeverGroupedByALocale() {
        assertThat(Explanation.of(Why.NEWER_RECORD, 12345).english()).contains("(record format 12345)");
        assertThat(Explanation.of(Why.NEWER_RECORD, 12345).render(WordBook.load("trainer", Language.NL))).contains("(opnameformaat 12345)");
    }

    @Test
    void everyKindHasAStableCodeAndKeyAndBothLanguagesSaySomethingOfTheirOwn() {
        WordBook nl = WordBook.load("trainer", Language.NL);
        WordBook en = WordBook.load("trainer", Language.EN);
        Set<String> codes = new HashSet<>();
        for (Why w : Why.values()) {
            assertThat(codes.add(w.code())).as(w.code()).isTrue();
            assertThat(nl.has(w.key())).as(w.key()).isTrue();
            assertThat(en.text(w.key())).as(w.key()).isNotEqualTo(nl.text(w.key()));
        }
        assertThat(Why.NOT_JSON_AT.key()).isEqualTo("file.notJsonAt");
        assertThat(Why.NOT_JSON_AT.code()).isEqualTo("not-json-at");
    }

    @Test
    void jsonCarriesTheCodes() throws Exception {
        assertThat(RecordReader.json().writeValueAsString(STALE).replaceAll("\\s", "")).isEqualTo("[\"older-version\",\"trainee-differs\"]");
    }

    @Test
    void joiningKeepsTheOrderAndSkipsWhatIsAbsent() {
        Explanation a = Explanation.of(Why.EMPTY);
        assertThat(Explanation.join(null, a)).isSameAs(a);
        assertThat(Explanation.join(a, null)).isSameAs(a);
        assertThat(Explanation.join(a, Explanation.of(Why.LEFTOVER)).whys()).containsExactly(Why.EMPTY, Why.LEFTOVER);
        assertThat(Explanation.render(null, (k, args) -> k)).isNull();
    }
}
