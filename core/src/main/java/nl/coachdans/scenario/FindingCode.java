package nl.coachdans.scenario;

import java.util.List;
import java.util.Locale;

/**
 * The stable code of everything the readers, the validator and the linter can find, with the names
 * of its arguments. The number never changes meaning and is never reused; the kebab name is for
 * people. Blocks: 01 reading a file, 02 structure, 03 paths and the expert path, 04 fairness,
 * 05 assignment and result files, 06 the content catalog and the command line. The wording lives in
 * {@code findings.properties} (nl) and {@code findings_en.properties}, keyed by the kebab name;
 * {@code docs/findings.md} explains each code with an example and the fix.
 */
public enum FindingCode {
    // 01: reading a file
    NOT_CONTENT_FILE(101),
    NOT_REGULAR_FILE(102),
    CANNOT_READ(103, "reason"),
    EMPTY_FILE(104),
    FILE_TOO_LARGE(105, "megabytes", "limit"),
    BINARY_FILE(106),
    NOT_UTF8(107),
    LINE_TOO_LONG(108, "line", "limit"),
    NESTED_TOO_DEEPLY(109, "limit"),
    TEXT_TOO_LONG(110, "limit"),
    NUMBER_TOO_LONG(111),
    TOO_MANY_VALUES(112, "limit"),
    TOO_LARGE_OR_DEEP(113),
    NO_CONTENT(114),
    NOT_ONE_OBJECT(115, "expected", "found"),
    YAML_SYNTAX(116, "detail"),
    YAML_TAB(117),
    JSON_SYNTAX(118, "detail"),
    UNKNOWN_FIELD(119, "field", "part", "guide"),
    VALUE_NOT_ALLOWED(120, "value", "path", "allowed"),
    VALUE_NOT_OF_TYPE(121, "value", "path", "expected"),
    WRONG_KIND_OF_VALUE(122, "path", "expected"),
    UNREADABLE_VALUE(123, "detail", "path"),
    CONDITION_NOT_TEXT(124),
    CONDITION_TOO_LONG(125, "condition", "column", "limit"),
    CONDITION_EMPTY(126, "condition", "column"),
    CONDITION_UNEXPECTED(127, "condition", "column", "character"),
    CONDITION_ENDS_EARLY(128, "condition", "column"),
    CONDITION_EXPECTED_TERM(129, "condition", "column"),
    CONDITION_EXPECTED_ID(130, "condition", "column", "word"),
    CONDITION_EXPECTED_ID_AFTER_SLASH(131, "condition", "column", "word"),
    CONDITION_RISKS_BY_SEVERITY(132, "condition", "column"),
    CONDITION_EXPECTED_FRAMEWORK(133, "condition", "column"),
    CONDITION_WORD_ALONE(134, "condition", "column", "word"),
    CONDITION_EXPECTED_COMPARISON(135, "condition", "column", "after"),
    CONDITION_EXPECTED_NUMBER(136, "condition", "column", "operator"),
    CONDITION_NESTED_TOO_DEEPLY(137, "condition", "column"),
    CONDITION_EXPECTED_CHARACTER(138, "condition", "column", "character"),
    NEXT_MALFORMED(139),
    ROUTE_MALFORMED(140),
    CLOSENESS_MALFORMED(141, "value"),

