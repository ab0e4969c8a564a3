package nl.coachdans.lint;

import nl.coachdans.scoring.Axis;
import nl.coachdans.engine.History;
import nl.coachdans.engine.Session;
import nl.coachdans.scenario.Finding;
import nl.coachdans.scenario.FindingCode;
import nl.coachdans.scenario.Fixtures;
import nl.coachdans.scenario.Problem;
import nl.coachdans.scenario.Quality;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scoring.Band;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fairness checks on a small client that has every flaw of issue 11: the expert option is the
 * longest, each step has one gate, a loop repeats an effect, the needs copy the expert's move, and
 * the endings ignore the conduct. Every finding's witness is replayed to show it is real; the fixed
 * variants show each check can also pass.
 */
class FairnessChecksTest {
    static final Path UNFAIR = Paths.get("src", "test", "resources", "fair", "scenarios", "unfair.yaml");
    static String base;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws IOException {
        base = Files.readString(UNFAIR, StandardCharsets.UTF_8);
    }

    private static Linter.Result lint(String yaml, FairnessPolicy policy) {
        return new Linter(Fixtures.curriculum(), policy).lint("unfair.yaml", Fixtures.scenario(yaml));
    }

    private static Fairness fairness(String yaml) {
        Fairness f = lint(yaml, FairnessPolicy.USER).fairness();
        assertThat(f).isNotNull();
        assertThat(f.complete()).isTrue();
        return f;
    }

    private static Session replay(String yaml, List<String> path) {
        return Session.replay(Fixtures.scenario(yaml), Fixtures.curriculum(), 0, path);
    }

    /** The turn at which the session's choices first reached a step, by replaying them; 0 when never. */
    private static int stepReachedAt(Session s, String step) {
        var p = new nl.coachdans.scoring.Scorer(Fixtures.curriculum()).score(s.scenario(), s.transcript());
        return p.frameworks().stream().flatMap(f -> f.steps().stream()).filter(r -> r.id().equals(step) && r.reached())
                .map(r -> r.turn()).findFirst().orElse(0);
    }

    @Test
    void naiveStudentsWhoReadOnlyTheWordingDoWell() {
        Fairness f = fairness(base);
        Fairness.Strategy longest = f.strategies().get(0);
        assertThat(longest.rule()).isEqualTo(Fairness.Rule.LONGEST);
        assertThat(longest.path()).containsExactly("b-doel", "s-film", "o-vraag", "w-plan");
        assertThat(longest.ending()).isEqualTo("einde-best");
        assertThat(longest.quality()).isEqualTo(Quality.BEST);
        assertThat(longest.allBekwaam()).isTrue();
        assertThat(longest.bands()).containsEntry(Axis.ENDING, Band.BEKWAAM);
        Fairness.Strategy shortest = f.strategies().get(1);
        assertThat(shortest.path()).containsExactly("b-tip", "s-kort", "o-kort", "w-kort");
        assertThat(shortest.quality()).isEqualTo(Quality.GOOD);
        Fairness.Strategy first = f.strategies().get(2);
        assertThat(first.path()).isEqualTo(longest.path());
        // Every ending here is mixed or better and two of three are good or better.
        Fairness.RandomStudents r = f.random();
        assertThat(r.students()).isEqualTo(FairnessChecks.RANDOM_STUDENTS);
        assertThat(r.goodOrBetterShare()).isGreaterThan(0.5);
        assertThat(r.byQuality().get("best")).isPositive();
        assertThat(replay(base, r.bestWitness()).current().quality()).isEqualTo(Quality.BEST);
        // The same figures every run: the students are seeded.
        assertThat(fairness(base).random()).isEqualTo(r);
    }

    @Test
    void theExpertOptionGivesItselfAwayByItsLength() {
        Fairness.Tell t = fairness(base).tell();
        assertThat(t.decisions()).isEqualTo(4);
        assertThat(t.expertLongest()).isEqualTo(4);
        assertThat(t.meanRatio()).isGreaterThan(3);
    }

