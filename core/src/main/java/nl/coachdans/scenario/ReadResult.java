package nl.coachdans.scenario;

import java.util.List;

/**
 * The outcome of reading one content file: the value when it could be built, and every problem
 * met on the way. {@code unreadable} means the file is not JSON/YAML at all (or not an object).
 */
public record ReadResult<T>(String file, T value, List<Finding> findings, boolean unreadable) {

    public ReadResult {
        findings = List.copyOf(findings);
    }

    public boolean ok() {
        return value != null && findings.stream().noneMatch(Finding::isError);
    }
}
