package nl.coachdans.sessions;

import nl.coachdans.catalog.ScenarioSource;
import nl.coachdans.files.AtomicFiles;
import nl.coachdans.files.RecordFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The trainee's own records, one JSON file per session under {@code HOME/records}. Every save is
 * atomic; a file that turns out corrupt is moved to {@code records/corrupt/} and reported, never
 * deleted.
 */
public final class RecordStore {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path dir;
    private final RecordReader reader;
    /** Files moved aside since this store was made, for the game to tell the trainee. */
    private final List<SetAside> setAside = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** A record file that could not be read, and where it was moved. */
    public record SetAside(Path from, Path to) { }

    public RecordStore(Path home, ScenarioSource scenarios) {
        this.dir = home.resolve("records");
        this.reader = new RecordReader(scenarios);
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
        return file;
    }

    /**
     * Every record, newest first, each re-scored. Corrupt ones are moved aside and returned with
     * their message (pointing at the new place) so the caller can tell the user.
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
        List<StoredRecord> out = new ArrayList<>();
        for (Path f : files) {
            StoredRecord r = reader.read(f);
            if (r.status() == RecordStatus.CORRUPT) r = setAside(r);
            out.add(r);
        }
        return out;
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
                    r.file().getFileName() + " could not be read and was moved to " + aside + ": " + r.message());
        } catch (IOException e) {
            return r;
        }
    }
}
