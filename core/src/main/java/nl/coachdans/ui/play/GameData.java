package nl.coachdans.ui.play;

import nl.coachdans.lint.ContentLibrary;
import nl.coachdans.record.RecordStore;
import nl.coachdans.record.ScenarioSource;
import nl.coachdans.record.StoredRecord;
import nl.coachdans.scenario.ContentReader;
import nl.coachdans.scenario.Finding;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scenario.SourceMap;
import nl.coachdans.scenario.Validator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The loaded content and the trainee's record store.
 *
 * <p>Loading happens in two steps because the full lint explores every path of every scenario,
 * which takes seconds: first the files are read and structurally validated (enough to know a
 * scenario can be played safely) and the menu appears; then the full lint runs in the background
 * and {@link #replace(ContentLibrary)} swaps in its findings, so a scenario the linter rejects
 * becomes unavailable with its reason.
 */
public final class GameData {
    private final Path root;
    private final RecordStore records;
    private volatile ContentLibrary library;
    /** Structural findings per scenario while the full lint has not finished; empty afterwards. */
    private volatile Map<String, List<Finding>> structural;
    private volatile boolean fullyChecked;

    private GameData(Path root, Path home, ContentLibrary library, Map<String, List<Finding>> structural) {
        this.root = root;
        this.library = library;
        this.structural = structural;
        this.records = new RecordStore(home, this::find);
    }

    /** Reads all content and checks its structure; quick enough for the loading screen. */
    public static GameData load(Path assetsRoot, Path home) {
        ContentReader reader = new ContentReader();
        ContentLibrary lib = ContentLibrary.load(assetsRoot, reader, false);
        Map<String, List<Finding>> found = new HashMap<>();
        Validator validator = new Validator(lib.curriculum());
        for (ContentLibrary.Entry e : lib.scenarios()) {
            if (e.scenario() == null) continue;
            List<Finding> f = validator.validate(e.file().toString(), e.scenario());
            if (f.stream().anyMatch(Finding::isError)) found.put(e.id(), SourceMap.locate(e.file(), reader, f));
        }
        GameData data = new GameData(assetsRoot, home, lib, found);
        // At start, off the render thread: clear what a crash left mid-save, and set aside
        // unreadable records now, so that the menu can say so at once.
        data.records.cleanLeftovers();
        nl.coachdans.record.AtomicFiles.cleanLeftovers(home); // settings.json's
        data.history();
        return data;
    }

    /** Record files that could not be read and were moved aside since the game started. */
    public List<nl.coachdans.record.RecordStore.SetAside> setAside() {
        return records.setAside();
    }

    /** The full check (loader, validator and path linter); slow, so run it off the render thread. */
    public ContentLibrary lintFully() {
        return ContentLibrary.load(root, new ContentReader(), true);
    }

    /** Takes over the fully linted library (on the render thread). */
    public void replace(ContentLibrary linted) {
        library = linted;
        structural = Map.of();
        fullyChecked = true;
    }

    public boolean fullyChecked() {
        return fullyChecked;
    }

    private Optional<ScenarioSource.Playable> find(String id) {
        return usable(id).map(e -> new ScenarioSource.Playable(e.scenario(), library.curriculum()));
    }

    /**
     * The scenarios this game plays (loaded and free of errors) as a source to replay records
     * against, so a file is judged as the game would play it.
     */
    public ScenarioSource source() {
        return this::find;
    }

    /** The scenarios this game plays, for checking an assignment against. */
    public List<Scenario> playable() {
        return scenarios().stream().filter(this::usable).map(ContentLibrary.Entry::scenario).toList();
    }

    public ContentLibrary library() {
        return library;
    }

    public RecordStore records() {
        return records;
    }

    public List<ContentLibrary.Entry> scenarios() {
        return library.scenarios();
    }

    /** Everything known against a scenario so far. */
    public List<Finding> findings(ContentLibrary.Entry e) {
        List<Finding> extra = structural.get(e.id());
        if (extra == null) return e.findings();
        List<Finding> all = new ArrayList<>(e.findings());
        all.addAll(extra);
        return all;
    }

    public boolean usable(ContentLibrary.Entry e) {
        return e.scenario() != null && findings(e).stream().noneMatch(Finding::isError);
    }

    public Optional<ContentLibrary.Entry> usable(String id) {
        ContentLibrary.Entry e = library.scenario(id);
        return e != null && usable(e) ? Optional.of(e) : Optional.empty();
    }

    /** The first error that makes a scenario unavailable, for its card. */
    public String reason(ContentLibrary.Entry e) {
        return findings(e).stream().filter(Finding::isError).findFirst()
                .map(f -> f.message() + (f.where() == null || f.where().isEmpty() ? "" : " (" + f.where() + ")")
                        + (f.line() > 0 ? " \u2013 " + e.file().getFileName() + ":" + f.line() : ""))
                .orElse("");
    }

    /** The newest unfinished session that can be resumed, read fresh from disk. */
    public Optional<StoredRecord> unfinished() {
        try {
            return records.unfinished();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public List<StoredRecord> history() {
        try {
            return records.list();
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
