package io.github.konvent.ical;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Finds ../shared (test data outside the repository) by walking up from the working directory. */
final class SharedData {
    private SharedData() {}

    /**
     * @param relative a path inside shared/, e.g. {@code testdata/real/giggity/kielux_2020.ics}
     * @return the file; the test is skipped (or fails with KONVENT_REQUIRE_SHARED=true) when absent
     */
    static Path file(String relative) {
        java.util.Optional<Path> found = find(relative);
        if (found.isPresent()) {
            return found.get();
        }
        String message = "shared/" + relative + " not found above the working directory: real-data test skipped";
        if ("true".equals(System.getenv("KONVENT_REQUIRE_SHARED"))) {
            throw new AssertionError(message + " (KONVENT_REQUIRE_SHARED=true)");
        }
        Assumptions.assumeTrue(false, message);
        return null;
    }

    /**
     * @param relative a path inside shared/
     * @return the file, if there is a shared/ folder above the working directory that holds it
     */
    static java.util.Optional<Path> find(String relative) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared").resolve(relative);
            if (Files.isDirectory(dir.resolve("shared")) && Files.exists(candidate)) {
                return java.util.Optional.of(candidate);
            }
            dir = dir.getParent();
        }
        return java.util.Optional.empty();
    }
}
