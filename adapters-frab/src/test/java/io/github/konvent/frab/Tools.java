package io.github.konvent.frab;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Shared test data and external tools for the frab tests. Without {@code shared/testdata} a test
 * is skipped with one line unless {@code KONVENT_REQUIRE_SHARED=true}; without a tool (xmllint,
 * python3) unless {@code KONVENT_REQUIRE_TOOLS=true}.
 */
final class Tools {
    private Tools() {}

    static Path testdata(String sub) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("testdata").resolve(sub);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return missing("KONVENT_REQUIRE_SHARED", "shared/testdata/" + sub
                + " not found above the working directory: real-data test skipped");
    }

    private static <T> T missing(String variable, String message) {
        if ("true".equals(System.getenv(variable))) {
            fail(message + " (" + variable + "=true)");
        }
        assumeTrue(false, message);
        throw new AssertionError(message);
    }

    /** The result of a tool run: exit code and output. */
    record Run(int exit, String out) {}

    /** Runs a command; skips (or fails, with KONVENT_REQUIRE_TOOLS=true) when the program is missing. */
    static Run run(String... command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(command));
        Process process;
        try {
            process = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            return missing("KONVENT_REQUIRE_TOOLS", command[0] + " is not installed (Debian: "
                    + (command[0].equals("xmllint") ? "apt-get install -y libxml2-utils" : "apt-get install -y " + command[0])
                    + "): check skipped");
        }
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(command[0] + " did not finish in 60 s");
        }
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /** Validates a schedule.xml with xmllint against the c3voc XSD. */
    static Run xmllint(Path xml) throws IOException, InterruptedException {
        Path xsd = testdata("c3voc").resolve("schedule.xml.xsd");
        return run("xmllint", "--noout", "--nonet", "--schema", xsd.toString(), xml.toString());
    }

    static Path script() {
        return Path.of("src", "test", "python", "schedule_facts.py").toAbsolutePath();
    }
}
