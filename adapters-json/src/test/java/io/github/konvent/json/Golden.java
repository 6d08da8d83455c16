package io.github.konvent.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Golden files under src/test/resources/golden hold Konvent's exact output and are compared byte
 * for byte. A test run never writes them: a missing golden file fails the test. After a deliberate
 * format change, rewrite them with
 * {@code ./mvnw -pl adapters-json -am test -Dkonvent.golden.update=true} and review the diff.
 */
final class Golden {
    static final Path DIR = Path.of("src", "test", "resources", "golden");

    private Golden() {}

    static void check(String name, String actual) {
        check(DIR, name, actual);
    }

    /**
     * @param dir the golden folder
     * @param name the file name
     * @param actual the output under test, compared byte for byte (UTF-8)
     */
    static void check(Path dir, String name, String actual) {
        Path file = dir.resolve(name);
        try {
            if (Boolean.getBoolean("konvent.golden.update")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            }
            assertThat(file).as("golden file %s is missing; write it with -Dkonvent.golden.update=true and review it", file)
                    .exists();
            assertThat(actual).as("golden file " + name + " (update with -Dkonvent.golden.update=true)")
                    .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> all(String glob) {
        try (var files = Files.newDirectoryStream(DIR, glob)) {
            return java.util.stream.StreamSupport.stream(files.spliterator(), false).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
