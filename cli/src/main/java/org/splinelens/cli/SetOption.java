package org.splinelens.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.splinelens.core.io.Excerpt;
import picocli.CommandLine.Option;

/**
 * {@code --set KEY=VALUE}, repeatable: config keys of the command's plugins. Values are read as YAML, as in a config
 * file and as strictly ({@link YamlInput}), so {@code 2}, {@code 0.9}, {@code true} and {@code [1, 4]} arrive as a
 * number, a flag and a list, while {@code 010} or {@code 0x10} are refused; the plugin's config record then checks
 * the type (no {@code 1.5} for an integer) and the value.
 */
public final class SetOption {
    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "a config key of the command's plugin, the value as in YAML (e.g. sigmaW=2, ratios=[1,4]);"
                    + " repeatable")
    Map<String, String> raw = new LinkedHashMap<>();

    /** @return the keys in the order given, each with its value read as YAML */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : raw.entrySet()) {
            values.put(e.getKey(), YamlInput.value(e.getValue(), "--set " + Excerpt.cut(e.getKey())));
        }
        return values;
    }
}
