package io.github.konvent.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds test data kept outside the repository, in a {@code shared/} folder beside (or above) the
 * clone: the real announcements, the c3voc schemas, real feeds written by others. A user's clone
 * has no such folder, so a test that needs it is skipped with one clear line; CI sets
 * {@value #REQUIRE_ENV}{@code =true}, and then a missing folder fails the test instead.
 */
public final class SharedData {
    /** The environment variable that makes the shared data mandatory. */
    public static final String REQUIRE_ENV = "KONVENT_REQUIRE_SHARED";

    private static final Set<String> ANNOUNCED = ConcurrentHashMap.newKeySet();

    private SharedData() {}

    /**
     * @param sub a path inside the shared folder, e.g. {@code testdata/c3voc}
     * @return the folder or file, found by walking up from the working directory, if there is one
     */
    public static Optional<Path> find(String sub) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve(sub);
            if (Files.exists(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * @return whether the shared data must be there ({@value #REQUIRE_ENV} is {@code true})
     */
    public static boolean required() {
        return "true".equalsIgnoreCase(System.getenv(REQUIRE_ENV));
    }

    /**
     * Returns the shared folder or file, or skips the calling test (a JUnit assumption) when it is
     * absent; when the data is {@linkplain #required() required}, a missing folder is an error.
     *
     * @param sub a path inside the shared folder, e.g. {@code testdata/c3voc}
     * @return the folder or file
     * @throws IllegalStateException when it is absent and required
     */
    public static Path require(String sub) {
        Optional<Path> found = find(sub);
        if (found.isPresent()) {
            return found.get();
        }
        String where = "shared/" + sub + " (test data kept outside the repository, beside the clone)";
        if (required()) {
            throw new IllegalStateException("missing " + where + ", and " + REQUIRE_ENV + "=true makes it mandatory");
        }
        if (ANNOUNCED.add(sub)) {
            System.err.println("konvent: SKIPPED the tests that need " + where + ": not found above "
                    + Path.of("").toAbsolutePath());
        }
        Assumptions.abort("needs " + where + ", which is not here");
        throw new AssertionError("unreachable");
    }
}
