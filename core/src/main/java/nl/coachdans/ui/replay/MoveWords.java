package nl.coachdans.ui.replay;

import nl.coachdans.scenario.Lead;
import nl.coachdans.scenario.Move;
import nl.coachdans.scenario.Closeness;
import nl.coachdans.scenario.Need;
import nl.coachdans.scenario.Stance;
import nl.coachdans.scenario.Tempo;
import nl.coachdans.ui.text.FeatureTexts;

import java.util.ArrayList;
import java.util.List;

/** A dance move, or what the client needed, in words: who leads, closer or further, along or counter, tempo. */
final class MoveWords {
    private final FeatureTexts dt;

    MoveWords(FeatureTexts dt) {
        this.dt = dt;
    }

    String move(Move m) {
        if (m == null) return "";
        List<String> parts = new ArrayList<>();
        parts.add(lead(m.lead()));
        parts.add(closeness(m.closeness()));
        parts.add(stance(m.stance()));
        parts.add(tempo(m.tempo()));
        return String.join(dt.text("list.separator"), parts);
    }

    /** Only what the client needed (a need leaves out what did not matter then). */
    String need(Need n) {
        if (n == null || n.isEmpty()) return "";
        List<String> parts = new ArrayList<>();
        // Several accepted moves read as alternatives: "client / shared".
        if (n.lead() != null) parts.add(String.join(" / ", n.lead().stream().map(this::lead).toList()));
        if (n.closeness() != null) parts.add(closeness(n.closeness()));
        if (n.stance() != null) parts.add(String.join(" / ", n.stance().stream().map(this::stance).toList()));
        if (n.tempo() != null) parts.add(String.join(" / ", n.tempo().stream().map(this::tempo).toList()));
        return String.join(dt.text("list.separator"), parts);
    }

    private String lead(Lead l) {
        return dt.text(switch (l) {
            case COACH -> "move.leadCoach";
            case SHARED -> "move.leadShared";
            case CLIENT -> "move.leadClient";
        });
    }

    private String closeness(Closeness c) {
        if (c.form() == Closeness.Form.SIGN) {
            int v = c.values().get(0);
            return dt.text(v > 0 ? "move.closer1" : v < 0 ? "move.further1" : "move.same");
        }
        List<Integer> values = c.form() == Closeness.Form.ANY_OF ? c.values()
                : java.util.stream.IntStream.rangeClosed(c.values().get(0), c.values().get(1)).boxed().toList();
        return String.join(" / ", values.stream().map(this::closeness).toList());
    }

    private String closeness(int c) {
        if (c >= 2) return dt.text("move.closer2");
        if (c == 1) return dt.text("move.closer1");
        if (c == 0) return dt.text("move.same");
        if (c == -1) return dt.text("move.further1");
        return dt.text("move.further2");
    }

    String stance(Stance s) {
        return dt.text(s == Stance.ALONG ? "move.along" : "move.counter");
    }

    private String tempo(Tempo t) {
        return dt.text(switch (t) {
            case SLOW -> "move.slow";
            case STEADY -> "move.steady";
            case FAST -> "move.fast";
        });
    }
}
