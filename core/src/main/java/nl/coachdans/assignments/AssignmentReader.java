package nl.coachdans.assignments;

import nl.coachdans.sessions.Mode;
import com.fasterxml.jackson.databind.JsonNode;
import nl.coachdans.scenario.ContentReader;
import nl.coachdans.scenario.Finding;
import nl.coachdans.scenario.FindingCode;
import nl.coachdans.scenario.Problem;
import nl.coachdans.scenario.ReadResult;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scenario.Site;
import nl.coachdans.scenario.SourceMap;
import nl.coachdans.scoring.Axis;
import nl.coachdans.scoring.Band;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads an assignment file (YAML or JSON) and checks it against the scenarios this program knows.
 * Every problem is a {@link Finding} with file, line and column, in the style of the scenario
 * loader; the assignment is only returned when there are no errors.
 */
public final class AssignmentReader {
    /** Lower-case letters, digits and dashes: safe in file names and in xAPI IRIs. */
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final ContentReader content = new ContentReader();
    private final Map<String, Scenario> known = new LinkedHashMap<>();

    /** {@code scenarios}: the scenarios a student can play here (ids must be unique). */
    public AssignmentReader(Collection<Scenario> scenarios) {
        for (Scenario s : scenarios) known.putIfAbsent(s.id(), s);
    }

