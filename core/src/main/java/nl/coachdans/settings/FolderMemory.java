package nl.coachdans.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import nl.coachdans.files.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folders the trainee or trainer typed last (the class folder, the assignment file for the
 * report, where result files go), in {@code folders.json} beside the settings. A separate file
 * keeps the settings format as it is; one that cannot be read is simply ignored, as it only saves
 * typing.
 */
public final class FolderMemory {
    private static final long MAX_BYTES = 64 * 1024;

    /** What is remembered; any field may be null. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Folders(String classFolder, String reportAssignment, String resultFolder) {
        public static final Folders NONE = new Folders(null, null, null);

        public Folders withClassFolder(String v) {
            return new Folders(v, reportAssignment, resultFolder);
        }

        public Folders withReportAssignment(String v) {
            return new Folders(classFolder, v, resultFolder);
        }

        public Folders withResultFolder(String v) {
            return new Folders(classFolder, reportAssignment, v);
        }
    }

    private final Path file;
    private final ObjectMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public FolderMemory(Path home) {
        this.file = home.resolve("folders.json");
    }

    public Folders load() {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) return Folders.NONE;
            Folders f = json.readValue(file.toFile(), Folders.class);
            return f == null ? Folders.NONE : f;
        } catch (IOException | RuntimeException e) {
            return Folders.NONE;
        }
    }

    /** Saves atomically; returns the problem when it could not (the caller may show it), else null. */
    public String save(Folders folders) {
        try {
            AtomicFiles.write(file, json.writeValueAsBytes(folders));
            return null;
        } catch (IOException | RuntimeException e) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }
}
