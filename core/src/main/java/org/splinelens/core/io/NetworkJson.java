package org.splinelens.core.io;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.splinelens.core.limits.Limits;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;

/**
 * Networks as JSON (the format docs/CLI.md gives): {@code {"type":"shallow","w":[…],"b":[…],"v":[…],"b0":0.0}} and
 * {@code {"type":"deep","layers":[{"weights":[[…],…],"biases":[…]},…]}} with {@code weights[out][in]}, the
 * first layer having one input and the last one output. Every problem is reported as an
 * {@link InvalidInputException} naming the source and the offending key.
 *
 * <p>Missing keys, one rule for both shapes: <b>weights are required, biases default to 0</b>. A file without
 * {@code "w"} or {@code "v"} (shallow) or a layer without {@code "weights"} (deep) is refused with
 * {@code FILE: missing key "v" (weights are required; only biases may be left out, as 0)}; a missing {@code "b"} is
 * H zeros, {@code "b0"} is 0 and a layer's {@code "biases"} are zeros, one per row of its weights: the network of
 * PyTorch's {@code nn.Linear(…, bias=False)}, as {@link SafetensorsNetwork} reads a state dict without biases. Without
 * its weights a network has no meaning to default to; a bias of 0 is the network drawn without one. A misspelt key
 * is never a silent default, because unknown keys are refused.
 *
 * <p>Reading is strict, because a lenient reader would pick one of two meanings silently: a key given twice (which
 * {@code b0}?) and anything after the object (a second network, an editor's leftovers) are refused with their line and
 * column. Numbers are JSON's (no {@code NaN}, no hexadecimal) and must be finite doubles. Messages quote at most
 * {@link Excerpt#LIMIT} characters of the file.
 */
public final class NetworkJson {
    /**
     * Strict (a key twice is refused), quoting at most {@link Excerpt#LIMIT} characters of the input in its errors;
     * doubles by Jackson's fast parser (correctly rounded, the same doubles as {@link Double#parseDouble}): a net of
     * a million units reads in well under a second instead of several.
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .errorReportConfiguration(ErrorReportConfiguration.builder()
                            .maxErrorTokenLength(Excerpt.LIMIT).maxRawContentLength(Excerpt.LIMIT).build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build();
    /**
     * Heap a byte of network JSON may take while read: the text, its tree (a short number such as {@code 0.25,} is a
     * node of some 28 bytes) and the parameter arrays.
     */
    private static final double HEAP_PER_BYTE = 6;

    private NetworkJson() {
    }

