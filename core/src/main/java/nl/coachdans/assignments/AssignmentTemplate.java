package nl.coachdans.assignments;

import nl.coachdans.sessions.Mode;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scoring.Axis;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * A commented assignment file (Dutch and English comments) for a trainer to fill in. It always
 * loads cleanly with {@link AssignmentReader} against the scenarios it was made for.
 */
public final class AssignmentTemplate {
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

    private AssignmentTemplate() {
    }

    /**
     * A stable id: the title as a slug, plus a short random part so that two trainers who both
     * call their assignment "Oefening" do not mix their students' attempts.
     */
    public static String newId(String title, RandomGenerator random) {
        String slug = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (slug.length() > 40) slug = slug.substring(0, 40).replaceAll("-+$", "");
        StringBuilder sb = new StringBuilder(slug.isEmpty() ? "opdracht" : slug).append('-');
        for (int i = 0; i < 4; i++) sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        return sb.toString();
    }

    /** The template text; {@code scenarios} must not be empty. */
    public static String yaml(String id, String title, String trainer, List<Scenario> scenarios, List<String> knownIds,
                              Mode mode, Integer attempts, LocalDate due) {
        if (scenarios.isEmpty()) throw new IllegalArgumentException("an assignment needs at least one scenario");
        Set<String> keys = new LinkedHashSet<>();
        for (Scenario s : scenarios) for (Axis a : Axis.of(s)) keys.add(a.key());
        String fw = scenarios.get(0).frameworks().isEmpty() ? null : scenarios.get(0).frameworks().get(0);
        StringBuilder y = new StringBuilder();
        y.append("# Coachdans-opdracht / Coachdans assignment\n");
        y.append("# Geef dit bestand aan je studenten: zij openen het in het spel (Opdrachten) of slepen het op het venster.\n");
        y.append("# Give this file to your students: they open it in the game (Assignments) or drop it on the window.\n");
        y.append("# Uitleg / Guide: docs/trainers.md\n\n");
        y.append("# Bestandsformaat, niet veranderen / File format, do not change\n");
        y.append("format: ").append(Assignment.FORMAT).append("\n\n");
        y.append("# Vaste id: niet meer veranderen als studenten begonnen zijn, hun pogingen dragen deze id.\n");
        y.append("# Stable id: do not change it once students have started, their attempts carry this id.\n");
        y.append("id: ").append(id).append("\n\n");
        y.append("# Titel die studenten zien / Title students see\n");
        y.append("title: ").append(quote(title)).append("\n\n");
        y.append("# Jouw naam: studenten leveren hun resultaat bij jou in / Your name: students hand their result to you\n");
        y.append("trainer: ").append(quote(trainer)).append("\n\n");
        y.append("# Scenario's (ids) / Scenarios (ids); bekend / known: ").append(String.join(", ", knownIds)).append("\n");
        y.append("scenarios: [").append(String.join(", ", scenarios.stream().map(Scenario::id).toList())).append("]\n\n");
        y.append("# practice: feedback na elke keuze, een stap terug mag / feedback after each choice, one step back allowed\n");
        y.append("# exam: geen feedback, geen stap terug / no feedback, no step back\n");
        y.append("mode: ").append(mode == Mode.EXAM ? "exam" : "practice").append("\n\n");
        y.append("# Pogingen per scenario; elke begonnen poging telt. Weglaten = onbeperkt.\n");
        y.append("# Attempts per scenario; every attempt started counts. Leave out for no limit.\n");
        if (attempts == null) y.append("# attempts: 2\n\n"); else y.append("attempts: ").append(attempts).append("\n\n");
        y.append("# Geslaagd als / Passed when:\n");
        y.append("#   bands: per as minstens deze band / per axis at least this band (nog-niet < in-ontwikkeling < bekwaam)\n");
        y.append("#     assen / axes: ").append(String.join(", ", keys)).append("\n");
        y.append("#     een as geldt alleen voor scenario's die erop gescoord worden / an axis only applies to scenarios scored on it\n");
        y.append("#   noCriticalRisk: true = geen enkel kritiek risico / not a single critical risk\n");
        y.append("pass:\n  bands:\n");
        if (fw != null) {
            y.append("    ").append(Axis.steps(fw).key()).append(": bekwaam\n");
            y.append("    ").append(Axis.risks(fw).key()).append(": in-ontwikkeling\n");
        }
        y.append("    ").append(Axis.ENDING.key()).append(": in-ontwikkeling\n");
        y.append("  noCriticalRisk: true\n\n");
        y.append("# Inleverdatum (jjjj-mm-dd); weglaten = geen / Due date (yyyy-mm-dd); leave out for none\n");
        if (due == null) y.append("# due: 2025-06-30\n"); else y.append("due: ").append(due).append('\n');
        y.append("\n# Leerrecordopslag (LRS), optioneel: het spel stuurt elke keuze en sessie als xAPI-statement.\n");
        y.append("# Learning record store (LRS), optional: the game sends every choice and session as an xAPI statement.\n");
        y.append("#   endpoint: xAPI-adres zonder 'statements' / xAPI address without 'statements'\n");
        y.append("#   key, secret: van de LRS voor Coachdans; komen nooit in een resultaat / from the LRS for Coachdans; never in a result\n");
        y.append("#   pseudonym: true = een pseudoniem in plaats van de naam / a pseudonym instead of the name\n");
        y.append("# lrs:\n");
        y.append("#   endpoint: https://lrs.school.nl/xapi\n");
        y.append("#   key: coachdans\n");
        y.append("#   secret: \"...\"\n");
        y.append("#   pseudonym: true\n");
        return y.toString();
    }

    /** A YAML double-quoted scalar; control characters become spaces. */
    static String quote(String s) {
        String clean = (s == null ? "" : s).replaceAll("\\p{Cntrl}", " ");
        return "\"" + clean.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
