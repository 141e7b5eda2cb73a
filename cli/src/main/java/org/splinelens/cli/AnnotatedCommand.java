package org.splinelens.cli;

import java.util.Objects;
import java.util.function.Function;
import picocli.CommandLine.Command;

/**
 * A {@link CommandPlugin} named and described by its class's {@code @Command} annotation.
 *
 * @param description the annotation's first description line
 */
record AnnotatedCommand(String name, String description, Class<?> type, Function<Plugins, ?> create)
        implements CommandPlugin {

    AnnotatedCommand {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(create, "create");
    }

    static AnnotatedCommand of(Class<?> type, Function<Plugins, ?> create) {
        Command command = type.getAnnotation(Command.class);
        if (command == null || command.name().isBlank()) {
            throw new IllegalArgumentException(type.getName()
                    + ": a command plugin's class needs @Command(name = …)");
        }
        String[] description = command.description();
        return new AnnotatedCommand(command.name(), description.length == 0 ? "" : description[0], type, create);
    }

    @Override
    public Object command(Plugins plugins) {
        Object command = create.apply(plugins);
        if (!type.isInstance(command)) {
            // the name and help come from type: an instance of another class would contradict them
            throw new IllegalStateException("command " + name + ": expected a " + type.getName() + ", got "
                    + (command == null ? "null" : command.getClass().getName()));
        }
        return command;
    }
}
