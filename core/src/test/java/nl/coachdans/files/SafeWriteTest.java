package nl.coachdans.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTML report goes next to the class folder, and nothing is replaced without being asked. */
class SafeWriteTest {
    @TempDir
    Path dir;

    @Test
    void theReportGoesNextToTheFolder() {
        assertThat(SafeWrite.nextTo(dir.resolve("klas-a"), "klasrapport")).isEqualTo(dir.resolve("klas-a-klasrapport.html"));
        assertThat(SafeWrite.nextTo(dir.resolve("klas-a/"), "class-report")).isEqualTo(dir.resolve("klas-a-class-report.html"));
    }

    @Test
    void neverReplacesUnlessAsked() throws Exception {
        Path f = dir.resolve("r.html");
        assertThat(SafeWrite.write(f, "one".getBytes(), false).status()).isEqualTo(SafeWrite.Status.WRITTEN);
        assertThat(SafeWrite.write(f, "two".getBytes(), false).status()).isEqualTo(SafeWrite.Status.EXISTS);
        assertThat(Files.readString(f)).isEqualTo("one");
        assertThat(SafeWrite.besides(f)).isEqualTo(dir.resolve("r-2.html"));
        assertThat(SafeWrite.write(f, "two".getBytes(), true).status()).isEqualTo(SafeWrite.Status.WRITTEN);
        assertThat(Files.readString(f)).isEqualTo("two");
        assertThat(SafeWrite.write(dir, "x".getBytes(), true).status()).isEqualTo(SafeWrite.Status.FAILED);
    }

    @Test
    void besidesCountsOnAndKeepsTheExtension() throws Exception {
        Files.writeString(dir.resolve("a.json"), "");
        Files.writeString(dir.resolve("a-2.json"), "");
        assertThat(SafeWrite.besides(dir.resolve("a.json"))).isEqualTo(dir.resolve("a-3.json"));
        assertThat(SafeWrite.besides(dir.resolve("free.json"))).isEqualTo(dir.resolve("free.json"));
        Files.writeString(dir.resolve("noext"), "");
        assertThat(SafeWrite.besides(dir.resolve("noext"))).isEqualTo(dir.resolve("noext-2"));
    }
}