    @Test
    void eachStepHasASingleGate() {
        List<Fairness.Gate> gates = fairness(base).gates();
        assertThat(gates).extracting(Fairness.Gate::step).containsExactly("doel", "werkelijkheid", "opties", "wil");
        assertThat(gates.get(0).choice()).isEqualTo("b-doel");
        assertThat(gates.get(1).choice()).isEqualTo("s-film");
        // Each witness, replayed, passes its gate with its last choice and reaches the step there.
        for (Fairness.Gate g : gates) {
            assertThat(g.witness()).as("witness of the gate of %s", g.step()).endsWith(g.choice());
            Session s = replay(base, g.witness());
            assertThat(s.transcript().turns().get(g.witness().size() - 1).node()).isEqualTo(g.node());
            assertThat(stepReachedAt(s, g.step())).as("step %s reached on the witness's last choice", g.step()).isEqualTo(g.witness().size());
        }
        // A second way to the goal opens the gate.
        String twoWays = Fixtures.replaceOnce(base, "\"Make a list.\"}\n        tags: [risk:oplossing-te-vroeg]",
                "\"Make a list.\"}\n        tags: [risk:oplossing-te-vroeg, step:doel]");
        assertThat(fairness(twoWays).gates()).extracting(Fairness.Gate::step).doesNotContain("doel");
    }

    @Test
    void aLoopThatRepeatsWithoutBoundIsFoundAndABoundedOneIsNot() {
        List<Fairness.Loop> loops = fairness(base).loops();
        assertThat(loops).hasSize(1);
        Fairness.Loop loop = loops.get(0);
        assertThat(loop.cycle()).containsExactly("s-lus", "h-terug");
        assertThat(loop.repeats()).isEqualTo(Fairness.Repeats.EFFECT);
        Session s = replay(base, loop.witness());
        for (int round = 0; round < 3; round++) loop.cycle().forEach(s::choose); // and round again, and again
        assertThat(s.current().id()).isEqualTo(loop.nodes().get(0));
        String bounded = Fixtures.replaceOnce(base, "      - id: s-lus\n", "      - id: s-lus\n        when: \"not chosen(s-lus)\"\n");
        assertThat(fairness(bounded).loops()).isEmpty();
    }

    @Test
    void needsThatCopyTheExpertsMoveEverywhereAreFound() {
        assertThat(fairness(base).dance()).isEqualTo(new Fairness.Dance(4, 4));
        String twoMoves = Fixtures.replaceOnce(base, "  opties:\n    kind: utterance\n    text: {nl: \"Wat kan ik doen?\", en: \"Wat kan ik doen?\"}\n"
                + "    needs: {lead: client, closeness: 1, stance: along, tempo: slow}",
                "  opties:\n    kind: utterance\n    text: {nl: \"Wat kan ik doen?\", en: \"Wat kan ik doen?\"}\n"
                + "    needs: {lead: [client, shared], closeness: 0..1}");
        assertThat(fairness(twoMoves).dance().copiesEverywhere()).isFalse();
    }

    @Test
    void endingsBetterThanTheConductAllowsAreFoundWithAShortestWitness() {
        List<Fairness.ConductViolation> conduct = fairness(base).conduct();
        assertThat(conduct).extracting(Fairness.ConductViolation::bound).contains(Fairness.Bound.CRITICAL_REACHES_BEST, Fairness.Bound.WARNINGS_ABOVE_MIXED);
        for (Fairness.ConductViolation v : conduct) {
            assertThat(v.witness()).hasSize(4); // no shorter path reaches an ending
            Session s = replay(base, v.witness());
            assertThat(s.current().id()).isEqualTo(v.ending());
            History h = s.history();
            if (v.bound() == Fairness.Bound.CRITICAL_REACHES_BEST) {
                assertThat(h.criticals()).isPositive();
                assertThat(s.current().quality()).isEqualTo(Quality.BEST);
            } else {
                assertThat(h.warnings()).isGreaterThanOrEqualTo(2);
                assertThat(s.current().quality().rank()).isGreaterThan(Quality.MIXED.rank());
            }
        }
    }

