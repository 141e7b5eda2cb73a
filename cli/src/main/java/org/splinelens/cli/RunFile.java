package org.splinelens.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.splinelens.core.io.InvalidInputException;

/**
 * What {@code run} is asked to run: an experiment name alone, or a YAML file {@code experiment: NAME} with an optional
 * {@code scale}, {@code seed} and {@code config: {key: value}}.
 *
 * @param experiment the experiment's name
 * @param scale      the file's scale, or {@code null}
 * @param seed       the file's seed, or {@code null}
 * @param config     config keys laid over the preset
 */
record RunFile(String experiment, String scale, Long seed, Map<String, Object> config) {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> KEYS = Set.of("experiment", "scale", "seed", "config");

    RunFile {
        config = new LinkedHashMap<>(config);
    }

    @Override
    public Map<String, Object> config() {
        return new LinkedHashMap<>(config);
    }

    /** @return whether {@code target} names a run file ({@code .yaml} or {@code .yml}) rather than an experiment */
    static boolean isFile(String target) {
        return target.endsWith(".yaml") || target.endsWith(".yml");
    }

    /** @param target an experiment name, or a file name ending in {@code .yaml} or {@code .yml} */
    static RunFile of(String target) {
        if (!isFile(target)) {
            return new RunFile(target, null, null, Map.of());
        }
        JsonNode root = readYaml(Path.of(target));
        for (Iterator<String> keys = root.fieldNames(); keys.hasNext();) {
            String key = keys.next();
            if (!KEYS.contains(key)) {
                throw new InvalidInputException(target + ": unknown key '" + key + "'; expected " + KEYS);
            }
        }
        if (!root.path("experiment").isTextual()) {
            throw new InvalidInputException(target + ": key 'experiment': expected an experiment name");
        }
        Long seed = null;
        if (root.has("seed")) {
            if (!root.get("seed").isIntegralNumber() || !root.get("seed").canConvertToLong()) {
                throw new InvalidInputException(target + ": key 'seed': expected an integer");
            }
            seed = root.get("seed").asLong();
        }
        Map<String, Object> config = Map.of();
        if (root.has("config")) {
            if (!root.get("config").isObject()) {
                throw new InvalidInputException(target + ": key 'config': expected a map of config keys");
            }
            config = YAML.convertValue(root.get("config"), new TypeReference<Map<String, Object>>() { });
        }
        return new RunFile(root.get("experiment").asText(), root.has("scale") ? root.get("scale").asText() : null,
                seed, config);
    }

    private static JsonNode readYaml(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file + ": no such file");
        }
        try {
            JsonNode root = YAML.readTree(file.toFile());
            if (root == null || !root.isObject()) {
                throw new InvalidInputException(file + ": expected a YAML map with the key 'experiment'");
            }
            return root;
        } catch (IOException e) {
            throw new InvalidInputException(file + ": malformed YAML: " + e.getMessage().lines().findFirst()
                    .orElse(""));
        }
    }
}
