package nl.coachdans.assignments;

import nl.coachdans.files.Explanation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/** Issue 13, #9: a pipe is never opened (opening one blocks until a writer comes). */
class OpenedFilePipeTest {
    @TempDir
    Path dir;

    @Test
    void aPipeNamedLikeAnAssignmentOrRecordIsRefusedWithoutOpeningIt() throws Exception {
        for (String name : new String[] {"opdracht.yaml", "sessie.json"}) {
            Path fifo = dir.resolve(name);
            Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
            assumeThat(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0).as("mkfifo is available").isTrue();
            // If classify opened the pipe it would block for ever; the timeout turns that into a failure.
            OpenedFile f = java.util.concurrent.CompletableFuture.supplyAsync(() -> OpenedFile.classify(fifo)).get(20, TimeUnit.SECONDS);
            assertThat(f.kind()).isEqualTo(OpenedFile.Kind.UNKNOWN);
            assertThat(f.problem().whys()).containsExactly(Explanation.Why.NOT_REGULAR);
        }
    }
}
