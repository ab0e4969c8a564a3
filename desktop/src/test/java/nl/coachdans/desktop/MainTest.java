package nl.coachdans.desktop;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {
    @Test
    void aSingleFileIsHandedOverToTheGame(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("opdracht.yaml"), "kind: assignment\n");
        assertThat(Main.fileHandedOver(new String[] {file.toString()})).isTrue();
    }

    @Test
    void commandsFoldersMissingFilesAndOptionsAreNotFiles(@TempDir Path dir) throws IOException {
        Path named = Files.writeString(dir.resolve("validate"), "");
        assertThat(Main.fileHandedOver(new String[] {"validate"})).isFalse();
        assertThat(Main.fileHandedOver(new String[] {named.toString(), "--json"})).isFalse();
        assertThat(Main.fileHandedOver(new String[] {dir.toString()})).isFalse();
        assertThat(Main.fileHandedOver(new String[] {dir.resolve("missing.json").toString()})).isFalse();
        assertThat(Main.fileHandedOver(new String[] {"--smoke"})).isFalse();
        assertThat(Main.fileHandedOver(new String[0])).isFalse();
    }
}
