package nl.coachdans.lrs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.coachdans.engine.Session;
import nl.coachdans.lint.ContentLibrary;
import nl.coachdans.assignments.Assignment;
import nl.coachdans.assignments.AssignmentLrs;
import nl.coachdans.sessions.Mode;
import nl.coachdans.sessions.RecordReader;
import nl.coachdans.catalog.ScenarioSource;
import nl.coachdans.sessions.SessionRecord;
import nl.coachdans.xapi.XapiExport;
import nl.coachdans.scenario.ContentReader;
import nl.coachdans.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A statement sent during play must be the very statement {@code export} makes of the finished
 * record, or a later send would conflict with it: checked on random walks through every built-in
 * client, in exam mode (where each choice goes out as it is made).
 */
class LiveStatementsTest {
    private static final ContentLibrary LIBRARY = ContentLibrary.load(
            Paths.get(System.getProperty("coachdans.assets", "../assets")), new ContentReader(), false);
    private static final ScenarioSource SOURCE = id -> Optional.ofNullable(LIBRARY.scenario(id))
            .filter(ContentLibrary.Entry::usable).map(e -> new ScenarioSource.Playable(e.scenario(), LIBRARY.curriculum()));
    private static final Instant T0 = Instant.parse("2025-03-04T09:00:00Z");

    @Test
    void everyStatementSentDuringPlayIsTheOneTheFinishedRecordGives() {
        XapiExport export = new XapiExport(SOURCE, XapiExport.DEFAULT_HOME_PAGE);
        SplittableRandom random = new SplittableRandom(16);
        int checked = 0;
        for (ContentLibrary.Entry e : LIBRARY.scenarios()) {
            if (!e.usable()) continue;
            Scenario sc = e.scenario();
            Assignment a = new Assignment(1, "examen-ab12", "Examen", "Fer", List.of(sc.id()), Mode.EXAM, null, null, null,
                    new AssignmentLrs("http://127.0.0.1:9/xAPI", "k", "s", false, null));
            for (int walk = 0; walk < 8; walk++) {
                Session s = Session.start(sc, LIBRARY.curriculum(), 3);
                SessionRecord rec = SessionRecord.start(sc, LIBRARY.curriculum(), "nl", Mode.EXAM, 3, "Sam", T0).withAssignment(a.id());
                List<ObjectNode> live = new ArrayList<>();
                for (int turn = 1; !s.choices().isEmpty() && turn < 200; turn++) {
                    String c = s.choices().get(random.nextInt(s.choices().size())).id();
                    s.choose(c);
                    rec = rec.with(c, null, T0.plusSeconds(30L * turn));
                    live.addAll(new ResultStatements(SOURCE).live(new RecordReader(SOURCE).check(null, rec), a, false).statements());
                }
                List<ObjectNode> last = export.statements(new RecordReader(SOURCE).check(null, rec), null, a);
                for (ObjectNode st : live) assertThat(last).as(sc.id() + " statement " + st.path("id")).contains(st);
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(8);
    }
}
