package nl.coachdans.classreport;

import nl.coachdans.assignments.Assignment;
import nl.coachdans.sessions.Mode;
import nl.coachdans.sessions.RecordStatus;
import nl.coachdans.scenario.Language;
import nl.coachdans.scoring.Band;

import java.util.Map;

/**
 * The fixed words of the HTML class report in Dutch and English. The report is made outside the
 * game (no libGDX, no ui bundle), so it carries its own short word list.
 */
final class ReportWords {
    private static final Map<String, String[]> WORDS = Map.ofEntries(
            Map.entry("title", new String[] {"Klasrapport", "Class report"}),
            Map.entry("assignment", new String[] {"Opdracht", "Assignment"}),
            Map.entry("noAssignment", new String[] {"Geen opdracht opgegeven: geslaagd/niet geslaagd wordt niet beoordeeld (gebruik --assignment).",
                    "No assignment given: pass/fail is not judged (use --assignment)."}),
            Map.entry("trainer", new String[] {"Trainer", "Trainer"}),
            Map.entry("mode", new String[] {"Modus", "Mode"}),
            Map.entry("practice", new String[] {"oefenen", "practice"}),
            Map.entry("exam", new String[] {"examen", "exam"}),
            Map.entry("attempts", new String[] {"Pogingen per scenario", "Attempts per scenario"}),
            Map.entry("unlimited", new String[] {"onbeperkt", "no limit"}),
            Map.entry("due", new String[] {"Inleverdatum", "Due"}),
            Map.entry("criteria", new String[] {"Geslaagd als", "Passed when"}),
            Map.entry("atLeast", new String[] {"minstens", "at least"}),
            Map.entry("noCritical", new String[] {"geen kritiek risico", "no critical risk"}),
            Map.entry("finishedCrit", new String[] {"het gesprek is afgerond", "the conversation is finished"}),
            Map.entry("files", new String[] {"Bestanden", "Files"}),
            Map.entry("filesIntro", new String[] {"Elk bestand in de map is verantwoord. Scores zijn opnieuw berekend uit de gemaakte keuzes; opgeslagen samenvattingen worden niet geloofd.",
                    "Every file in the folder is accounted for. Scores were recomputed from the choices made; stored summaries are not believed."}),
            Map.entry("filesCount", new String[] {"bestanden", "files"}),
            Map.entry("recordsCount", new String[] {"sessies", "sessions"}),
            Map.entry("countedCount", new String[] {"meegeteld", "counted"}),
            Map.entry("ok", new String[] {"in orde", "ok"}),
            Map.entry("altered", new String[] {"gewijzigd", "altered"}),
            Map.entry("stale", new String[] {"verouderd", "stale"}),
            Map.entry("corrupt", new String[] {"onleesbaar", "corrupt"}),
            Map.entry("okHelp", new String[] {"leesbaar en opnieuw berekend", "readable and recomputed"}),
            Map.entry("alteredHelp", new String[] {"de opgeslagen samenvatting klopt niet met de herberekening; de herberekening telt",
                    "the stored summary disagrees with the recomputation; the recomputation counts"}),
            Map.entry("staleHelp", new String[] {"gemaakt op een andere versie van het scenario en niet meer af te spelen",
                    "made on another version of the scenario and no longer replayable"}),
            Map.entry("corruptHelp", new String[] {"onleesbaar of geen sessie", "unreadable or not a session"}),
            Map.entry("attention", new String[] {"Aandacht nodig", "Needs attention"}),
            Map.entry("allFiles", new String[] {"Alle bestanden", "All files"}),
            Map.entry("file", new String[] {"Bestand", "File"}),
            Map.entry("status", new String[] {"Status", "Status"}),
            Map.entry("student", new String[] {"Student", "Student"}),
            Map.entry("scenario", new String[] {"Scenario", "Scenario"}),
            Map.entry("message", new String[] {"Toelichting", "Note"}),
            Map.entry("counted", new String[] {"Telt mee", "Counted"}),
            Map.entry("yes", new String[] {"ja", "yes"}),
            Map.entry("no", new String[] {"nee", "no"}),
            Map.entry("students", new String[] {"Studenten", "Students"}),
            Map.entry("studentsIntro", new String[] {"Per scenario de getoonde poging: de eerste die slaagde, anders de beste.",
                    "Per scenario the attempt shown: the first that passed, otherwise the best."}),
            Map.entry("overall", new String[] {"Totaal", "Overall"}),
            Map.entry("passed", new String[] {"geslaagd", "passed"}),
            Map.entry("failed", new String[] {"niet geslaagd", "not passed"}),
            Map.entry("attemptsShort", new String[] {"poging(en)", "attempt(s)"}),
            Map.entry("noAttempt", new String[] {"geen poging", "no attempt"}),
            Map.entry("notFinished", new String[] {"niet afgerond", "not finished"}),
            Map.entry("late", new String[] {"te laat", "late"}),
            Map.entry("ending", new String[] {"einde", "ending"}),
            Map.entry("critical", new String[] {"kritiek risico", "critical risk"}),
            Map.entry("wrongMode", new String[] {"verkeerde modus", "wrong mode"}),
            Map.entry("noBand", new String[] {"geen band", "no band"}),
            Map.entry("bands", new String[] {"Banden per scenario", "Bands per scenario"}),
            Map.entry("bandsIntro", new String[] {"Per as: hoeveel studenten (getoonde, afgeronde poging) welke band kregen.",
                    "Per axis: how many students (attempt shown, finished) got which band."}),
            Map.entry("risks", new String[] {"Meest voorkomende risico's", "Most common risks"}),
            Map.entry("risksIntro", new String[] {"Alle meegetelde sessies; per risico bij welke beslissing (knoop en keuze) het gebeurde.",
                    "All counted sessions; per risk at which decision (node and choice) it happened."}),
            Map.entry("risk", new String[] {"Risico", "Risk"}),
            Map.entry("times", new String[] {"Keer", "Times"}),
            Map.entry("sessions", new String[] {"Sessies", "Sessions"}),
            Map.entry("where", new String[] {"Waar", "Where"}),
            Map.entry("noRisks", new String[] {"Geen risico's begaan.", "No risks committed."}),
            Map.entry("calibration", new String[] {"Zelfbeoordeling tegenover berekende band", "Self-rating against computed band"}),
            Map.entry("calibrationIntro", new String[] {"Onder = lager ingeschat dan berekend, juist = gelijk, boven = hoger ingeschat dan berekend.",
                    "Under = rated lower than computed, accurate = equal, over = rated higher than computed."}),
            Map.entry("under", new String[] {"onder", "under"}),
            Map.entry("accurate", new String[] {"juist", "accurate"}),
            Map.entry("over", new String[] {"boven", "over"}),
            Map.entry("axis", new String[] {"As", "Axis"}),
            Map.entry("class", new String[] {"Hele groep", "Whole class"}),
            Map.entry("noRatings", new String[] {"Geen zelfbeoordelingen gevonden.", "No self-ratings found."}),
            Map.entry("annotations", new String[] {"Studiemarkeringen", "Study marks"}),
            Map.entry("annotationsIntro", new String[] {"Herken, verbaast en ergert bij de zetten van de coach, met de notities van de studenten.",
                    "Recognise, surprises and irritates on the coach's moves, with the students' notes."}),
            Map.entry("herken", new String[] {"herken", "recognise"}),
            Map.entry("verbaast", new String[] {"verbaast", "surprises"}),
            Map.entry("ergert", new String[] {"ergert", "irritates"}),
            Map.entry("turn", new String[] {"Beurt", "Turn"}),
            Map.entry("decision", new String[] {"Beslissing", "Decision"}),
            Map.entry("note", new String[] {"Notitie", "Note"}),
            Map.entry("reaction", new String[] {"Reactie", "Reaction"}),
            Map.entry("noAnnotations", new String[] {"Geen studiemarkeringen gevonden.", "No study marks found."}),
            Map.entry("steps", new String[] {"stappen", "steps"}),
            Map.entry("risksAxis", new String[] {"risico's", "risks"}),
            Map.entry("endingAxis", new String[] {"einde", "ending"}),
            Map.entry("danceAxis", new String[] {"dans", "dance"}),
            Map.entry("footer", new String[] {"Gemaakt door Coachdans. Dit bestand heeft geen netwerk nodig.",
                    "Made by Coachdans. This file needs no network."}));