    @Test
    void routesThatFollowTheConductSatisfyTheBounds() {
        String routed = base;
        for (String end : List.of("einde-best", "einde-goed")) {
            routed = Fixtures.replaceOnce(routed, "        next: " + end + "\n", "        next:\n"
                    + "          - when: \"committed(critical) or risks(warning) >= 2\"\n            to: einde-mager\n"
                    + "          - to: " + end + "\n");
        }
        assertThat(fairness(routed).conduct()).isEmpty();
        // A scenario may set its own bound. The most warning events a path here can have is three (the tip,
        // then werkelijkheid without doel, then wil without opties: each skipped step blamed once).
        String three = Fixtures.replaceOnce(base, "start: begin\n", "start: begin\nconduct: {warningsForMixed: 3}\n");
        assertThat(fairness(three).conduct()).anySatisfy(v -> {
            assertThat(v.bound()).isEqualTo(Fairness.Bound.WARNINGS_ABOVE_MIXED);
            // Replayed, the witness has the three warnings and still ends better than mixed.
            Session s = replay(three, v.witness());
            assertThat(s.ended()).isTrue();
            assertThat(s.current().id()).isEqualTo(v.ending());
            assertThat(s.history().warnings()).isEqualTo(3);
            assertThat(s.current().quality().rank()).isGreaterThan(Quality.MIXED.rank());
        });
        String lenient = Fixtures.replaceOnce(base, "start: begin\n", "start: begin\nconduct: {warningsForMixed: 4}\n");
        assertThat(fairness(lenient).conduct()).extracting(Fairness.ConductViolation::bound).doesNotContain(Fairness.Bound.WARNINGS_ABOVE_MIXED);
    }

    @Test
    void userContentGetsErrorsForConductAndLoopsAndBuiltInContentErrorsForEveryFinding() {
        List<Finding> user = lint(base, FairnessPolicy.USER).findings();
        assertThat(user).filteredOn(Finding::isError).extracting(Finding::problem)
                .anyMatch(p -> p.code() == FindingCode.UNBOUNDED_LOOP && p.arg("repeats").equals(Fairness.Repeats.EFFECT.word())
                        && p.arg("cycle").equals(new Problem.Cycle(List.of("s-lus", "h-terug"))))
                .anyMatch(p -> p.code() == FindingCode.CRITICAL_REACHES_BEST && p.arg("ending").equals("einde-best"))
                .allMatch(p -> p.code() == FindingCode.UNBOUNDED_LOOP || p.code() == FindingCode.CRITICAL_REACHES_BEST
                        || p.code() == FindingCode.WARNINGS_ABOVE_MIXED);
        assertThat(user).filteredOn(f -> !f.isError()).extracting(Finding::problem)
                .anyMatch(p -> p.code() == FindingCode.NAIVE_ABOVE_MIXED && p.arg("rule").equals(Fairness.Rule.LONGEST.word())
                        && p.arg("ending").equals("einde-best") && p.arg("quality").equals("best"))
                .anyMatch(p -> p.code() == FindingCode.EXPERT_OPTION_LONGEST && p.arg("longest").equals(4) && p.arg("decisions").equals(4))
                .anyMatch(p -> p.code() == FindingCode.SINGLE_GATE && p.arg("step").equals("mini-grow/doel") && p.arg("choice").equals("b-doel"))
                .anyMatch(p -> p.equals(Problem.of(FindingCode.NEEDS_COPY_EXPERT, 4, 4)))
                .anyMatch(p -> p.code() == FindingCode.RANDOM_GOOD_TOO_OFTEN);
        List<Finding> builtIn = lint(base, FairnessPolicy.BUILT_IN).findings();
        assertThat(builtIn).hasSameSizeAs(user);
        assertThat(builtIn).allMatch(Finding::isError);
    }

    @Test
    void theProgramsOwnAssetsAreBuiltInAndATrainersFolderIsNot() throws IOException {
        assertThat(FairnessPolicy.forFile(Paths.get("..", "assets", "scenarios", "leonie.yaml"))).isEqualTo(FairnessPolicy.BUILT_IN);
        Path mine = Fixtures.write(dir.resolve("scenarios").resolve("unfair.yaml"), base);
        Files.createDirectories(dir.resolve("frameworks"));
        assertThat(FairnessPolicy.forFile(mine)).isEqualTo(FairnessPolicy.USER);
    }

    @Test
    void theTestClientOfTheOrderRuleHasNoLoopAndNoGateForReality() throws IOException {
        Scenario slip = Fixtures.scenario(Files.readString(Paths.get("src", "test", "resources", "fair", "scenarios", "grow-slip.yaml")));
        var curriculum = nl.coachdans.scenario.Curriculum.of(List.of(
                Fixtures.reader().readFramework(Paths.get("..", "assets", "frameworks", "grow.yaml")).value()));
        Fairness f = new Linter(curriculum).lint("grow-slip.yaml", slip).fairness();
        assertThat(f.loops()).isEmpty();
        assertThat(f.gates()).extracting(Fairness.Gate::step).doesNotContain("reality");
    }
}
