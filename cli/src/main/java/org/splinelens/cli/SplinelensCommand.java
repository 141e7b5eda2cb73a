package org.splinelens.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import org.splinelens.core.io.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code splinelens} command. Bad input: one line on stderr and exit code 2. */
@Command(name = "splinelens", mixinStandardHelpOptions = true, versionProvider = SplinelensCommand.Version.class,
        description = "Univariate ReLU networks through the spline lens.",
        subcommands = {ConvertCommand.class, EvalCommand.class, BreakpointsCommand.class, ListCommand.class,
            DensityCommand.class, InitStatsCommand.class, TrainCommand.class, HessianCommand.class,
            KnotsCommand.class, CriticalCommand.class, CensusCommand.class, FitCommand.class,
            RunCommand.class, ReproduceCommand.class, MovieCommand.class})
public final class SplinelensCommand implements Runnable {
    static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns its exit code (used by tests). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new SplinelensCommand());
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
