package io.github.konvent.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.konvent.json.KonventJson;
import io.github.konvent.testing.SeedCatalog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The tool's one failure contract (exit 0 fine, 1 findings, 2 bad input or usage in one sentence,
 * 3 internal failure) and its terminal manners (global options anywhere, summaries, 100 columns,
 * progress).
 */
class CliContractTest {
    @TempDir
    Path tmp;

    static KonventCliTest.Run run(String... args) {
        return KonventCliTest.run(args);
    }

    /** Exit 2 with exactly one line on standard error, no stack trace, naming each of the parts. */
    static void badInput(KonventCliTest.Run r, String... parts) {
        assertThat(r.code()).as(r.err()).isEqualTo(Konvent.UNREADABLE);
        assertThat(r.err().strip()).as(r.err()).doesNotContain("\n").startsWith("konvent: ").endsWith(".")
                .doesNotContain("Exception").contains(parts);
        assertThat(r.err()).doesNotContain("\tat ");
    }

    private Path write(String name, String text) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void aFolderAsInputIsBadInputNamingTheArgument() {
        badInput(run("validate", tmp.toString()), "FILE", tmp.toString(), "found a folder", "expected a file");
        badInput(run("export", "--format", "json", "--in", tmp.toString()), "--in FILE", "a folder");
        badInput(run("db", "save", "--in", tmp.toString(), "--jdbc-url", "jdbc:h2:mem:x"), "--in FILE", "a folder");
    }

    @Test
    void aMissingInputOrOutputFolderIsBadInputNamingTheOption() throws IOException {
        badInput(run("import", tmp.resolve("none.json").toString()), "FILE", "none.json", "no such file");
        Path out = tmp.resolve("missing").resolve("catalog.json");
        badInput(run("export", "--format", "json", "--out", out.toString()), "--out FILE", "no folder", "an existing folder");
        assertThat(out.getParent()).doesNotExist();
        badInput(run("export", "--format", "json", "--out", tmp.toString()), "--out FILE", "a folder");
        badInput(run("report", "--out", write("plain.txt", "x").toString()), "--out DIR", "not a folder");
    }

