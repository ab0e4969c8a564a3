package nl.coachdans.ui.widget;

import com.badlogic.gdx.scenes.scene2d.ui.Table;
import nl.coachdans.ui.look.Styles;

import java.util.List;

/**
 * A message at the top of a screen about what just happened: a file opened or refused, an attempt
 * refused, a result written. Problems come with their details (the reader's own words, with file
 * line and column) and always say that nothing was changed or lost.
 */
public record Banner(Kind kind, String headline, List<String> details) {
    public enum Kind { INFO, SUCCESS, PROBLEM }

    public Banner {
        details = details == null ? List.of() : List.copyOf(details);
    }

    public static Banner info(String headline, String... details) {
        return new Banner(Kind.INFO, headline, List.of(details));
    }

    public static Banner success(String headline, String... details) {
        return new Banner(Kind.SUCCESS, headline, List.of(details));
    }

    public static Banner problem(String headline, List<String> details) {
        return new Banner(Kind.PROBLEM, headline, details);
    }

    /** The banner as a panel; registered as a focusable section so it is read first. */
    public Table render(Ui ui) {
        return render(ui, "banner");
    }

    /** The same under another focus id (a screen that lists several). */
    public Table render(Ui ui, String id) {
        float g = ui.gap();
        Table box = ui.panel(kind == Kind.PROBLEM ? Styles.DANGER_PANEL : Styles.FEEDBACK);
        box.defaults().growX().left();
        String style = switch (kind) {
            case PROBLEM -> Styles.DANGER;
            case SUCCESS -> Styles.SUCCESS;
            case INFO -> Styles.BOLD;
        };
        box.add(ui.wrapped(headline, style)).padBottom(details.isEmpty() ? 0 : g * 0.3f).row();
        for (String d : details) box.add(ui.wrapped(d, Styles.SMALL)).padBottom(g * 0.2f).row();
        return ui.section(id, box);
    }
}
