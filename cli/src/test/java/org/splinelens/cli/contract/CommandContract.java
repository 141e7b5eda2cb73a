package org.splinelens.cli.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.splinelens.cli.CommandPlugin;
import org.splinelens.cli.Plugins;
import org.splinelens.cli.SplinelensCommand;
import org.splinelens.core.testing.PluginContract;
import picocli.CommandLine.Command;

/**
 * What every command plugin promises: its {@code @Command} name is its registered name, {@code splinelens NAME --help}
 * prints its usage and exits 0 with nothing on stderr, and an unknown option is one line on stderr with exit code 2.
 */
public interface CommandContract extends PluginContract {

    @TestFactory
    default Stream<DynamicTest> commandsAnswerHelpAndRefuseBadInputInOneLine() {
        Plugins plugins = new Plugins(plugins());
        return each("command", CommandPlugin.class, command -> {
            Command annotation = command.command(plugins).getClass().getAnnotation(Command.class);
            assertThat(annotation).as("@Command on the command object").isNotNull();
            assertThat(annotation.name()).as("@Command name").isEqualTo(command.name());

            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int help = SplinelensCommand.execute(new String[] {command.name(), "--help"}, new PrintWriter(out),
                    new PrintWriter(err));
            assertThat(help).as("--help exit code").isZero();
            assertThat(out.toString()).as("usage").contains(command.name());
            assertThat(err.toString()).as("stderr of --help").isEmpty();

            StringWriter badOut = new StringWriter();
            StringWriter badErr = new StringWriter();
            int bad = SplinelensCommand.execute(new String[] {command.name(), "--no-such-option-in-any-command"},
                    new PrintWriter(badOut), new PrintWriter(badErr));
            assertThat(bad).as("exit code of an unknown option").isEqualTo(2);
            assertThat(badErr.toString().strip()).as("stderr of an unknown option").startsWith("splinelens: ")
                    .doesNotContain("\n").doesNotContain("Exception");
        });
    }
}