    // 02: structure of a framework or scenario
    TEXT_MISSING(201, "field"),
    DUTCH_MISSING(202, "field"),
    ENGLISH_MISSING(203, "field"),
    BAD_ID(204, "field"),
    ID_TWICE(205, "field", "id"),
    VERSION_TOO_LOW(206),
    SOURCE_MISSING(207),
    NO_STEPS(208),
    SEVERITY_MISSING(209),
    SKIP_RISK_UNKNOWN(210, "risk"),
    SKIP_RISK_UNORDERED(211),
    DIFFICULTY_OUT_OF_RANGE(212),
    MINUTES_NOT_POSITIVE(213),
    CLIENT_NAME_MISSING(214),
    NO_FRAMEWORKS(215),
    UNKNOWN_FRAMEWORK(216, "framework", "known"),
    ROLE_TWICE(217, "role", "other"),
    ROLE_MISSING(218, "role"),
    WARNINGS_FOR_MIXED_TOO_LOW(219),
    STATE_EMPTY(220, "variable"),
    MIN_NOT_BELOW_MAX(221),
    START_OUT_OF_RANGE(222),
    START_NODE_UNKNOWN(223, "node"),
    NO_NODES(224),
    CHOICE_ID_TWICE(225, "choice", "node"),
    NODE_EMPTY(226, "node"),
    KIND_MISSING(227),
    SUBJECT_NOT_EMAIL(228),
    VARIANT_EMPTY(229, "number"),
    LESSON_NOT_ENDING(230),
    ENDING_QUALITY_MISSING(231),
    ENDING_HAS_CHOICES(232),
    QUALITY_NOT_ENDING(233),
    DEAD_END(234),
    CHOICE_EMPTY(235, "number"),
    CLOSENESS_OUT_OF_RANGE(236, "value"),
    CLOSENESS_RANGE_EMPTY(237, "low", "high"),
    NEXT_MISSING(238),
    MOVE_MISSING(239),
    MOVE_FIELD_MISSING(240, "field", "allowed"),
    EFFECT_NO_NUMBER(241, "variable"),
    EFFECT_TOO_LARGE(242, "delta", "variable", "min", "max"),
    EFFECT_UNKNOWN_VARIABLE(243, "variable", "known"),
    NEVER_OFFERED(244, "condition"),
    UNKNOWN_NODE(245, "node"),
    NEXT_EMPTY_LIST(246),
    ROUTE_WITHOUT_TO(247, "number"),
    ROUTE_UNKNOWN_NODE(248, "number", "node"),
    ROUTE_WITHOUT_WHEN(249, "number"),
    LAST_ROUTE_WITH_WHEN(250),
    TAG_EMPTY(251),
    TAG_MALFORMED(252, "tag"),
    TAG_UNKNOWN_KIND(253, "kind", "tag"),
    TAG_UNKNOWN_SIDE(254, "side"),
    TAG_UNKNOWN_RELATION(255, "relation"),
    TAG_WITHOUT_ID(256, "tag"),
    TAG_FOREIGN_FRAMEWORK(257, "tag", "framework", "frameworks"),
    TAG_UNKNOWN_ID(258, "kind", "id", "tag", "frameworks"),
    TAG_AMBIGUOUS(259, "tag", "first", "second"),
    CONDITION_FOREIGN_FRAMEWORK(260, "condition", "framework", "frameworks"),
    CONDITION_UNKNOWN_ID(261, "condition", "kind", "id", "frameworks"),
    CONDITION_AMBIGUOUS(262, "condition", "kind", "id", "first", "second"),
    CONDITION_COUNTS_FOREIGN_FRAMEWORK(263, "condition", "framework", "frameworks"),
    CONDITION_UNKNOWN_VARIABLE(264, "condition", "variable"),
    CONDITION_UNKNOWN_NODE(265, "condition", "node"),
    CONDITION_UNKNOWN_CHOICE(266, "condition", "choice"),
    UNREACHABLE_NODE(267, "start"),
    CYCLE_WITHOUT_EXIT(268),

    // 03: paths and the expert path
    PATHS_UNCHECKED(301, "detail"),
    TOO_MANY_STEPS(302, "limit"),
    TOO_MANY_RISKS(303, "limit"),
    TOO_MANY_STATES(304, "states"),
    STUCK_NO_OPTION(305, "witness"),
    STUCK_NO_ENDING(306, "witness"),
    ENDING_UNREACHABLE(307),
    STEP_UNREACHABLE(308, "framework"),
    RISK_UNREACHABLE(309),
    NO_EXPERT_PATH(310),
    EXPERT_AFTER_ENDING(311),
    EXPERT_DOES_NOT_PLAY(312, "choice", "node", "possible"),
    EXPERT_STOPS_EARLY(313, "node"),
    EXPERT_NOT_BEST(314, "node", "quality"),
    EXPERT_MISSES_STEP(315),
    EXPERT_STEP_OUT_OF_ORDER(316, "turn"),
    EXPERT_COMMITS_RISK(317, "risk", "turn"),
    EXPERT_COMMITS_ORDER_RISK(318, "risk", "turn"),

