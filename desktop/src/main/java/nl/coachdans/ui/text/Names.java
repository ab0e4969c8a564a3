package nl.coachdans.ui.text;

import nl.coachdans.lint.ContentLibrary;
import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scenario.Framework;
import nl.coachdans.scenario.Risk;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scenario.Step;
import nl.coachdans.scoring.Axis;

/**
 * The names of content ids in the trainee's language: scenarios, frameworks, steps, risks and band
 * keys. Records, reports and progress carry ids only; an id that the content no longer has is
 * shown as it is rather than hidden.
 */
public record Names(Texts texts, ContentLibrary library) {

    private Scenario scenarioOf(String id) {
        ContentLibrary.Entry e = id == null ? null : library.scenario(id);
        return e == null ? null : e.scenario();
    }

    /** "Leonie – Leonie en het beoordelingsgesprek", or the id. */
    public String scenario(String id) {
        Scenario s = scenarioOf(id);
        if (s == null) return String.valueOf(id);
        String client = s.client() == null || s.client().name() == null ? "" : s.client().name() + " \u2013 ";
        return client + texts.of(s.title());
    }

    /** The client's name, or the scenario id. */
    public String client(String id) {
        Scenario s = scenarioOf(id);
        return s == null || s.client() == null || s.client().name() == null ? String.valueOf(id) : s.client().name();
    }

    public String framework(String id) {
        return curriculum().framework(id).map(Framework::title).map(texts::of).orElse(id);
    }

    public String step(String framework, String id) {
        return curriculum().framework(framework).flatMap(f -> f.step(id)).map(Step::name).map(texts::of).orElse(id);
    }

    public String risk(String framework, String id) {
        return curriculum().framework(framework).flatMap(f -> f.risk(id)).map(Risk::name).map(texts::of).orElse(id);
    }

    /** An axis as the debrief names it: "Stappen – Ervaringsleren", "Afloop voor de cliënt" ... */
    public String axis(Axis axis) {
        if (axis == null) return "";
        return switch (axis.kind()) {
            case STEPS -> texts.format("debrief.axis.steps", framework(axis.framework()));
            case RISKS -> texts.format("debrief.axis.risks", framework(axis.framework()));
            case ENDING -> texts.get("debrief.axis.ending");
            case DANCE -> texts.get("debrief.axis.dance");
        };
    }

    public Curriculum curriculum() {
        return library.curriculum();
    }
}
