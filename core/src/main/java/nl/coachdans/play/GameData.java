package nl.coachdans.play;

import nl.coachdans.catalog.ContentCatalog;
import nl.coachdans.catalog.ContentRoot;
import nl.coachdans.catalog.Origin;
import nl.coachdans.lint.ContentLibrary;
import nl.coachdans.sessions.RecordStore;
import nl.coachdans.catalog.ScenarioSource;
import nl.coachdans.sessions.StoredRecord;
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
 * and {@link #replace(ContentCatalog)} swaps in its findings, so a scenario the linter rejects
 * becomes unavailable with its reason.
 */
public final class GameData {
    private final List<ContentRoot> roots;
    private final RecordStore records;
    private volatile ContentCatalog catalog;
    private volatile ContentLibrary library;

    private GameData(List<ContentRoot> roots, Path home, ContentCatalog catalog) {
        this.roots = roots;
        this.catalog = catalog;
        this.library = catalog.asLibrary();
        this.records = new RecordStore(home, this::find);
    }

    /**
     * Reads the built-in clients and the trainer's own ({@code clients/} in the data folder) and checks
     * their structure; quick enough for the loading screen.
     */
    public static GameData load(Path home) {
        List<ContentRoot> roots = ContentCatalog.standardRoots(home, List.of());
        GameData data = new GameData(roots, home, ContentCatalog.load(roots, new ContentReader(), false));
        // At start, off the render thread: clear what a crash left mid-save, and set aside
        // unreadable records now, so that the menu can say so at once.
        data.records.cleanLeftovers();
        nl.coachdans.files.AtomicFiles.cleanLeftovers(home); // settings.json's
        data.history();
        return data;
    }

    /** Record files that could not be read and were moved aside since the game started. */
    public List<nl.coachdans.sessions.RecordStore.SetAside> setAside() {
        return records.setAside();
    }

    /** The full check (loader, validator and path linter); slow, so run it off the render thread. */
    public ContentCatalog lintFully() {
        return ContentCatalog.load(roots, new ContentReader(), true);
    }

    /** Takes over the fully linted catalog (on the render thread). */
    public void replace(ContentCatalog linted) {
        catalog = linted;
        library = linted.asLibrary();
    }

    /** Whether this client is one of the trainer's own, to mark it in the list. */
    public boolean own(ContentLibrary.Entry e) {
        return catalog.originOf(e.file()) == Origin.OWN;
    }

    /** The folder for the trainer's own clients, to show where they are read from. */
    public Path ownFolder() {
        return roots.stream().filter(r -> r.origin() == Origin.OWN).map(ContentRoot::path).findFirst().orElse(null);
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
        return e.findings();
    }

    public boolean usable(ContentLibrary.Entry e) {
        return e.scenario() != null && findings(e).stream().noneMatch(Finding::isError);
    }

    public Optional<ContentLibrary.Entry> usable(String id) {
        ContentLibrary.Entry e = library.scenario(id);
        return e != null && usable(e) ? Optional.of(e) : Optional.empty();
    }

    /** The first error that makes a scenario unavailable, for its card, in the player's language. */
    public String reason(ContentLibrary.Entry e, nl.coachdans.scenario.Language language) {
        return findings(e).stream().filter(Finding::isError).findFirst()
                .map(f -> nl.coachdans.scenario.FindingText.of(language).withPlace(f)
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