    public ReadResult<Assignment> read(Path file) {
        String name = file.toString();
        Problem newer = newerFormat(file);
        if (newer != null) return new ReadResult<>(name, null, List.of(Finding.error(name, newer)), false);
        ReadResult<AssignmentFile> raw = content.read(file, AssignmentFile.class);
        if (raw.value() == null) return new ReadResult<>(name, null, raw.findings(), raw.unreadable());
        List<Finding> findings = new ArrayList<>(raw.findings());
        Assignment a = check(name, raw.value(), findings);
        findings = new ArrayList<>(SourceMap.locate(file, content, findings));
        findings.sort(java.util.Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column));
        boolean errors = findings.stream().anyMatch(Finding::isError);
        return new ReadResult<>(name, errors ? null : a, findings, false);
    }

    /**
     * A file from a newer program may have fields this one does not know; say so first instead of
     * listing them as mistakes.
     */
    private Problem newerFormat(Path file) {
        if (!ContentReader.isContentFile(file) || !Files.isRegularFile(file)) return null;
        try {
            if (Files.size(file) > ContentReader.MAX_BYTES) return null;
            JsonNode tree = content.mapperFor(file).readTree(file.toFile());
            JsonNode format = tree == null ? null : tree.get("format");
            if (format != null && format.canConvertToInt() && format.asInt() > Assignment.FORMAT) {
                return Problem.of(FindingCode.NEWER_ASSIGNMENT, format.asInt(), Assignment.FORMAT);
            }
        } catch (IOException | RuntimeException e) {
            // The full read below reports what is wrong with the file.
        }
        return null;
    }

    private Assignment check(String name, AssignmentFile f, List<Finding> out) {
        Problems p = new Problems(name, out);
        if (f.format() == null) p.add("", FindingCode.FORMAT_MISSING, Assignment.FORMAT);
        else if (f.format() < 1) p.add("/format", FindingCode.FORMAT_INVALID, Assignment.FORMAT);
        if (f.id() == null || f.id().isBlank()) {
            p.add("", FindingCode.ASSIGNMENT_ID_MISSING);
        } else if (!ID.matcher(f.id()).matches()) {
            p.add("/id", FindingCode.ASSIGNMENT_ID_MALFORMED, f.id());
        }
        if (f.title() == null || f.title().isBlank()) p.add("", FindingCode.TITLE_MISSING);
        if (f.trainer() == null || f.trainer().isBlank()) p.add("", FindingCode.TRAINER_MISSING);
        List<String> scenarios = scenarios(f, p);
        Mode mode = mode(f.mode(), p);
        if (f.attempts() != null && f.attempts() < 1) {
            p.add("/attempts", FindingCode.ATTEMPTS_TOO_LOW);
        }
        Assignment.PassCriteria pass = pass(f.pass(), scenarios, p);
        LocalDate due = due(f.due(), p);
        AssignmentLrs lrs = lrs(f.lrs(), p);
        return new Assignment(f.format() == null ? Assignment.FORMAT : f.format(), f.id(), f.title(), f.trainer(),
                scenarios, mode, f.attempts(), pass, due, lrs);
    }

    private List<String> scenarios(AssignmentFile f, Problems p) {
        if (f.scenarios() == null || f.scenarios().isEmpty()) {
            p.add("", FindingCode.SCENARIOS_MISSING, List.copyOf(known.keySet()));
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < f.scenarios().size(); i++) {
            String id = f.scenarios().get(i);
            if (id == null || !known.containsKey(id)) {
                p.add("/scenarios/" + i, FindingCode.UNKNOWN_SCENARIO, id,
                        known.isEmpty() ? List.of(new Problem.Word("none")) : List.copyOf(known.keySet()));
            } else if (!seen.add(id)) {
                p.add("/scenarios/" + i, FindingCode.SCENARIO_TWICE, id);
            }
        }
        return List.copyOf(seen);
    }

    private static Mode mode(String text, Problems p) {
        if (text == null) {
            p.add("", FindingCode.MODE_MISSING);
            return null;
        }
        return switch (text) {
            case "practice" -> Mode.PRACTICE;
            case "exam" -> Mode.EXAM;
            default -> {
                p.add("/mode", FindingCode.MODE_INVALID, text);
                yield null;
            }
        };
    }

    private Assignment.PassCriteria pass(AssignmentFile.Pass pass, List<String> scenarios, Problems p) {
        if (pass == null) return Assignment.PassCriteria.NONE;
        Map<Axis, Band> bands = new LinkedHashMap<>();
        Set<Axis> axes = new LinkedHashSet<>();
        for (String s : scenarios) axes.addAll(Axis.of(known.get(s)));
        List<String> possible = List.copyOf(new TreeSet<>(axes.stream().map(Axis::key).toList()));
        if (pass.bands() != null) {
            pass.bands().forEach((key, code) -> {
                String at = "/pass/bands/" + key.replace("~", "~0").replace("/", "~1");
                Band band = Band.fromCode(code);
                Axis axis = Axis.fromKey(key).orElse(null);
                if (band == null) {
                    p.add(at, FindingCode.BAND_INVALID, code);
                } else if (axis == null || (!scenarios.isEmpty() && !axes.contains(axis))) {
                    p.add(at, FindingCode.BAND_KEY_UNKNOWN, key, possible);
                } else {
                    bands.put(axis, band);
                }
            });
        }
        return new Assignment.PassCriteria(bands, Boolean.TRUE.equals(pass.noCriticalRisk()));
    }

    private static LocalDate due(String text, Problems p) {
        if (text == null) return null;
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            p.add("/due", FindingCode.DUE_INVALID, text);
            return null;
        }
    }

    /**
     * The learning record store, when named. Messages never repeat the key or the secret: they
     * name the field only.
     */
    private static AssignmentLrs lrs(AssignmentFile.Lrs l, Problems p) {
        if (l == null) return null;
        String endpoint = l.endpoint() == null ? null : l.endpoint().trim();
        if (endpoint == null || endpoint.isEmpty()) {
            p.add("/lrs", FindingCode.LRS_ENDPOINT_MISSING);
        } else if (!webAddress(endpoint, false)) {
            p.add("/lrs/endpoint", FindingCode.LRS_ENDPOINT_INVALID, endpoint);
        } else if (endpoint.replaceAll("/+$", "").endsWith("/statements")) {
            p.add("/lrs/endpoint", FindingCode.LRS_ENDPOINT_WITH_STATEMENTS, endpoint.replaceAll("/+$", "").replaceAll("/statements$", ""));
        }
        if (l.key() == null || l.key().isBlank()) p.add("/lrs", FindingCode.LRS_KEY_MISSING);
        else if (l.key().contains(":")) p.add("/lrs/key", FindingCode.LRS_KEY_WITH_COLON);
        if (l.secret() == null || l.secret().isEmpty()) p.add("/lrs", FindingCode.LRS_SECRET_MISSING);
        String home = l.homePage() == null || l.homePage().isBlank() ? null : l.homePage().trim();
        if (home != null && !webAddress(home, true)) {
            p.add("/lrs/homePage", FindingCode.LRS_HOME_PAGE_INVALID, home);
        }
        return new AssignmentLrs(endpoint, l.key(), l.secret(), Boolean.TRUE.equals(l.pseudonym()), home);
    }

    /** An absolute http(s) address with a host (any scheme with a host when {@code anyScheme}). */
    static boolean webAddress(String text, boolean anyScheme) {
        try {
            java.net.URI u = new java.net.URI(text);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
            return u.getHost() != null && (anyScheme || scheme.equals("http") || scheme.equals("https"));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** Collects errors with a JSON pointer; {@link SourceMap} gives them their line and column. */
    private record Problems(String file, List<Finding> out) {
        void add(String pointer, FindingCode code, Object... args) {
            Site where = Site.field(pointer.isEmpty() ? null : pointer.substring(1).replace('/', '.'));
            out.add(new Finding(file, 0, 0, Finding.Level.ERROR, Problem.of(code, args), where, pointer.isEmpty() ? null : pointer));
        }
    }
}
