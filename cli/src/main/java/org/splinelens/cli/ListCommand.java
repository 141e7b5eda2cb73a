package org.splinelens.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.splinelens.core.plugin.Plugin;
import org.splinelens.core.plugin.PluginKind;
import org.splinelens.core.plugin.PluginRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the registered plugins by kind, as found through ServiceLoader; with --json, the modules"
                + " and, per plugin, its kind, name, description and config keys with their defaults (read from its"
                + " config record).")
final class ListCommand implements Callable<Integer> {
    private final Plugins plugins;

    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption json;

    ListCommand(Plugins plugins) {
        this.plugins = Objects.requireNonNull(plugins, "plugins");
    }

    @Override
    public Integer call() {
        PluginRegistry registry = plugins.registry();
        var out = spec.commandLine().getOut();
        if (registry.modules().isEmpty()) {
            spec.commandLine().getErr().println("splinelens: no plugin modules found on the class path");
            return 1;
        }
        if (json.enabled()) {
            out.println(JsonOutput.text(describe(registry)));
            return 0;
        }
        for (PluginKind kind : registry.kinds()) {
            Map<String, ? extends Plugin> plugins = registry.plugins(kind.type());
            out.printf("%s (%d):%n", kind.name(), plugins.size());
            plugins.forEach((name, plugin) -> out.printf("  %-24s %s%n", name, plugin.description()));
        }
        return 0;
    }

    private static ObjectNode describe(PluginRegistry registry) {
        ObjectNode root = JsonOutput.MAPPER.createObjectNode();
        ArrayNode modules = root.putArray("modules");
        registry.modules().forEach(modules::add);
        ArrayNode plugins = root.putArray("plugins");
        for (PluginKind kind : registry.kinds()) {
            for (Plugin plugin : registry.plugins(kind.type()).values()) {
                ObjectNode node = plugins.addObject();
                node.put("kind", kind.name());
                node.put("name", plugin.name());
                node.put("description", plugin.description());
                ObjectNode config = node.putObject("config");
                try {
                    plugin.defaultSettings().forEach((key, value) -> {
                        if (value instanceof Double number) {
                            JsonOutput.number(config, key, number); // NaN and ±∞ are not JSON numbers
                        } else {
                            config.set(key, JsonOutput.MAPPER.valueToTree(value));
                        }
                    });
                } catch (IllegalArgumentException e) {
                    // one contributor's unusual config record must not hide every other plugin
                    node.put("configError", e.getMessage());
                }
            }
        }
        return root;
    }
}
