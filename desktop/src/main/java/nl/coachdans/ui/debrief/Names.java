package nl.coachdans.ui.debrief;

import nl.coachdans.scenario.Choice;
import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scenario.Framework;
import nl.coachdans.scenario.LocalizedText;
import nl.coachdans.scenario.Risk;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scenario.Step;
import nl.coachdans.ui.text.Texts;

import java.util.Map;
import java.util.Optional;

/**
 * The names and explanations of frameworks, steps, risks and choices in the current language, as
 * the content defines them; an unknown id shows as itself so nothing is ever blank.
 */
public final class Names {
    private final Curriculum curriculum;
    private final Scenario scenario;
    private final Texts texts;

    public Names(Curriculum curriculum, Scenario scenario, Texts texts) {
        this.curriculum = curriculum;
        this.scenario = scenario;
        this.texts = texts;
    }

    public String of(LocalizedText text) {
        return texts.of(text);
    }

    public String framework(String id) {
        return fw(id).map(Framework::title).map(texts::of).orElse(id == null ? "" : id);
    }

    public String step(String framework, String id) {
        return fw(framework).flatMap(f -> f.step(id)).map(Step::name).map(texts::of).orElse(id);
    }

    public String stepExplanation(String framework, String id) {
        return fw(framework).flatMap(f -> f.step(id)).map(Step::explanation).map(texts::of).orElse("");
    }

    public String risk(String framework, String id) {
        return fw(framework).flatMap(f -> f.risk(id)).map(Risk::name).map(texts::of).orElse(id);
    }

    public String riskExplanation(String framework, String id) {
        return fw(framework).flatMap(f -> f.risk(id)).map(Risk::explanation).map(texts::of).orElse("");
    }

    /** The source text a framework cites, or null. */
    public String source(String framework) {
        return fw(framework).map(Framework::source).map(s -> s.cite()).orElse(null);
    }

    /** A {@code framework/id} tag as the step's or risk's name. */
    public String stepTag(String tag) {
        int slash = tag.indexOf('/');
        return slash < 0 ? tag : step(tag.substring(0, slash), tag.substring(slash + 1));
    }

    public String riskTag(String tag) {
        int slash = tag.indexOf('/');
        return slash < 0 ? tag : risk(tag.substring(0, slash), tag.substring(slash + 1));
    }

    /** The coach's words of a choice. */
    public String choice(String choiceId) {
        return scenario.findChoice(choiceId).map(Map.Entry::getValue).map(Choice::text).map(texts::of).orElse(choiceId);
    }

    public String client() {
        return scenario.client() == null || scenario.client().name() == null ? "" : scenario.client().name();
    }

    /** The name of a client state variable (emotion, rapport ...). */
    public String variable(String id) {
        var v = scenario.state().get(id);
        return v == null || v.name() == null ? id : texts.of(v.name());
    }

    /** The first sentence of a long explanation, for compact lists. */
    public static String firstSentence(String text) {
        if (text == null) return "";
        String s = text.strip();
        for (int i = 0; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(s.charAt(i + 1)) && i > 20) return s.substring(0, i + 1);
        }
        return s;
    }

    /** At most {@code max} characters, cut at a word with an ellipsis; whitespace runs become single spaces. */
    public static String shorten(String text, int max) {
        String s = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        if (s.length() <= max) return s;
        int cut = s.lastIndexOf(' ', max - 1);
        return s.substring(0, cut > max / 2 ? cut : max - 1).strip() + "\u2026";
    }

    private Optional<Framework> fw(String id) {
        return id == null ? Optional.empty() : curriculum.framework(id);
    }
}
