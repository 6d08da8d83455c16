package io.github.konvent.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the independent consumers of Konvent's output (Node.js checks, python, xmllint) from a
 * test: whether a command is on the machine, and running one in a folder with its output.
 */
public final class ExternalTools {
    private ExternalTools() {}

    /**
     * @param command a command, e.g. {@code node}
     * @return whether {@code command --version} runs and exits with 0 within 30 s
     */
    public static boolean available(String command) {
        try {
            Process p = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * @param dir the working folder
     * @param command the command and its arguments
     * @return what it printed (standard output and error)
     * @throws AssertionError when it does not finish within 5 minutes or exits with another code than 0
     * @throws IOException when it cannot be started
     * @throws InterruptedException when the test is interrupted
     */
    public static String run(Path dir, List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " in " + dir + " did not finish within 5 minutes");
        }
        if (p.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " in " + dir + " exited with " + p.exitValue() + ":\n" + out);
        }
        return out;
    }
}