    private final int index;

    ReportWords(Language language) {
        this.index = language == Language.EN ? 1 : 0;
    }

    String get(String key) {
        String[] w = WORDS.get(key);
        if (w == null) throw new IllegalArgumentException("no report word " + key);
        return w[index];
    }

    String band(Band b) {
        if (b == null) return get("noBand");
        return switch (b) {
            case NOG_NIET -> index == 0 ? "nog niet" : "not yet";
            case IN_ONTWIKKELING -> index == 0 ? "in ontwikkeling" : "developing";
            case BEKWAAM -> index == 0 ? "bekwaam" : "competent";
        };
    }

    String status(RecordStatus s) {
        return get(s.code());
    }

    /** A band key in words: {@code ervaringsleren.steps} becomes "ervaringsleren · stappen". */
    String axis(String key) {
        int dot = key.lastIndexOf('.');
        return dot < 0 ? axisWord(key) : key.substring(0, dot) + " \u00b7 " + axisWord(key);
    }

    /** The axis without its framework: "stappen", "risico's", "einde", "dans". */
    String axisWord(String key) {
        if (key.equals("ending")) return get("endingAxis");
        if (key.equals("dance")) return get("danceAxis");
        String part = key.substring(key.lastIndexOf('.') + 1);
        return part.equals("steps") ? get("steps") : part.equals("risks") ? get("risksAxis") : part;
    }
}
