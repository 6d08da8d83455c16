package io.github.konvent.text;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds ../shared by walking up from the working directory. */
final class Shared {
    private Shared() {}

    static Path seeds() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path s = dir.resolve("shared");
            if (Files.isDirectory(s.resolve("seeds"))) {
                return s.resolve("seeds");
            }
            dir = dir.getParent();
        }
        if ("true".equals(System.getenv("KONVENT_REQUIRE_SHARED"))) {
            fail("shared/seeds not found above the working directory and KONVENT_REQUIRE_SHARED=true");
        }
        assumeTrue(false, "shared/seeds not found above the working directory: seed import tests skipped");
        return null;
    }
}