    // 04: fairness
    NAIVE_NEVER_ENDS(401, "rule", "turns", "witness"),
    NAIVE_ABOVE_MIXED(402, "rule", "ending", "quality", "witness"),
    NAIVE_ALL_BEKWAAM(403, "rule", "witness"),
    RANDOM_GOOD_TOO_OFTEN(404, "good", "students", "percent", "limit"),
    RANDOM_REACHES_BEST(405, "best", "students", "witness"),
    EXPERT_OPTION_LONGEST(406, "longest", "decisions", "percent", "limit", "ratio"),
    SINGLE_GATE(407, "step", "choice", "witness"),
    UNBOUNDED_LOOP(408, "repeats", "cycle", "witness", "last"),
    NEEDS_COPY_EXPERT(409, "copies", "judged"),
    CRITICAL_REACHES_BEST(410, "ending", "witness"),
    WARNINGS_ABOVE_MIXED(411, "warnings", "ending", "quality", "witness"),
    FAIRNESS_INCOMPLETE(412),

    // 05: assignment and result files
    NEWER_ASSIGNMENT(501, "format", "reads"),
    FORMAT_MISSING(502, "format"),
    FORMAT_INVALID(503, "format"),
    ASSIGNMENT_ID_MISSING(504),
    ASSIGNMENT_ID_MALFORMED(505, "id"),
    TITLE_MISSING(506),
    TRAINER_MISSING(507),
    SCENARIOS_MISSING(508, "known"),
    UNKNOWN_SCENARIO(509, "scenario", "known"),
    SCENARIO_TWICE(510, "scenario"),
    MODE_MISSING(511),
    MODE_INVALID(512, "mode"),
    ATTEMPTS_TOO_LOW(513),
    BAND_INVALID(514, "band"),
    BAND_KEY_UNKNOWN(515, "key", "keys"),
    DUE_INVALID(516, "due"),
    LRS_ENDPOINT_MISSING(517),
    LRS_ENDPOINT_INVALID(518, "endpoint"),
    LRS_ENDPOINT_WITH_STATEMENTS(519, "endpoint"),
    LRS_KEY_MISSING(520),
    LRS_KEY_WITH_COLON(521),
    LRS_SECRET_MISSING(522),
    LRS_HOME_PAGE_INVALID(523, "address"),
    RESULT_TOO_LARGE(524),
    RESULT_UNREADABLE(525, "detail"),
    RESULT_IS_RECORD(526),
    NOT_A_RESULT(527),
    NEWER_RESULT(528, "format"),
    RESULT_WITHOUT_ASSIGNMENT(529),

    // 06: the content catalog and the command line
    ID_USED_BUILT_IN(601, "kind", "id"),
    ID_USED_ELSEWHERE(602, "kind", "id", "file"),
    NO_SUCH_PATH(603),
    OTHER_KIND_OF_FILE(604, "looks"),
    FOLDER_UNREADABLE(605, "reason");

    private final int number;
    private final List<String> params;

    FindingCode(int number, String... params) {
        this.number = number;
        this.params = List.of(params);
    }

    /** The stable code, e.g. {@code CD0245}. */
    public String id() {
        return String.format(Locale.ROOT, "CD%04d", number);
    }

    /** The kebab name, e.g. {@code unknown-node}: also the key of the message in the bundles. */
    public String kebab() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The names of the arguments, in the order of the message's placeholders. */
    public List<String> params() {
        return params;
    }

    @Override
    public String toString() {
        return id() + " " + kebab();
    }
}