    @Test
    void aFifoIsRefusedInsteadOfHanging() throws Exception {
        Path fifo = tmp.resolve("pipe.json");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            Assumptions.assumeTrue(false, "no mkfifo on this machine: the FIFO case is not checked");
            return;
        }
        Assumptions.assumeTrue(p.waitFor() == 0, "mkfifo failed: the FIFO case is not checked");
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            badInput(run("validate", fifo.toString()), "FILE", "pipe.json", "a special file", "a regular file");
            badInput(run("export", "--format", "json", "--out", fifo.toString()), "--out FILE", "a special file");
        });
    }

    @Test
    void truncatedAndHostileInputIsBadInputAndNeverRunsAway() throws IOException {
        String full = KonventJson.write(SeedCatalog.catalog());
        Path cut = write("cut.json", full.substring(0, full.length() / 2));
        badInput(run("validate", cut.toString()), "cut.json", "well-formed JSON");
        String event = "{\"konvent\":\"1.0\",\"events\":[{\"id\":\"e1\",\"title\":\"T\",\"startDate\":\"2024-01-01\"EXTRA}]}";
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Path days = write("days.json", event.replace("EXTRA", ",\"days\":1000000000"));
            badInput(run("export", "--format", "c3voc", "--in", days.toString()), "days.json", "/events/0/days",
                    "ReadLimits.maxDaysPerEvent");
            Path fee = write("fee.json", event.replace("EXTRA", ",\"registration\":{\"fee\":{\"amount\":1e999999999}}"));
            badInput(run("export", "--format", "jsonld", "--in", fee.toString()), "fee.json", "/events/0/registration/fee");
            Path year = write("year.json", event.replace("2024-01-01", "+999999-01-01").replace("EXTRA", ""));
            badInput(run("validate", year.toString()), "year.json", "/events/0/startDate", "1900 to 2200");
            Path nul = write("nul.json", event.replace("\"T\"", "\"T\\u0000\"").replace("EXTRA", ""));
            badInput(run("db", "save", "--in", nul.toString(), "--jdbc-url", "jdbc:h2:mem:nul"), "/events/0/title", "U+0000");
        });
    }

    @Test
    void anInternalFailureExitsThreeAndVerbosePrintsItsStackTrace() {
        StringWriter err = new StringWriter();
        int code = Konvent.failure(new IllegalStateException("boom"), null, false, new PrintWriter(err, true));
        assertThat(code).isEqualTo(Konvent.INTERNAL);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("internal failure").contains("boom")
                .contains("--verbose");
        StringWriter verbose = new StringWriter();
        Konvent.failure(new IllegalStateException("boom"), null, true, new PrintWriter(verbose, true));
        assertThat(verbose.toString()).contains("\tat ");
        StringWriter io = new StringWriter();
        assertThat(Konvent.failure(new java.io.UncheckedIOException(new java.nio.file.AccessDeniedException("/x/y")),
                null, false, new PrintWriter(io, true))).isEqualTo(Konvent.UNREADABLE);
        assertThat(io.toString()).contains("'/x/y'").contains("no permission");
    }

    @Test
    void globalOptionsWorkBeforeOrAfterTheCommand() {
        KonventCliTest.Run before = run("--lang", "de", "validate");
        assertThat(before.code()).as(before.err()).isZero();
        assertThat(before.out()).contains("0 Fehler");
        assertThat(run("validate", "--lang", "de").out()).isEqualTo(before.out());
        assertThat(run("--lang=de", "validate").out()).isEqualTo(before.out());
        assertThat(run("--verbose", "validate").code()).isZero();
        assertThat(run("--verbose", "--lang", "en", "db", "--help").code()).isZero();
        assertThat(Konvent.globalOptionsLast("--lang", "de", "db", "show", "x", "--", "--verbose"))
                .containsExactly("db", "show", "x", "--lang", "de", "--", "--verbose");
        badInput(run("--lang", "fr", "validate"), "--lang", "de or en");
        KonventCliTest.Run help = run("--lang", "de", "help", "validate");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("validate");
    }

    @Test
    void rootHelpDocumentsTheExitCodesAndEverySummaryIsOneSentence() {
        KonventCliTest.Run help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Exit codes:").contains("0   fine").contains("1   findings")
                .contains("2   bad input or usage").contains("3   internal failure");
        for (String line : help.out().lines().toList()) {
            assertThat(line.length()).as(line).isLessThanOrEqualTo(Konvent.WIDTH);
        }
        CommandLine cli = Konvent.commandLine();
        assertSummaries(cli.getSubcommands());
        assertThat(help.out()).contains(cli.getSubcommands().get("validate").getCommandSpec().usageMessage().header()[0]
                .split(" ")[0]);
    }

    private static void assertSummaries(Map<String, CommandLine> commands) {
        for (Map.Entry<String, CommandLine> c : commands.entrySet()) {
            String[] header = c.getValue().getCommandSpec().usageMessage().header();
            assertThat(header).as(c.getKey()).hasSize(1);
            assertThat(header[0]).as(c.getKey()).matches("[A-Z].*[^,;:]\\.").doesNotContain("  ");
            assertThat(header[0].chars().filter(ch -> ch == '(').count())
                    .isEqualTo(header[0].chars().filter(ch -> ch == ')').count());
            assertSummaries(c.getValue().getSubcommands());
        }
    }

    @Test
    void firstSentenceKeepsParenthesesWhole() {
        assertThat(Konvent.firstSentence("Reads FILE (a.b, c. d) and checks it. Exit code 0.")).isEqualTo(
                "Reads FILE (a.b, c. d) and checks it.");
        assertThat(Konvent.firstSentence("Lists the events")).isEqualTo("Lists the events.");
    }

    @Test
    void findingsAreWrappedToOneHundredColumns() {
        String head = String.format("%-7s %-28s ", "ERROR", "time.session-overlap");
        String text = "Die Sitzung „Podiumsdiskussion zur Zukunft der kommunalen Daseinsvorsorge im ländlichen Raum“ "
                + "überschneidet sich mit „Workshop Bürgerbeteiligung“ im selben Raum am 2. Tag; "
                + "https://example.org/" + "x".repeat(120);
        List<String> lines = Findings.wrap(head, text, Konvent.WIDTH);
        assertThat(lines).hasSizeGreaterThan(2).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(Konvent.WIDTH));
        assertThat(lines.get(0)).startsWith(head);
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).startsWith(" ".repeat(head.length())));
        String joined = String.join("", lines).replace(" ", "");
        assertThat(joined).isEqualTo((head + text).replace(" ", ""));
    }

    @Test
    void dbShowNamesItsIdArgumentAndAMistypedUrlNamesTheSchemes() {
        String url = "jdbc:h2:mem:show-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        assertThat(run("db", "save", "--jdbc-url", url).code()).isZero();
        KonventCliTest.Run nope = run("db", "show", "nope", "--jdbc-url", url);
        badInput(nope, "the argument ID 'nope'", "db list");
        assertThat(nope.err()).doesNotContain("--event");
        badInput(run("db", "list", "--jdbc-url", "jdbc:postgres://localhost/x?password=geheim"), "--jdbc-url",
                "jdbc:h2:file:PATH", "jdbc:postgresql://HOST:PORT/DB", "jdbc:mariadb://HOST:PORT/DB");
        assertThat(run("db", "list", "--jdbc-url", "jdbc:postgres://localhost/x?password=geheim").err())
                .doesNotContain("geheim");
        badInput(run("db", "list", "--jdbc-url", "postgresql://localhost/x"), "--jdbc-url", "jdbc:h2:file:PATH");
    }

    @Test
    void anUnwritableH2LocationIsBadInput() throws IOException {
        Path file = write("file", "x");
        badInput(run("db", "list", "--jdbc-url", "jdbc:h2:file:" + file.resolve("konvent")), "--jdbc-url", "not a folder");
        Path locked = Files.createDirectory(tmp.resolve("locked"));
        Assumptions.assumeTrue(locked.toFile().setWritable(false, false), "cannot make a folder read-only here");
        try {
            Assumptions.assumeFalse(Files.isWritable(locked), "running as a user who may write anywhere (root)");
            String url = "jdbc:h2:file:" + locked.resolve("sub").resolve("konvent");
            badInput(run("db", "save", "--jdbc-url", url), "--jdbc-url", "cannot be written");
        } finally {
            locked.toFile().setWritable(true, false);
        }
    }

    @Test
    void progressCountsWorkOnlyWhenForcedOrOnATerminalAndClearsItself() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream old = Progress.target;
        Progress.target = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try {
            int quiet = Progress.counting("saving", 50_000, "sessions", c -> 1);
            assertThat(quiet).isEqualTo(1);
            assertThat(bytes.size()).as("off a terminal, without --progress").isZero();
            Progress.forced = true;
            int result = Progress.counting("saving", 50_000, "sessions", c -> {
                c.add(12_000);
                sleep(700);
                return 2;
            });
            assertThat(result).isEqualTo(2);
        } finally {
            Progress.forced = false;
            Progress.target = old;
        }
        String shown = bytes.toString(StandardCharsets.UTF_8);
        assertThat(shown).contains("saving: 12,000/50,000 sessions");
        int last = shown.lastIndexOf("\r");
        assertThat(shown.substring(shown.lastIndexOf("\r", last - 1) + 1, last)).isBlank();
        assertThat(shown).endsWith("\r");
        assertThat(shown.lines().mapToInt(String::length).max().orElse(0)).isLessThanOrEqualTo(200);
    }

    @Test
    void progressOptionIsAcceptedAnywhereAndNothingReachesStandardOutput() throws IOException {
        Path catalog = write("c.json", KonventJson.write(SeedCatalog.catalog()));
        KonventCliTest.Run r = run("--progress", "validate", catalog.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).doesNotContain("\r").doesNotContain("KiB");
        assertThat(Progress.forced).isFalse();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
