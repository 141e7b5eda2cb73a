package org.splinelens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.splinelens.core.plugin.PluginBinder;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.core.plugin.SplinelensPlugin;
import org.splinelens.core.targets.TargetFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** A contributor adds a command the way they add any plugin, and the CLI picks it up untouched. */
class CommandPluginTest {

    /** A contributed command: it looks a target up through the plugins it is handed and shares the --json mixin. */
    @Command(name = "domain", mixinStandardHelpOptions = true, description = "Print a target function's domain.")
    static final class DomainCommand implements Callable<Integer> {
        private final Plugins plugins;

        @Spec
        CommandSpec spec;

        @Option(names = "--target", required = true)
        String target;

        @Mixin
        JsonOption json;

        DomainCommand(Plugins plugins) {
            this.plugins = plugins;
        }

        @Override
        public Integer call() {
            TargetFunction f = plugins.target(target);
            spec.commandLine().getOut().println(String.format(Locale.ROOT, json.enabled() ? "[%s,%s]" : "%s to %s",
                    f.domainLow(), f.domainHigh()));
            return 0;
        }
    }

    /** A contributor's Guice module: it only binds, as any plugin module. */
    static final class DomainModule extends AbstractModule implements SplinelensPlugin {
        @Override
        protected void configure() {
            PluginBinder.register(PluginBinder.registry(binder(), "command", CommandPlugin.class),
                    CommandPlugin.of(DomainCommand.class, DomainCommand::new));
        }
    }

    /** Registers a second command named {@code train}. */
    static final class ClashModule extends AbstractModule implements SplinelensPlugin {
        @Override
        protected void configure() {
            PluginBinder.register(PluginBinder.registry(binder(), "command", CommandPlugin.class),
                    new AnnotatedCommand("train", "another train", DomainCommand.class, DomainCommand::new));
        }
    }

    /** The modules on the class path (splinelens's own, the CLI's commands among them) and {@code more}. */
    private static Plugins pluginsWith(SplinelensPlugin... more) {
        List<SplinelensPlugin> modules = new ArrayList<>();
        ServiceLoader.load(SplinelensPlugin.class).forEach(modules::add);
        modules.addAll(List.of(more));
        return new Plugins(PluginRegistry.of(modules));
    }

    private static CliRun run(Plugins plugins, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SplinelensCommand.execute(plugins, args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void aCommandRegisteredFromAGuiceModuleIsListedInHelpAndRuns() {
        Plugins plugins = pluginsWith(new DomainModule());
        CliRun help = run(plugins, "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("domain").contains("Print a target function's domain.").contains("train");

        CliRun domain = run(plugins, "domain", "--target", "sin", "--json");
        assertThat(domain.code()).as(domain.err()).isZero();
        TargetFunction sin = plugins.target("sin");
        assertThat(domain.out().strip()).isEqualTo("[" + sin.domainLow() + "," + sin.domainHigh() + "]");
        CliRun unknown = run(plugins, "domain", "--target", "nope");
        assertThat(unknown.code()).isEqualTo(SplinelensCommand.BAD_INPUT);
        assertThat(unknown.err().strip()).isEqualTo("splinelens: unknown target 'nope'; known: "
                + String.join(", ", plugins.registry().plugins(TargetFunction.class).keySet()));
        assertThat(run(plugins, "list").out()).contains("domain");
    }

    @Test
    void helpListsTheCommandsSortedByName() {
        String help = CliRun.run("--help").out();
        List<String> commands = new ArrayList<>(pluginsWith().commands().keySet());
        assertThat(commands).contains("train", "movie", "list", "run", "fit");
        int previous = -1;
        for (String name : commands) {
            int at = help.indexOf("\n  " + name + " ");
            assertThat(at).as(name).isGreaterThan(previous);
            previous = at;
        }
    }

    @Test
    void theBuiltInCommandsComeFromTheCliModuleOnTheClassPath() {
        assertThat(PluginRegistry.discover(getClass().getClassLoader()).modules())
                .contains(CliModule.class.getName());
    }

    @Test
    void aNameRegisteredTwiceFailsAtStartUpNamingIt() {
        assertThatThrownBy(() -> pluginsWith(new ClashModule())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("train");
    }

    @Test
    void withoutCommandsTheTopCommandSaysSoInOneLine() {
        CliRun run = run(new Plugins(PluginRegistry.of(List.of())));
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("splinelens: no commands registered").doesNotContain("\n");
    }

    @Test
    void aCommandClassNeedsItsCommandAnnotation() {
        assertThatThrownBy(() -> CommandPlugin.of(String.class, plugins -> "")).isInstanceOf(
                IllegalArgumentException.class).hasMessageContaining("@Command");
    }
}
