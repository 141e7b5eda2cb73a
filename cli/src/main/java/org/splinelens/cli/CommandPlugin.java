package org.splinelens.cli;

import java.util.function.Function;
import org.splinelens.core.plugin.Plugin;

/**
 * A subcommand of {@code splinelens}, registered like any other plugin under the kind {@code command}, so a jar on the
 * class path adds a command without a line changed in the CLI:
 *
 * <pre>{@code
 * MapBinder<String, CommandPlugin> commands = PluginBinder.registry(binder(), "command", CommandPlugin.class);
 * PluginBinder.register(commands, CommandPlugin.of(MyCommand.class, MyCommand::new));
 * }</pre>
 *
 * The top command adds every registered command as a subcommand, sorted by name; a name registered twice fails at
 * start-up. Bad input is an {@link org.splinelens.core.io.InvalidInputException}: one line on stderr, exit code 2.
 */
public interface CommandPlugin extends Plugin {

    /**
     * @param plugins every plugin look-up the command may need; one object shared by all commands of a command line
     * @return a fresh picocli command: an instance of a class annotated with {@code @Command} that is a
     *         {@code Callable<Integer>} or a {@code Runnable}
     */
    Object command(Plugins plugins);

    /**
     * @param type   the command's class, annotated with {@code @Command(name = …, description = …)}: the
     *               plugin's name and its description (the first line) are read from there
     * @param create a fresh instance of {@code type}, given the plugins
     * @throws IllegalArgumentException if {@code type} has no {@code @Command} with a name
     */
    static CommandPlugin of(Class<?> type, Function<Plugins, ?> create) {
        return AnnotatedCommand.of(type, create);
    }
}
