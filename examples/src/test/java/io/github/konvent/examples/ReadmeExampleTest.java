package io.github.konvent.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * README.md shows a Maven snippet and a Java example; {@code src/it/readme} is a user's project
 * made of exactly these, which the build compiles with {@code -Xlint:all -Werror} against the
 * artifacts it just made, and runs (maven-invoker-plugin). These tests keep the two identical.
 */
class ReadmeExampleTest {
    private static final Path PROJECT = Path.of("src", "it", "readme");

    private static String readme() throws IOException {
        return Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    }

    private static String block(String readme, String language) {
        String fence = "```" + language + "\n";
        int start = readme.indexOf(fence);
        assertThat(start).as("a %s block in README.md", fence.strip()).isNotNegative();
        int from = start + fence.length();
        return readme.substring(from, readme.indexOf("```", from)).stripTrailing();
    }

    @Test
    void theReadmeShowsExactlyTheJavaOfTheUsersProject() throws IOException {
        String java = Files.readString(PROJECT.resolve("src/main/java/org/example/KonventExample.java"),
                StandardCharsets.UTF_8);
        assertThat(block(readme(), "java")).isEqualTo(java.stripTrailing());
    }

    @Test
    void theReadmeShowsExactlyTheMavenSnippetOfTheUsersProject() throws IOException {
        String pom = Files.readString(PROJECT.resolve("pom.xml"), StandardCharsets.UTF_8);
        int begin = pom.indexOf("<!-- README:begin -->\n");
        int end = pom.indexOf("  <!-- README:end -->");
        assertThat(begin).isNotNegative();
        assertThat(end).isGreaterThan(begin);
        String snippet = pom.substring(begin + "<!-- README:begin -->\n".length(), end)
                .replace("@project.version@", projectVersion())
                .stripTrailing();
        assertThat(block(readme(), "xml")).isEqualTo(snippet);
    }

    @Test
    void theSnippetNamesEveryKonventArtifactTheJavaImports() throws IOException {
        String readme = readme();
        String xml = block(readme, "xml");
        Matcher imports = Pattern.compile("import io\\.github\\.konvent\\.(json|ical|jdbc)\\.").matcher(block(readme, "java"));
        while (imports.find()) {
            assertThat(xml).contains("<artifactId>konvent-" + imports.group(1) + "</artifactId>");
        }
        assertThat(xml).contains("<artifactId>konvent-core</artifactId>").contains("<artifactId>konvent-bom</artifactId>");
    }

    private static String projectVersion() throws IOException {
        String pom = Files.readString(Path.of("..", "pom.xml"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<artifactId>konvent-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
