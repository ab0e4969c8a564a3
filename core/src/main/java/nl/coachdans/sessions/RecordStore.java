package nl.coachdans.sessions;

import nl.coachdans.files.Explanation;
import nl.coachdans.catalog.ScenarioSource;
import nl.coachdans.files.AtomicFiles;
import nl.coachdans.files.RecordFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The trainee's own records, one JSON file per session under {@code HOME/records}. Every save is
 * atomic; a file that turns out corrupt is moved to {@code records/corrupt/} and reported, never
 * deleted. Each file is read and re-scored once: the result is kept until the file changes (path,
 * size and modification time) or the content it was scored on does (its fingerprint), so a menu
 * visit costs a look at the folder, not a replay of every session.
 */
public final class RecordStore {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path dir;
    private final ScenarioSource scenarios;
    private final RecordReader reader;
    /** Reads and re-scores one file; a seam so that tests can count the reads. */
    private final Function<Path, StoredRecord> read;
    private final Map<Path, Scored> scored = new ConcurrentHashMap<>();
    /** Files moved aside since this store was made, for the game to tell the trainee. */
    private final List<SetAside> setAside = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** A record file that could not be read, and where it was moved. */
    public record SetAside(Path from, Path to) { }

    /** What a file looked like when it was read. */
    private record Stamp(long size, FileTime modified) { }

    /** A file as read and scored, with the fingerprint of the content it was scored on (null: none was available). */
    private record Scored(Stamp stamp, String fingerprint, StoredRecord stored) { }

    public RecordStore(Path home, ScenarioSource scenarios) {
        this(home, scenarios, null);
    }

    RecordStore(Path home, ScenarioSource scenarios, Function<Path, StoredRecord> read) {
        this.dir = home.resolve("records");
        this.scenarios = scenarios;
        this.reader = new RecordReader(scenarios);
        this.read = read != null ? read : reader::read;
    }

    public Path folder() {
        return dir;
    }

    public Path fileFor(SessionRecord rec) {
        String shortId = rec.id().length() > 8 ? rec.id().substring(0, 8) : rec.id();
        return dir.resolve(STAMP.format(rec.started()) + "-" + rec.scenario() + "-" + shortId + ".json");
    }

    /** Saves the record (after every choice); returns the file written. */
    public Path save(SessionRecord rec) throws IOException {
        Path file = fileFor(rec);
        AtomicFiles.write(file, RecordReader.json().writeValueAsBytes(rec));
        // A second save within the file clock's resolution may keep both size and time: forget it.
        scored.remove(file);
        return file;
    }

    /**
     * Every record, newest first, each re-scored when it is new or changed (or its content is).
     * A corrupt one is moved aside when it is first found and returned with its message (pointing at
     * the new place), and stays in {@link #setAside()}, so the caller can tell the user.
     */
    public List<StoredRecord> list() {
        if (!Files.isDirectory(dir)) return List.of();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> RecordFiles.isRecordName(p.getFileName().toString()))
                    .filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .sorted(Comparator.reverseOrder()).toList();
        } catch (IOException e) {
            return List.of();
        }
        scored.keySet().retainAll(new HashSet<>(files));
        List<StoredRecord> out = new ArrayList<>();
        for (Path f : files) out.add(scoredNow(f));
        return out;
    }

    private StoredRecord scoredNow(Path f) {
        Stamp stamp = stamp(f);
        Scored known = scored.get(f);
        if (known != null && stamp != null && known.stamp().equals(stamp)
                && Objects.equals(known.fingerprint(), fingerprintFor(known.stored().record()))) {
            return known.stored();
        }
        StoredRecord r = read.apply(f);
        if (r.status() == RecordStatus.CORRUPT) {
            StoredRecord moved = setAside(r);
            // Moved: gone from the folder. Not movable: remembered, so it is not read again until it changes.
            if (moved == r && stamp != null) scored.put(f, new Scored(stamp, null, r));
            return moved;
        }
        if (stamp != null) scored.put(f, new Scored(stamp, fingerprintFor(r.record()), r));
        return r;
    }

    private static Stamp stamp(Path f) {
        try {
            BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            return new Stamp(a.size(), a.lastModifiedTime());
        } catch (IOException e) {
            return null;
        }
    }

    /** The fingerprint of the content a record would be scored on now, or null when there is none. */
    private String fingerprintFor(SessionRecord rec) {
        if (rec == null || rec.scenario() == null) return null;
        return scenarios.find(rec.scenario()).map(reader::fingerprint).orElse(null);
    }

    /** The newest session that was not finished, to offer "resume". */
    public Optional<StoredRecord> unfinished() {
        return list().stream()
                .filter(r -> r.status() == RecordStatus.OK && r.transcript() != null && !r.transcript().ended())
                .findFirst();
    }

    /** Every file moved aside since the program started (this store was made), oldest first. */
    public List<SetAside> setAside() {
        return List.copyOf(setAside);
    }

    /** Removes what an interrupted save left in the records folder; call once at start. */
    public int cleanLeftovers() {
        return AtomicFiles.cleanLeftovers(dir);
    }

    private StoredRecord setAside(StoredRecord r) {
        try {
            Path aside = AtomicFiles.moveAside(r.file(), dir.resolve("corrupt").resolve(r.file().getFileName()));
            setAside.add(new SetAside(r.file(), aside));
            return new StoredRecord(aside, r.record(), r.status(), null, null,
                    Explanation.join(Explanation.of(Explanation.Why.MOVED_ASIDE, r.file().getFileName().toString(), aside.toString()),
                            r.explanation()));
        } catch (IOException e) {
            return r;
        }
    }
}
