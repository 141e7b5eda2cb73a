package org.splinelens.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.splinelens.core.io.InvalidInputException;
import picocli.CommandLine.Option;

/**
 * {@code --set KEY=VALUE}, repeatable: config keys of the command's plugins. Values are read as YAML, as in a config
 * file, so {@code 2}, {@code 0.9}, {@code true} and {@code [1, 4]} arrive as a number, a flag and a list; the plugin's
 * config record then checks the type and the value.
 */
public final class SetOption {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "a config key of the command's plugin, the value as in YAML (e.g. sigmaW=2, ratios=[1,4]);"
                    + " repeatable")
    Map<String, String> raw = new LinkedHashMap<>();

    /** @return the keys in the order given, each with its value read as YAML */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : raw.entrySet()) {
            try {
                values.put(e.getKey(), YAML.readValue(e.getValue().isEmpty() ? "''" : e.getValue(), Object.class));
            } catch (IOException malformed) {
                throw new InvalidInputException("--set " + e.getKey() + ": not a YAML value: '" + e.getValue() + "'");
            }
        }
        return values;
    }
}
