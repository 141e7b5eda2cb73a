package org.splinelens.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.splinelens.core.plugin.Plugin;
import org.splinelens.core.plugin.PluginKind;
import org.splinelens.core.plugin.PluginRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the registered plugins by kind, as found through ServiceLoader.")
final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PluginRegistry registry = PluginRegistry.discover(ListCommand.class.getClassLoader());
        var out = spec.commandLine().getOut();
        if (registry.modules().isEmpty()) {
            spec.commandLine().getErr().println("splinelens: no plugin modules found on the class path");
            return 1;
        }
        for (PluginKind kind : registry.kinds()) {
            Map<String, ? extends Plugin> plugins = registry.plugins(kind.type());
            out.printf("%s (%d):%n", kind.name(), plugins.size());
            plugins.forEach((name, plugin) -> out.printf("  %-24s %s%n", name, plugin.description()));
        }
        return 0;
    }
}
