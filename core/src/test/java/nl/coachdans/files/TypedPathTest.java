package nl.coachdans.files;

import org.junit.jupiter.api.Test;

import java.nio.file.Paths;

import static org.assertj.core.api.Assertions.assertThat;

/** Paths as people paste them. */
class TypedPathTest {
    @Test
    void acceptsTheUsualShapes() {
        assertThat(TypedPath.parse("  /tmp/klas a  ", "/home/fer")).contains(Paths.get("/tmp/klas a"));
        assertThat(TypedPath.parse("\"/tmp/klas a\"", "/home/fer")).contains(Paths.get("/tmp/klas a"));
        assertThat(TypedPath.parse("'/tmp/x.yaml'", "/home/fer")).contains(Paths.get("/tmp/x.yaml"));
        assertThat(TypedPath.parse("~/Downloads/x.yaml", "/home/fer")).contains(Paths.get("/home/fer/Downloads/x.yaml"));
        assertThat(TypedPath.parse("~", "/home/fer")).contains(Paths.get("/home/fer"));
        assertThat(TypedPath.parse("file:///tmp/klas%20a/x.json", "/home/fer")).contains(Paths.get("/tmp/klas a/x.json"));
    }

    @Test
    void emptyOrUnusableGivesNothing() {
        assertThat(TypedPath.parse(null, "/h")).isEmpty();
        assertThat(TypedPath.parse("   ", "/h")).isEmpty();
        assertThat(TypedPath.parse("\"\"", "/h")).isEmpty();
        assertThat(TypedPath.parse("file:not a uri", "/h")).isEmpty();
        assertThat(TypedPath.parse("a\u0000b", "/h")).isEmpty();
    }
}
