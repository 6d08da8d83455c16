package io.github.konvent.json;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds {@code shared/testdata/…} by walking up from the working directory. Where it is absent
 * the calling test is skipped with one line, unless {@code KONVENT_REQUIRE_SHARED=true}, when it
 * fails.
 */
final class SharedData {
    private SharedData() {}

    static Path testdata(String sub) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("testdata").resolve(sub);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        String message = "shared/testdata/" + sub + " not found above the working directory: real-data test skipped";
        if ("true".equals(System.getenv("KONVENT_REQUIRE_SHARED"))) {
            fail(message + " (KONVENT_REQUIRE_SHARED=true)");
        }
        assumeTrue(false, message);
        throw new AssertionError(message);
    }
}
