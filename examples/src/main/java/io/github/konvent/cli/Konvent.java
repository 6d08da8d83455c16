package io.github.konvent.cli;

import io.github.konvent.InputException;
import io.github.konvent.KonventException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/**
 * The {@code konvent} command line tool: validate, convert, store and analyse Konvent catalogs
 * without writing Java. Exit codes: 0 success, 1 error-level findings, 2 bad input or usage (one
 * sentence on standard error naming the file, the place and what was expected), 3 an internal
 * failure ({@code --verbose} prints its stack trace).
 */
@Command(
        name = "konvent",
        mixinStandardHelpOptions = true,
        version = "konvent 0.1.0",
        description = "Validate, convert, store and analyse catalogs of civic congresses.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:fine: the command did what it was asked.",
            "1:findings: the catalog has error-level findings.",
            "2:bad input or usage: a file, path, URL or option is wrong (one sentence says which).",
            "3:internal failure: a bug in konvent; --verbose prints its stack trace."
        },
        footer = {"", "Global options (--lang, --verbose, --progress) work before or after the command.",
            "", "Example:", "  ./konvent demo --out konvent-out"},
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
    /** Exit code: an internal failure (a bug); {@code --verbose} prints its stack trace. */
    public static final int INTERNAL = 3;
    /** The widest line the tool prints (findings and tables are wrapped or shortened to it). */
    static final int WIDTH = 100;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    Common common;

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

        @Option(
                names = "--progress",
                description = "Show progress on standard error even when it is not a terminal.")
        boolean progress;

        Locale locale() {
            if (!lang.equals("de") && !lang.equals("en")) {
                throw new InputException("--lang", "'" + lang + "'", "de or en", null);
            }
            return Locale.forLanguageTag(lang);
        }
    }

    @Override
    public void run() {
        common.locale();
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
        String[] moved = globalOptionsLast(args);
        boolean verbose = List.of(moved).contains("--verbose");
        try {
            return cli.execute(moved);
        } catch (RuntimeException | Error e) {
            // an error (out of memory, stack overflow) or a failure outside a command
            return internal(e, verbose, err);
        } finally {
            Progress.forced = false;
        }
    }

    /**
     * Moves the global options ({@code --lang X}, {@code --verbose}, {@code --progress}) to the
     * end of the arguments, so that the command that runs parses them wherever they were given.
     */
    static String[] globalOptionsLast(String... args) {
        List<String> rest = new ArrayList<>();
        List<String> global = new ArrayList<>();
        boolean endOfOptions = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (endOfOptions) {
                rest.add(a);
            } else if (a.equals("--")) {
                endOfOptions = true;
                rest.add(a);
            } else if (a.equals("--verbose") || a.equals("--progress") || a.startsWith("--lang=")) {
                global.add(a);
            } else if (a.equals("--lang") && i + 1 < args.length) {
                global.add(a);
                global.add(args[++i]);
            } else {
                rest.add(a);
            }
        }
        if (!rest.isEmpty() && rest.get(0).equals("help")) {
            // the help command takes command names only; its text does not depend on them
            return rest.toArray(String[]::new);
        }
        int end = endOfOptions ? rest.indexOf("--") : rest.size();
        rest.addAll(end, global);
        return rest.toArray(String[]::new);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Konvent());
        summaries(cli);
        cli.setExecutionStrategy(parseResult -> {
            ParseResult leaf = parseResult;
            while (leaf.hasSubcommand()) {
                leaf = leaf.subcommand();
            }
            Progress.forced = leaf.hasMatchedOption("--progress");
            try {
                checkPaths(leaf);
            } catch (KonventException e) {
                return failure(e, leaf, parseResult.originalArgs().contains("--verbose"),
                        leaf.commandSpec().commandLine().getErr());
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean verbose = parseResult.originalArgs().contains("--verbose");
            return failure(e, leafOf(parseResult), verbose, commandLine.getErr());
        });
        return cli;
    }

    private static ParseResult leafOf(ParseResult parseResult) {
        ParseResult leaf = parseResult;
        while (leaf.hasSubcommand()) {
            leaf = leaf.subcommand();
        }
        return leaf;
    }

    /**
     * Gives every command a one-sentence summary for the command list: its header, or else the
     * first sentence of its description (never a line cut mid-sentence).
     */
    static void summaries(CommandLine cli) {
        for (CommandLine sub : cli.getSubcommands().values()) {
            CommandLine.Model.UsageMessageSpec usage = sub.getCommandSpec().usageMessage();
            if (usage.header().length == 0 && usage.description().length > 0) {
                usage.header(firstSentence(String.join(" ", usage.description())));
            }
            summaries(sub);
        }
    }

    static String firstSentence(String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        int depth = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == '.' && depth == 0 && (i + 1 == t.length() || t.charAt(i + 1) == ' ')) {
                return t.substring(0, i + 1);
            }
        }
        return t.endsWith(".") ? t : t + ".";
    }

    // ---- paths -------------------------------------------------------------------------------

    /**
     * Checks every path the command line gives before the command runs: an input must be a
     * readable regular file (never a folder, a FIFO or a device, which could hang the tool); an
     * output file must be in an existing folder and must not be a folder or a special file.
     */
    static void checkPaths(ParseResult leaf) {
        for (ArgSpec arg : leaf.matchedArgs()) {
            Object value = arg.getValue();
            Collection<?> values = value instanceof Collection<?> c ? c : value == null ? List.of() : List.of(value);
            for (Object v : values) {
                if (v instanceof Path p) {
                    checkPath(nameOf(arg), arg.paramLabel(), p);
                }
            }
        }
    }

    private static String nameOf(ArgSpec arg) {
        return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
    }

    private static void checkPath(String name, String label, Path p) {
        boolean output = name.equals("--out") || name.equals("--review");
        String where = (name.equals(label) ? name : name + " " + label) + " '" + p + "'";
        if (output && label.equals("DIR")) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new InputException(where, "a file that is not a folder", "a folder to write into (or a new one)", null);
            }
            return;
        }
        if (output) {
            Path parent = p.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new InputException(where, Files.exists(parent) ? "'" + parent + "', which is not a folder"
                        : "no folder '" + parent + "'", "a file in an existing folder", null);
            }
            if (Files.isDirectory(p)) {
                throw new InputException(where, "a folder", "a file name to write to", null);
            }
            if (Files.exists(p) && !Files.isRegularFile(p)) {
                throw new InputException(where, "a special file (a FIFO, socket or device)", "a regular file to write to", null);
            }
            return;
        }
        if (!Files.exists(p)) {
            throw new InputException(where, "no such file", "an existing file in a supported format", null);
        }
        if (Files.isDirectory(p)) {
            throw new InputException(where, "a folder", "a file in a supported format", null);
        }
        if (!Files.isRegularFile(p)) {
            throw new InputException(where, "a special file (a FIFO, socket or device)",
                    "a regular file in a supported format", null);
        }
        if (!Files.isReadable(p)) {
            throw new InputException(where, "a file without read permission", "a readable file", null);
        }
    }

    // ---- failures ----------------------------------------------------------------------------

    /**
     * The one failure contract: bad input, paths, URLs and options exit 2 with one sentence;
     * anything else is an internal failure, exit 3.
     */
    static int failure(Throwable e, ParseResult leaf, boolean verbose, PrintWriter err) {
        Throwable t = e;
        if (t instanceof UncheckedIOException u && u.getCause() != null) {
            t = u.getCause();
        }
        String sentence;
        if (t instanceof KonventException) {
            sentence = t.getMessage();
        } else if (t instanceof FileSystemException f) {
            String where = describe(f.getFile(), leaf);
            if (f instanceof NoSuchFileException) {
                sentence = where + ": found no such file or folder, expected an existing folder and file";
            } else if (f instanceof AccessDeniedException) {
                sentence = where + ": found no permission to read or write it, expected a location you may use";
            } else {
                sentence = where + ": found " + (f.getReason() == null ? "an error of the file system" : f.getReason())
                        + ", expected a readable file or a writable location";
            }
        } else if (t instanceof IOException) {
            sentence = "a file could not be read or written: found " + t.getMessage() + ", expected a readable file "
                    + "and a writable location";
        } else {
            return internal(e, verbose, err);
        }
        err.println("konvent: " + oneLine(sentence));
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return UNREADABLE;
    }

    private static int internal(Throwable e, boolean verbose, PrintWriter err) {
        String what = e instanceof OutOfMemoryError ? "the tool ran out of memory"
                : "an internal failure (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + oneLine(e.getMessage())) + ")";
        err.println("konvent: " + oneLine(what + (verbose ? "; the stack trace follows"
                : "; run again with --verbose for the stack trace") + ", and please report it"));
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return INTERNAL;
    }

    /** Names the option or parameter that gave a path, e.g. {@code --out 'x/y.json'}. */
    static String describe(String file, ParseResult leaf) {
        if (file == null) {
            return "a file";
        }
        if (leaf != null) {
            Path f = Path.of(file).toAbsolutePath().normalize();
            for (ArgSpec arg : leaf.matchedArgs()) {
                Object value = arg.getValue();
                Collection<?> values = value instanceof Collection<?> c ? c : value == null ? List.of() : List.of(value);
                for (Object v : values) {
                    if (v instanceof Path p) {
                        Path a = p.toAbsolutePath().normalize();
                        if (f.startsWith(a) || a.startsWith(f)) {
                            return nameOf(arg) + " '" + p + "'";
                        }
                    }
                }
            }
        }
        return "'" + file + "'";
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("\\s*\\R\\s*", " ").strip();
        return t.endsWith(".") ? t : t + ".";
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
