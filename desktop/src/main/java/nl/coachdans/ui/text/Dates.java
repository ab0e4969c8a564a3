package nl.coachdans.ui.text;

import nl.coachdans.scenario.Language;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and times as the trainee reads them, in their language and time zone. */
public final class Dates {
    private final Locale locale;
    private final ZoneId zone;

    public Dates(Language language, ZoneId zone) {
        this.locale = language == Language.EN ? Locale.UK : Locale.forLanguageTag("nl-NL");
        this.zone = zone;
    }

    public Dates(Language language) {
        this(language, ZoneId.systemDefault());
    }

    /** "21 nov. 2026 12:11" */
    public String dateTime(Instant t) {
        return t == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(t);
    }

    /** "21 nov. 2026" */
    public String date(Instant t) {
        return t == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(zone).format(t);
    }

    /** "30 juni 2025" */
    public String date(LocalDate d) {
        return d == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(d);
    }

    public LocalDate today(java.time.Clock clock) {
        return LocalDate.now(clock.withZone(zone));
    }
}
