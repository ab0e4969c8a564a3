package nl.coachdans.scenario;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static nl.coachdans.scenario.Fixtures.addNodes;
import static nl.coachdans.scenario.Fixtures.choice;
import static nl.coachdans.scenario.Fixtures.node;
import static org.assertj.core.api.Assertions.assertThat;

class ConversationGraphTest {

    @Test
    void numbersNodesAndChoicesInFileOrderAndResolvesEveryNext() {
        Scenario sc = Fixtures.voorbeeld();
        ConversationGraph g = ConversationGraph.of(sc);
        assertThat(g.ids()).containsExactlyElementsOf(sc.nodes().keySet());
        assertThat(g.size()).isEqualTo(sc.nodes().size());
        List<Choice> all = new ArrayList<>();
        for (String id : g.ids()) {
            int n = g.number(id);
            assertThat(g.firstChoice(n)).isEqualTo(all.size());
            all.addAll(sc.node(id).choices());
            assertThat(g.firstChoice(n + 1)).isEqualTo(all.size());
        }
        assertThat(g.choiceCount()).isEqualTo(all.size());
        for (int c = 0; c < all.size(); c++) {
            assertThat(g.ids().get(g.routeTarget(g.firstRoute(c)))).isEqualTo(all.get(c).next().routes().get(0).to());
        }
    }

    @Test
    void aChoiceToAMissingNodeLeadsNowhere() {
        Scenario sc = Fixtures.scenario(addNodes(Fixtures.voorbeeldText(),
                node("los", choice("los-weg", "nergens", null), choice("los-terug", "mail", null))));
        ConversationGraph g = ConversationGraph.of(sc);
        int los = g.number("los");
        assertThat(g.routeTarget(g.firstRoute(g.firstChoice(los)))).isEqualTo(-1);
        assertThat(g.routeTarget(g.firstRoute(g.firstChoice(los) + 1))).isEqualTo(g.number("mail"));
        assertThat(g.number("nergens")).isEqualTo(-1);
        assertThat(g.number(null)).isEqualTo(-1);
    }

    @Test
    void aChoiceToAnEmptyNodeLeadsNowhereAndTheEmptyNodeHasNoChoices() {
        Scenario sc = Fixtures.scenario(addNodes(Fixtures.voorbeeldText(),
                "  leeg: null\n" + node("los", choice("los-leeg", "leeg", null))));
        assertThat(sc.nodes()).containsKey("leeg");
        assertThat(sc.node("leeg")).isNull();
        ConversationGraph g = ConversationGraph.of(sc);
        int leeg = g.number("leeg");
        assertThat(leeg).isNotNegative();
        assertThat(g.firstChoice(leeg + 1)).isEqualTo(g.firstChoice(leeg));
        assertThat(g.routeTarget(g.firstRoute(g.firstChoice(g.number("los"))))).isEqualTo(-1);
    }
}
