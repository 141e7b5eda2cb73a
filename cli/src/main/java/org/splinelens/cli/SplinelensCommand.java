package org.splinelens.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import java.util.ServiceConfigurationError;
import java.util.concurrent.Callable;
import org.splinelens.core.io.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the {@code splinelens} command. It discovers the plugin registry once and adds every registered
 * {@link CommandPlugin} as a subcommand, sorted by name, handing each the same {@link Plugins}. Bad input: one line on
 * stderr and exit code 2.
 */
@Command(name = "splinelens", mixinStandardHelpOptions = true, versionProvider = SplinelensCommand.Version.class,
        description = "Univariate ReLU networks through the spline lens.")
public final class SplinelensCommand implements Callable<Integer> {
    static final int BAD_INPUT = 2;

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
        CommandLine cli = new CommandLine(new SplinelensCommand());
        // subcommands first: the settings below apply to the commands present when they are made
        plugins.commands().forEach((name, command) -> cli.addSubcommand(name, command.command(plugins)));
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, arguments) -> {
            ex.getCommandLine().getErr().println("splinelens: " + ex.getMessage());
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof InvalidInputException || ex instanceof IllegalArgumentException) {
                commandLine.getErr().println("splinelens: " + ex.getMessage());
                return BAD_INPUT;
            }
            commandLine.getErr().println("splinelens: internal error: " + ex);
            return 1;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties props = new Properties();
            try (InputStream in = SplinelensCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    props.load(in);
                }
            }
            return new String[] {"splinelens " + props.getProperty("version", "unknown")};
        }
    }
}
