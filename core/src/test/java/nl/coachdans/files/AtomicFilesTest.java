package nl.coachdans.files;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 13, #1, #2, #5, #8: the one safe writer. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    /** A channel that takes at most {@code chunk} bytes a call, and nothing after {@code capacity}. */
    private static final class NearlyFull implements WritableByteChannel {
        final int chunk;
        int capacity;
        final List<Integer> calls = new ArrayList<>();

        NearlyFull(int chunk, int capacity) {
            this.chunk = chunk;
            this.capacity = capacity;
        }

        @Override
        public int write(ByteBuffer src) {
            int n = Math.min(Math.min(chunk, capacity), src.remaining());
            src.position(src.position() + n);
            capacity -= n;
            calls.add(n);
            return n;
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void shortWritesAreContinuedUntilEveryByteIsTaken() throws IOException {
        NearlyFull ch = new NearlyFull(3, 100);
        AtomicFiles.writeFully(ch, ByteBuffer.wrap(new byte[10]));
        assertThat(ch.calls).containsExactly(3, 3, 3, 1);
    }

    @Test
    void aChannelThatStopsTakingBytesIsAFailureNotASuccess() {
        NearlyFull ch = new NearlyFull(4, 6);
        assertThatThrownBy(() -> AtomicFiles.writeFully(ch, ByteBuffer.wrap(new byte[10])))
                .isInstanceOf(AtomicFiles.IncompleteWrite.class).hasMessageContaining("after 6 of 10 bytes");
    }

    @Test
    void aFullDiskLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix().toBuilder().setMaxSize(64 * 1024).setBlockSize(4096).build())) {
            Path out = fs.getPath("/out/report.html");
            AtomicFiles.write(out, "the old report".getBytes(StandardCharsets.UTF_8));
            byte[] big = new byte[200 * 1024];
            assertThatThrownBy(() -> AtomicFiles.write(out, big, AtomicFiles.Overwrite.FORCE)).isInstanceOf(IOException.class);
            assertThat(Files.readString(out)).isEqualTo("the old report");
            try (var s = Files.list(out.getParent())) {
                assertThat(s.map(p -> p.getFileName().toString())).containsExactly("report.html");
            }
        }
    }

    @Test
    void temporaryFilesAreHiddenAreNoRecordsAndAreCleanedAtTheNextStart() throws IOException {
        Path leftover = Files.createTempFile(dir, AtomicFiles.TEMP_PREFIX + "x.json-", AtomicFiles.TEMP_SUFFIX);
        Path oldStyle = Files.writeString(dir.resolve(".20250101-voorbeeld-1.json8123456.tmp"), "{}");
        Path record = Files.writeString(dir.resolve("20250101-voorbeeld-1.json"), "{}");
        for (Path p : List.of(leftover, oldStyle)) {
            assertThat(AtomicFiles.isTemporary(p.getFileName().toString())).as(p.toString()).isTrue();
            assertThat(RecordFiles.isRecordName(p.getFileName().toString())).as(p.toString()).isFalse();
        }
        assertThat(AtomicFiles.cleanLeftovers(dir)).isEqualTo(2);
        assertThat(leftover).doesNotExist();
        assertThat(oldStyle).doesNotExist();
        assertThat(record).exists();
    }

    @Test
    void oneOverwriteRuleForEveryOutput() throws IOException {
        Path file = Files.writeString(dir.resolve("out.json"), "old");
        assertThatThrownBy(() -> AtomicFiles.write(file, new byte[] {1}, AtomicFiles.Overwrite.NEVER))
                .isInstanceOfSatisfying(AtomicFiles.Refused.class, e -> assertThat(e.regularFile()).isTrue())
                .hasMessageContaining("exists already; add --force");
        AtomicFiles.write(file, "new".getBytes(StandardCharsets.UTF_8), AtomicFiles.Overwrite.FORCE);
        assertThat(file).hasContent("new");

        Path folder = Files.createDirectories(dir.resolve("folder.json"));
        assertThatThrownBy(() -> AtomicFiles.write(folder, new byte[] {1}, AtomicFiles.Overwrite.FORCE))
                .isInstanceOfSatisfying(AtomicFiles.Refused.class, e -> assertThat(e.regularFile()).isFalse())
                .hasMessageContaining("is a folder");
        assertThat(folder).isDirectory();

        // --force never replaces what is not a regular file: a link (to a device, say) stays a link.
        Path link = Files.createSymbolicLink(dir.resolve("null.json"), Path.of("/dev/null"));
        assertThatThrownBy(() -> AtomicFiles.write(link, new byte[] {1}, AtomicFiles.Overwrite.FORCE))
                .isInstanceOf(AtomicFiles.Refused.class).hasMessageContaining("not a regular file");
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void aSetAsideFileIsNeverOverwritten() throws IOException {
        Path aside = dir.resolve("corrupt/a.json");
        for (int i = 1; i <= 3; i++) {
            Path f = Files.writeString(dir.resolve("a.json"), "copy " + i);
            Path to = AtomicFiles.moveAside(f, aside);
            assertThat(to.getFileName().toString()).isEqualTo(i == 1 ? "a.json" : "a-" + i + ".json");
        }
        assertThat(dir.resolve("corrupt/a.json")).hasContent("copy 1");
        assertThat(dir.resolve("corrupt/a-2.json")).hasContent("copy 2");
        assertThat(dir.resolve("corrupt/a-3.json")).hasContent("copy 3");
    }
}