    /** Reads a network file; the message of any failure starts with the file name. */
    public static UnivariateNetwork read(Path file) {
        String text;
        try {
            if (Files.isRegularFile(file)) {
                long size = Files.size(file);
                Limits.arrayLength(file.toString(), "bytes of JSON", size);
                Limits.memory(file + " (" + Limits.bytes(size) + " of JSON)", HEAP_PER_BYTE * size);
            }
            text = BoundedInput.readString(file); // at most what the heap can hold: /dev/zero never ends
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file + ": no such file");
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot read: " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }

    /** Parses a network from JSON text; {@code source} names it in error messages. */
    public static UnivariateNetwork parse(String json, String source) {
        JsonNode root;
        try (JsonParser parser = MAPPER.createParser(json)) {
            root = MAPPER.readTree(parser);
            refuseTrailing(parser, json, source);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(source + ": malformed JSON" + at(e.getLocation()) + ": "
                    + Excerpt.cut(e.getOriginalMessage().lines().findFirst().orElse("")), e);
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException(source + ": expected a JSON object with a \"type\" key");
        }
        JsonNode type = root.get("type");
        if (type == null || !type.isTextual()) {
            throw new InvalidInputException(source + ": missing key \"type\" (expected \"shallow\" or \"deep\")");
        }
        try {
            return switch (type.asText()) {
                case "shallow" -> parseShallow(root, source);
                case "deep" -> parseDeep(root, source);
                default -> throw new InvalidInputException(source + ": key \"type\" is "
                        + Excerpt.of(type.asText()) + ", expected \"shallow\" or \"deep\"");
            };
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(source + ": " + e.getMessage(), e);
        }
    }

    /** Refuses anything but JSON white space after the root value, naming where the rest starts. */
    private static void refuseTrailing(JsonParser parser, String json, String source) {
        int i = (int) parser.currentLocation().getCharOffset(); // just after the root value
        while (i < json.length() && " \t\r\n".indexOf(json.charAt(i)) >= 0) {
            i++;
        }
        if (i == json.length()) {
            return;
        }
        int line = 1;
        int lineStart = 0;
        for (int k = 0; k < i; k++) {
            if (json.charAt(k) == '\n' || json.charAt(k) == '\r' && (k + 1 == i || json.charAt(k + 1) != '\n')) {
                line++;
                lineStart = k + 1;
            }
        }
        throw new InvalidInputException(source + ": more content after the network's JSON object at line " + line
                + ", column " + (i - lineStart + 1) + "; a network file holds exactly one object");
    }

    private static String at(JsonLocation location) {
        return location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** Refuses keys a network file does not have: a misspelt {@code "bo"} would otherwise be a silent default. */
    private static void onlyKeys(JsonNode node, String where, String source, String... keys) {
        for (var names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!List.of(keys).contains(name)) {
                throw new InvalidInputException(source + ": unknown key " + Excerpt.of(name) + where + "; expected "
                        + String.join(", ", keys));
            }
        }
    }

    private static ShallowNetwork parseShallow(JsonNode root, String source) {
        onlyKeys(root, "", source, "type", "w", "b", "v", "b0");
        double[] w = vector(root, "w", source);
        double[] v = vector(root, "v", source);
        double[] b = root.has("b") ? vector(root, "b", source) : new double[w.length];
        if (w.length != b.length || w.length != v.length) {
            throw new InvalidInputException(source + ": \"w\", \"b\" and \"v\" must have equal lengths, got "
                    + w.length + ", " + b.length + ", " + v.length);
        }
        JsonNode b0 = root.get("b0");
        double bias = b0 == null ? 0.0 : number(b0, "b0", source);
        return ShallowNetwork.of(w, b, v, bias);
    }

    private static DeepNetwork parseDeep(JsonNode root, String source) {
        onlyKeys(root, "", source, "type", "layers");
        JsonNode layers = root.get("layers");
        if (layers == null || !layers.isArray() || layers.size() < 2) {
            throw new InvalidInputException(source + ": key \"layers\" must be an array of at least two layers "
                    + "(one hidden, one output)");
        }
        int count = layers.size();
        List<double[][]> weights = new ArrayList<>(count);
        List<double[]> biases = new ArrayList<>(count);
        int[] hidden = new int[count - 1];
        int inputs = 1;
        for (int l = 0; l < count; l++) {
            String key = "layers[" + l + "]";
            JsonNode layer = layers.get(l);
            if (!layer.isObject()) {
                throw new InvalidInputException(source + ": " + key + " must be an object with \"weights\" and "
                        + "\"biases\"");
            }
            onlyKeys(layer, " in " + key, source, "weights", "biases");
            double[][] w = matrix(layer, key + ".weights", source);
            double[] c = layer.has("biases") ? vector(layer, "biases", source, key + ".biases")
                    : new double[w.length];
            if (w.length == 0) {
                throw new InvalidInputException(source + ": " + key + ".weights has no rows");
            }
            for (int r = 0; r < w.length; r++) {
                if (w[r].length != inputs) {
                    throw new InvalidInputException(source + ": " + key + ".weights[" + r + "] has " + w[r].length
                            + " entries, expected " + inputs + (l == 0 ? " (the input is a scalar)"
                            : " (the width of the layer before)"));
                }
            }
            if (c.length != w.length) {
                throw new InvalidInputException(source + ": " + key + ".biases has " + c.length + " entries, expected "
                        + w.length + " (one per row of weights)");
            }
            if (l < count - 1) {
                hidden[l] = w.length;
            } else if (w.length != 1) {
                throw new InvalidInputException(source + ": the last layer must have one output, " + key
                        + ".weights has " + w.length + " rows");
            }
            weights.add(w);
            biases.add(c);
            inputs = w.length;
        }
        DeepArchitecture arch = new DeepArchitecture(hidden);
        double[] theta = new double[arch.parameterCount()];
        for (int l = 0; l < count; l++) {
            double[][] w = weights.get(l);
            for (int r = 0; r < w.length; r++) {
                System.arraycopy(w[r], 0, theta, arch.weightOffset(l) + r * arch.inputSize(l), w[r].length);
            }
            System.arraycopy(biases.get(l), 0, theta, arch.biasOffset(l), biases.get(l).length);
        }
        return DeepNetwork.of(arch, theta);
    }

    private static double[][] matrix(JsonNode parent, String key, String source) {
        JsonNode node = parent.get("weights");
        if (node == null) {
            throw missing(source, key);
        }
        if (!node.isArray()) {
            throw new InvalidInputException(source + ": " + key + " must be an array of rows of numbers");
        }
        double[][] rows = new double[node.size()][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = toVector(node.get(r), key + "[" + r + "]", source);
        }
        return rows;
    }

    private static double[] vector(JsonNode parent, String field, String source) {
        return vector(parent, field, source, field);
    }

    private static double[] vector(JsonNode parent, String field, String source, String key) {
        JsonNode node = parent.get(field);
        if (node == null) {
            throw missing(source, key);
        }
        return toVector(node, key, source);
    }

    /** A missing weight: the one rule of the class Javadoc, stated where it applies. */
    private static InvalidInputException missing(String source, String key) {
        return new InvalidInputException(source + ": missing key \"" + key + "\" (weights are required; only biases"
                + " may be left out, as 0)");
    }

    private static double[] toVector(JsonNode node, String key, String source) {
        if (!node.isArray()) {
            throw new InvalidInputException(source + ": " + key + " must be an array of numbers");
        }
        double[] out = new double[node.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = number(node.get(i), key + "[" + i + "]", source);
        }
        return out;
    }

    private static double number(JsonNode node, String key, String source) {
        if (!node.isNumber()) {
            throw new InvalidInputException(source + ": " + key + " must be a number, got "
                    + Excerpt.of(node.toString()));
        }
        double value = node.asDouble();
        if (!Double.isFinite(value)) {
            throw new InvalidInputException(source + ": " + key + " is not a finite double: "
                    + Excerpt.of(node.asText()));
        }
        return value;
    }

    /** @return the JSON text of a network (pretty-printed) */
    public static String toJson(UnivariateNetwork network) {
        ObjectNode root = MAPPER.createObjectNode();
        if (network instanceof ShallowNetwork shallow) {
            root.put("type", "shallow");
            array(root.putArray("w"), shallow.w());
            array(root.putArray("b"), shallow.b());
            array(root.putArray("v"), shallow.v());
            root.put("b0", shallow.b0());
        } else {
            DeepNetwork deep = (DeepNetwork) network;
            DeepArchitecture arch = deep.architecture();
            root.put("type", "deep");
            ArrayNode layers = root.putArray("layers");
            for (int l = 0; l < arch.layers(); l++) {
                ObjectNode layer = layers.addObject();
                ArrayNode rows = layer.putArray("weights");
                ArrayNode biases = layer.putArray("biases");
                for (int r = 0; r < arch.outputSize(l); r++) {
                    ArrayNode row = rows.addArray();
                    for (int c = 0; c < arch.inputSize(l); c++) {
                        row.add(deep.weight(l, r, c));
                    }
                    biases.add(deep.bias(l, r));
                }
            }
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a network", e);
        }
    }

    /** Writes a network file atomically. */
    public static void write(Path file, UnivariateNetwork network) throws IOException {
        AtomicFiles.writeString(file, toJson(network));
    }

    private static void array(ArrayNode node, double[] values) {
        for (double value : values) {
            node.add(value);
        }
    }
}
