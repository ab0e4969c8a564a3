package nl.coachdans.sessions;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * What reading a record found: usable as is; its stored summary disagrees with the recomputation;
 * made on other scenario content and no longer replayable; or not a readable record at all.
 */
public enum RecordStatus {
    OK, ALTERED, STALE, CORRUPT;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
