package org.splinelens.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.ServiceConfigurationError;
import java.util.concurrent.Callable;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.limits.Limits;
import org.splinelens.core.provenance.Build;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the {@code splinelens} command. It discovers the plugin registry once and adds every registered
 * {@link CommandPlugin} as a subcommand, sorted by name, handing each the same {@link Plugins}. Bad input: one line on
 * stderr and exit code 2.
 */
@Command(name = "splinelens", mixinStandardHelpOptions = true, versionProvider = SplinelensCommand.Version.class,
        description = "Univariate ReLU networks through the spline lens.",
        footer = "%n--debug anywhere on the command line prints the stack trace of an error (for bug reports).")
public final class SplinelensCommand implements Callable<Integer> {
    static final int BAD_INPUT = 2;
    /** Anywhere on the command line: stack traces with every error, for bug reports. */
    static final String DEBUG = "--debug";
    /** The longest error line printed: messages quote at most ~100 characters of input, this is the backstop. */
    static final int MESSAGE_LIMIT = 400;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private SplinelensCommand() {
    }

    @Override
    public Integer call() {
        CommandLine cli = spec.commandLine();
        if (cli.getSubcommands().isEmpty()) {
            cli.getErr().println("splinelens: no commands registered; is a module listing org.splinelens.cli.CliModule"
                    + " in META-INF/services on the class path?");
            return 1;
        }
        cli.usage(cli.getOut());
        return 0;
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line over the plugins found on the class path; returns its exit code (used by tests). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        Plugins plugins;
        try {
            plugins = Plugins.discover(SplinelensCommand.class.getClassLoader());
        } catch (IllegalStateException | ServiceConfigurationError e) {
            // a broken or conflicting plugin jar: say which, without a stack trace
            err.println("splinelens: " + e.getMessage().lines().findFirst().orElse(e.toString()));
            err.flush();
            return 1;
        }
        return execute(plugins, args, out, err);
    }

    /** Runs the command line over {@code plugins} (for embedding and tests); returns its exit code. */
    public static int execute(Plugins plugins, String[] args, PrintWriter out, PrintWriter err) {
        boolean debug = Arrays.asList(args).contains(DEBUG);
        String[] rest = Arrays.stream(args).filter(arg -> !arg.equals(DEBUG)).toArray(String[]::new);
        CommandLine cli = new CommandLine(new SplinelensCommand());
        // subcommands first: the settings below apply to the commands present when they are made
        plugins.commands().forEach((name, command) -> cli.addSubcommand(name, command.command(plugins)));
        OptionNumbers.register(cli);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, arguments) -> {
            ex.getCommandLine().getErr().println("splinelens: " + ParameterHints.message(ex, arguments));
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> failure(ex, commandLine.getErr(), debug));
        int code;
        try {
            code = cli.execute(rest);
        } catch (OutOfMemoryError | StackOverflowError e) { // errors pass picocli's handlers
            code = failure(e, err, debug);
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * Reports what ended a command in one line: bad input as it is (exit 2), running out of memory with the way out,
     * anything else as an internal error with a bug-report hint (exit 1); the stack trace only with {@code --debug}.
     */
    private static int failure(Throwable ex, PrintWriter err, boolean debug) {
        int code;
        if (ex instanceof InvalidInputException || ex instanceof IllegalArgumentException) {
            err.println("splinelens: " + oneLine(ex.getMessage()));
            code = BAD_INPUT;
        } else if (causes(ex, OutOfMemoryError.class)) {
            err.println("splinelens: out of memory: this work does not fit in the Java heap ("
                    + Limits.bytes(Runtime.getRuntime().maxMemory()) + "); make the input smaller or "
                    + Limits.MORE_HEAP);
            code = 1;
        } else {
            err.println("splinelens: internal error: " + oneLine(String.valueOf(ex)) + " (a bug: please report it with"
                    + " the command line" + (debug ? " and the stack trace below)"
                            : "; --debug prints the stack trace)"));
            code = 1;
        }
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    private static boolean causes(Throwable ex, Class<? extends Throwable> kind) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** @return the first line of a message, at most {@link #MESSAGE_LIMIT} characters: an error is one short line */
    static String oneLine(String message) {
        String line = String.valueOf(message).lines().findFirst().orElse("");
        return line.length() <= MESSAGE_LIMIT ? line : line.substring(0, MESSAGE_LIMIT) + " …";
    }

    /** {@code splinelens 0.1.0-SNAPSHOT (commit 40-hex[-dirty])}: the build's own record, as provenance.json has it. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            Build build = Build.current();
            return new String[] {"splinelens " + build.version() + " (commit " + build.commitOrUnknown() + ")"};
        }
    }
}
