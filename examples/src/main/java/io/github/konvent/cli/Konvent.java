package io.github.konvent.cli;

import io.github.konvent.KonventException;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code konvent} command line tool: validate, convert, store and analyse Konvent catalogs
 * without writing Java. Exit codes: 0 success, 1 error-level findings, 2 unreadable input or a
 * usage error.
 */
@Command(
        name = "konvent",
        mixinStandardHelpOptions = true,
        version = "konvent 0.1.0",
        description = "Validate, convert, store and analyse catalogs of civic congresses.",
        footer = {"", "Example:", "  ./konvent demo --out konvent-out"},
        subcommands = {
            DemoCommand.class,
            ValidateCommand.class,
            ExportCommand.class,
            ImportCommand.class,
            DbCommand.class,
            PlanCommand.class,
            ReportCommand.class,
            FormatsCommand.class,
            ServeCommand.class,
            SiteCommand.class,
            DiffCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Konvent implements Runnable {
    /** Exit code: all went well. */
    public static final int OK = 0;
    /** Exit code: the input has error-level findings. */
    public static final int FINDINGS = 1;
    /** Exit code: the input could not be read, or the command line was wrong. */
    public static final int UNREADABLE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Options every command has; commands include them with {@code @Mixin}. */
    static final class Common {
        @Option(
                names = "--lang",
                defaultValue = "en",
                description = "Language of messages and labels: de or en (default: ${DEFAULT-VALUE}).")
        String lang = "en";

        @Option(
                names = "--verbose",
                description = "Print stack traces of failures.")
        boolean verbose;

        Locale locale() {
            if (!lang.equals("de") && !lang.equals("en")) {
                throw new io.github.konvent.InputException("--lang", "'" + lang + "'", "de or en", null);
            }
            return Locale.forLanguageTag(lang);
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs the tool with the given arguments and returns its exit code, writing to the given
     * streams; what {@link #main} does, for tests and embedding.
     *
     * @param out standard output
     * @param err standard error
     * @param args the arguments
     * @return the exit code
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Konvent());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean verbose = parseResult.originalArgs().contains("--verbose");
            PrintWriter err = commandLine.getErr();
            if (e instanceof KonventException) {
                err.println("konvent: " + e.getMessage());
            } else {
                err.println("konvent: " + e);
            }
            if (verbose) {
                e.printStackTrace(err);
            }
            err.flush();
            return e instanceof KonventException || e instanceof java.io.UncheckedIOException
                    || e instanceof java.io.IOException ? UNREADABLE : FINDINGS;
        });
        return cli;
    }

    /**
     * Runs the tool and exits with its exit code.
     *
     * @param args the arguments
     */
    public static void main(String... args) {
        if (java.util.Arrays.asList(args).contains("--verbose")) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        }
        PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
        System.exit(run(out, err, args));
    }
}
