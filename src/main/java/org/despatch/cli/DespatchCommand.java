package org.despatch.cli;

import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.logging.LogManager;
import org.despatch.runtime.DespatchRuntime;
import org.despatch.scan.FileNames;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar despatch.jar <command>}: the standalone command line. */
@Command(name = "despatch", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Turns an archive of documents in any format into clean, de-duplicated, labelled text "
                + "in a database.",
        subcommands = {IngestCommand.class, RestartCommand.class, StatusCommand.class, ExecutionsCommand.class,
                QueryCommand.class, EvaluateCommand.class, EvaluateDuplicatesCommand.class, ReclassifyCommand.class,
                CommandLine.HelpCommand.class})
public final class DespatchCommand implements Callable<Integer> {

    /** Exit code for bad input (path, URL, parameter) found before any work starts. */
    public static final int EXIT_USAGE = 2;
    /** Exit code for a job that ran but did not complete. */
    public static final int EXIT_JOB_FAILED = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** No command: the usage, on the error stream, as a mistake (a cron line that lost its command). */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return EXIT_USAGE;
    }

    public static void main(String[] args) {
        String workingFolder = unreadableWorkingFolder();
        if (workingFolder != null) {
            System.err.println("despatch: " + workingFolder);
            System.exit(EXIT_USAGE);
        }
        int code = execute(args);
        DespatchRuntime.stop();
        System.exit(code);
    }

    /** Runs one command and returns its exit code. */
    public static int execute(String... args) {
        Charset charset = outputCharset(Charset.defaultCharset());
        return execute(new PrintWriter(new OutputStreamWriter(System.out, charset), true),
                new PrintWriter(new OutputStreamWriter(System.err, charset), true), args);
    }

    /**
     * The locale's encoding, except ASCII (the C locale of cron and of containers), which would print every
     * character beyond it as "?": a CSV of "Genève" written from a cron job would lose its letters. UTF-8 then.
     */
    static Charset outputCharset(Charset locale) {
        return locale.equals(StandardCharsets.US_ASCII) ? StandardCharsets.UTF_8 : locale;
    }

    /** Runs one command with the given output and error streams (tests call this in-process). */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        configureLogging();
        CommandLine cli = new CommandLine(new DespatchCommand());
        // descriptions are written as lines of up to 100 characters; picocli's 80 broke them mid-list
        cli.setUsageHelpWidth(110);
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);  // --label military
        cli.registerConverter(LocalDate.class, DespatchCommand::date);
        cli.registerConverter(Path.class, DespatchCommand::path);
        cli.setParameterExceptionHandler((ex, ignored) -> {
            ex.getCommandLine().getErr().println(ex.getCommandLine().getCommandName() + ": " + ex.getMessage()
                    + " (see '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return EXIT_USAGE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println(commandLine.getCommandName() + ": " + oneLine(ex));
            if (System.getenv("DESPATCH_DEBUG") != null) {
                ex.printStackTrace(commandLine.getErr());
            }
            return isUsersMistake(ex) ? EXIT_USAGE : EXIT_JOB_FAILED;
        });
        return cli.execute(args);
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("not a date (yyyy-mm-dd): " + value);
        }
    }

    /**
     * A path as {@link FileNames} reads names, so that one beyond ASCII is found under the C locale too, and a
     * folder named in Latin-1 by the letters the rows show (its windows-1252 reading).
     */
    private static Path path(String value) {
        Path path = FileNames.path(value);
        if (value.indexOf('\uFFFD') >= 0 && !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            String encoding = System.getProperty("sun.jnu.encoding");
            throw new CommandLine.TypeConversionException("UTF-8".equalsIgnoreCase(encoding)
                    ? "'" + value + "' holds bytes that are not UTF-8 (shown as \uFFFD): give such a name as Despatch "
                    + "shows it, read as windows-1252 (\"M\u00fcnchen\"), or rename it"
                    : "the locale's encoding of file names (" + encoding + ") could not read '" + value
                    + "': run with a UTF-8 locale, e.g. LC_ALL=C.UTF-8");
        }
        return path;
    }

    /**
     * The working folder as the JVM names it, unless that name is not the folder's: its bytes were not readable in
     * the locale's encoding (a folder named beyond ASCII under the C locale reads with "?"), and every relative
     * path, the default database's included, would name no folder.
     */
    static String unreadableWorkingFolder() {
        String named = System.getProperty("user.dir");
        boolean there;
        try {
            there = Files.isDirectory(Path.of(named));
        } catch (InvalidPathException unwritable) {  // read with U+FFFD, which ASCII cannot write back
            there = false;
        }
        return there ? null : "the working folder '" + named + "' is not there by that "
                + "name (its name cannot be read in the locale's encoding of file names, "
                + System.getProperty("sun.jnu.encoding") + ", or it was removed): run with a UTF-8 locale, e.g. "
                + "LC_ALL=C.UTF-8, or from another folder";
    }

    /**
     * Bad input rather than a failed run: a usage error, or an execution that does not exist or cannot be
     * restarted ("restart 999", restarting a completed run).
     */
    private static boolean isUsersMistake(Exception ex) {
        return ex instanceof UsageError || ex instanceof NoSuchJobExecutionException
                || ex instanceof JobRestartException
                || ex instanceof JobExecutionAlreadyCompleteException
                || ex instanceof JobExecutionNotMostRecentException;
    }

    /** The first line with words in it, so a multi-line library message still gives one clear line. */
    static String oneLine(Throwable ex) {
        String message = ex.getMessage() == null ? "" : ex.getMessage();
        return message.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
                .orElse(ex.getClass().getSimpleName());
    }

    private static void configureLogging() {
        if (System.getProperty("java.util.logging.config.file") != null) {
            return;
        }
        try (InputStream in = DespatchCommand.class.getResourceAsStream("/despatch-logging.properties")) {
            if (in != null) {
                LogManager.getLogManager().readConfiguration(in);
            }
        } catch (IOException e) {
            System.err.println("despatch: logging configuration unreadable: " + e.getMessage());
        }
    }
}
