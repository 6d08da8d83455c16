package io.github.konvent.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Golden files under src/test/resources/golden: compared byte for byte; run with
 * {@code -Dkonvent.golden.update=true} to rewrite them after a deliberate format change.
 */
final class Golden {
    static final Path DIR = Path.of("src", "test", "resources", "golden");
    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    private Golden() {}

    static String pretty(String json) {
        JsonNode tree = PLAIN.readTree(json);
        return PLAIN.writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n";
    }

    static void check(String name, String actual) {
        Path file = DIR.resolve(name);
        try {
            if (Boolean.getBoolean("konvent.golden.update") || !Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            }
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
