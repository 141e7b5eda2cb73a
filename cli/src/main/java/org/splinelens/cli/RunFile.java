package org.splinelens.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.splinelens.core.io.Excerpt;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.limits.Limits;
import org.splinelens.experiments.runner.ConfigLists;

/**
 * What {@code run} or {@code sweep} is asked to run: an experiment name alone, or a YAML file {@code experiment: NAME}
 * with an optional {@code scale}, {@code seed}, {@code config: {key: value}} and, for sweeps,
 * {@code sweep: {grid: {key: [v1, v2, …]}, zip: false}}. The file is read as {@link YamlInput} describes: one
 * document, no key twice, decimal numbers.
 *
 * @param experiment the experiment's name
 * @param scale      the file's scale, or {@code null}
 * @param seed       the file's seed, or {@code null}
 * @param config     config keys laid over the preset
 * @param grid       the file's swept keys and their values (empty without a {@code sweep} block)
 * @param zip        the file's {@code sweep.zip}
 */
record RunFile(String experiment, String scale, Long seed, Map<String, Object> config, Map<String, List<Object>> grid,
        boolean zip) {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> KEYS = Set.of("experiment", "scale", "seed", "config", "sweep");
    private static final Set<String> SWEEP_KEYS = Set.of("grid", "zip");
    /** The most code points the YAML parser reads (SnakeYAML's default limit, kept by Jackson): the largest file. */
    private static final long MAX_CODE_POINTS = 3 * 1024 * 1024;

    RunFile {
        config = new LinkedHashMap<>(config);
        grid = new LinkedHashMap<>(grid);
    }

    @Override
    public Map<String, List<Object>> grid() {
        return new LinkedHashMap<>(grid);
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
            return new RunFile(target, null, null, Map.of(), Map.of(), false);
        }
        JsonNode root = readYaml(Path.of(target));
        for (Iterator<String> keys = root.fieldNames(); keys.hasNext();) {
            String key = keys.next();
            if (!KEYS.contains(key)) {
                throw new InvalidInputException(target + ": unknown key " + Excerpt.of(key) + "; expected " + KEYS);
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
        JsonNode sweep = root.path("sweep");
        Map<String, List<Object>> grid = new LinkedHashMap<>();
        if (root.has("sweep")) {
            if (!sweep.isObject() || !sweep.path("grid").isObject()) {
                throw new InvalidInputException(target + ": key 'sweep': expected a map with 'grid: {key: [values]}'");
            }
            for (Iterator<String> keys = sweep.fieldNames(); keys.hasNext();) {
                String key = keys.next();
                if (!SWEEP_KEYS.contains(key)) {
                    throw new InvalidInputException(target + ": unknown key " + Excerpt.of("sweep." + key)
                            + "; expected " + SWEEP_KEYS);
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> e = sweep.get("grid").fields(); e.hasNext();) {
                Map.Entry<String, JsonNode> key = e.next();
                if (!key.getValue().isArray()) {
                    throw new InvalidInputException(target + ": key " + Excerpt.of("sweep.grid." + key.getKey())
                            + ": expected a list of values");
                }
                grid.put(key.getKey(), YAML.convertValue(key.getValue(), new TypeReference<List<Object>>() { }));
            }
            if (sweep.has("zip") && !sweep.get("zip").isBoolean()) {
                throw new InvalidInputException(target + ": key 'sweep.zip': expected true or false");
            }
        }
        return new RunFile(root.get("experiment").asText(), root.has("scale") ? root.get("scale").asText() : null,
                seed, config, grid, sweep.path("zip").asBoolean(false));
    }

    private static JsonNode readYaml(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file + ": no such file");
        }
        String text;
        try {
            if (Files.size(file) > 4 * MAX_CODE_POINTS) { // more code points than the parser reads, whatever they are
                throw tooLarge(file);
            }
            refuseLongConfigLists(file);
            text = Files.readString(file);
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(file + ": not UTF-8 text; save it as UTF-8", e);
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (text.codePointCount(0, text.length()) > MAX_CODE_POINTS) {
            throw tooLarge(file);
        }
        JsonNode root = YamlInput.document(text, file.toString());
        if (root == null || !root.isObject()) {
            throw new InvalidInputException(file + ": expected a YAML map with the key 'experiment'");
        }
        return root;
    }

    /**
     * Streams the file's tokens and refuses a list under {@code config} longer than {@link ConfigLists#MAX_ENTRIES}
     * as soon as its entry past the limit is read: a config of a million ratios is named in a fraction of a second,
     * where binding it would take seconds and still be refused.
     */
    private static void refuseLongConfigLists(Path file) throws IOException {
        try (JsonParser parser = YAML.getFactory().createParser(file.toFile())) {
            while (parser.nextToken() != null) {
                JsonStreamContext context = parser.getParsingContext();
                if (context.inArray() && context.getCurrentIndex() >= ConfigLists.MAX_ENTRIES) {
                    String key = context.getParent().pathAsPointer().toString().substring(1).replace('/', '.');
                    if (key.startsWith("config.")) {
                        throw new InvalidInputException(file + ": key '" + key + "': more than "
                                + Limits.number(ConfigLists.MAX_ENTRIES) + " entries, the most a config list may"
                                + " hold");
                    }
                }
            }
        } catch (JsonProcessingException malformed) {
            // the strict reading that follows names what is wrong, with its line and key
        }
    }

    private static InvalidInputException tooLarge(Path file) {
        return new InvalidInputException(file + ": " + Limits.bytes(size(file)) + ", more than the "
                + Limits.bytes(MAX_CODE_POINTS) + " of YAML a run file may hold");
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
