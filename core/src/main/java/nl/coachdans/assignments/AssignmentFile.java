package nl.coachdans.assignments;

import java.util.List;
import java.util.Map;

/**
 * The shape of an assignment file as written by a trainer, before checking. Values that need a
 * readable message when wrong (mode, bands, date) stay text here; {@link AssignmentReader} checks
 * them and builds the typed {@link Assignment}.
 */
record AssignmentFile(
        Integer format,
        String id,
        String title,
        String trainer,
        List<String> scenarios,
        String mode,
        Integer attempts,
        Pass pass,
        String due,
        Lrs lrs) {

    record Pass(Map<String, String> bands, Boolean noCriticalRisk) { }

    record Lrs(String endpoint, String key, String secret, Boolean pseudonym, String homePage) { }
}
