package org.splinelens.core.io;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON header of a safetensors file, read strictly: an object, UTF-8, starting with <code>{</code>, white space
 * after it only (the writer pads with spaces to a multiple of 8 bytes); no key twice; each key but
 * {@code __metadata__} maps to exactly {@code {"dtype": …, "shape": [d0, …], "data_offsets": [begin, end]}} with
 * a dtype the format defines and non-negative integer dimensions and offsets; {@code __metadata__}, if present,
 * maps strings to strings. The offsets must cover the data exactly, as the format requires: each tensor's
 * {@code end − begin} is its element count times its element size, the tensors neither overlap nor leave gaps, and
 * the last one ends where the file does.
 *
 * @param tensors  the tensors, ordered by their offsets
 * @param metadata the {@code __metadata__} map (empty without one)
 */
record SafetensorsHeader(List<TensorEntry> tensors, Map<String, String> metadata) {
    /** The key of the free-form string map. */
    static final String METADATA = "__metadata__";

    /** The element sizes of every dtype the format defines (the safetensors crate's {@code Dtype}). */
    private static final Map<String, Integer> DTYPE_SIZES = Map.ofEntries(Map.entry("BOOL", 1), Map.entry("U8", 1),
            Map.entry("I8", 1), Map.entry("F8_E5M2", 1), Map.entry("F8_E4M3", 1), Map.entry("I16", 2),
            Map.entry("U16", 2), Map.entry("F16", 2), Map.entry("BF16", 2), Map.entry("I32", 4), Map.entry("U32", 4),
            Map.entry("F32", 4), Map.entry("F64", 8), Map.entry("I64", 8), Map.entry("U64", 8));
    private static final Set<String> TENSOR_KEYS = Set.of("dtype", "shape", "data_offsets");
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .errorReportConfiguration(ErrorReportConfiguration.builder()
                            .maxErrorTokenLength(Excerpt.LIMIT).maxRawContentLength(Excerpt.LIMIT).build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    SafetensorsHeader {
        tensors = List.copyOf(tensors);
        metadata = Map.copyOf(metadata);
    }

    /**
     * @param bytes    the header's bytes
     * @param dataSize the bytes of the file after the header
     * @param source   names the file in error lines
     * @throws InvalidInputException naming the file and the key or offset at fault
     */
    static SafetensorsHeader parse(byte[] bytes, long dataSize, String source) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(source + ": the safetensors header (bytes 8 to " + (8 + bytes.length)
                    + ") is not UTF-8 text", e);
        }
        if (!text.startsWith("{")) {
            throw new InvalidInputException(source + ": the safetensors header (bytes 8 to " + (8 + bytes.length)
                    + ") is not a JSON object: it starts with " + Excerpt.of(text.substring(0, Math.min(8,
                    text.length()))));
        }
        JsonNode root = json(text, source);
        List<TensorEntry> tensors = new ArrayList<>();
        Map<String, String> metadata = Map.of();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().equals(METADATA)) {
                metadata = metadata(field.getValue(), source);
            } else {
                tensors.add(tensor(field.getKey(), field.getValue(), dataSize, source));
            }
        }
        tensors.sort(Comparator.comparingLong(TensorEntry::begin).thenComparingLong(TensorEntry::end));
        checkCoverage(tensors, dataSize, source);
        return new SafetensorsHeader(tensors, metadata);
    }

    private static JsonNode json(String text, String source) {
        try (JsonParser parser = MAPPER.createParser(text)) {
            JsonNode root = MAPPER.readTree(parser);
            int rest = (int) parser.currentLocation().getCharOffset(); // just after the object
            while (rest < text.length() && " \t\r\n".indexOf(text.charAt(rest)) >= 0) {
                rest++;
            }
            if (rest < text.length()) {
                throw new InvalidInputException(source + ": more content after the safetensors header's JSON object"
                        + " at character " + (rest + 1) + " of the header: " + Excerpt.of(text.substring(rest)));
            }
            return root;
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new InvalidInputException(source + ": malformed JSON in the safetensors header" + (at == null ? ""
                    : " at character " + (at.getCharOffset() + 1)) + ": "
                    + Excerpt.cut(e.getOriginalMessage().lines().findFirst().orElse("")), e);
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
    }

    private static Map<String, String> metadata(JsonNode node, String source) {
        if (!node.isObject()) {
            throw new InvalidInputException(source + ": " + METADATA + " must map strings to strings, got "
                    + Excerpt.of(node.toString()));
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual()) {
                throw new InvalidInputException(source + ": " + METADATA + "." + Excerpt.cut(e.getKey())
                        + " must be a string, got " + Excerpt.of(e.getValue().toString()));
            }
            map.put(e.getKey(), e.getValue().textValue());
        }
        return map;
    }

    private static TensorEntry tensor(String name, JsonNode node, long dataSize, String source) {
        String key = source + ": " + Excerpt.of(name);
        if (!node.isObject()) {
            throw new InvalidInputException(key + " must be an object with dtype, shape and data_offsets, got "
                    + Excerpt.of(node.toString()));
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String field = names.next();
            if (!TENSOR_KEYS.contains(field)) {
                throw new InvalidInputException(key + ": unknown key " + Excerpt.of(field)
                        + "; expected dtype, shape, data_offsets");
            }
        }
        JsonNode dtype = required(node, "dtype", key);
        Integer size = dtype.isTextual() ? DTYPE_SIZES.get(dtype.textValue()) : null;
        if (size == null) {
            throw new InvalidInputException(key + ": unknown dtype " + Excerpt.of(dtype.isTextual()
                    ? dtype.textValue() : dtype.toString()) + "; safetensors dtypes are "
                    + String.join(", ", DTYPE_SIZES.keySet().stream().sorted().toList()));
        }
        long[] shape = integers(required(node, "shape", key), "shape", -1, key);
        long[] offsets = integers(required(node, "data_offsets", key), "data_offsets", 2, key);
        long begin = offsets[0];
        long end = offsets[1];
        String range = "data_offsets [" + begin + ", " + end + "]";
        if (end < begin) {
            throw new InvalidInputException(key + ": " + range + " end before they begin");
        }
        if (end > dataSize) {
            throw new InvalidInputException(key + ": " + range + " are out of range: the data after the header has "
                    + dataSize + " bytes");
        }
        // the data exists, so a shape that matches it is small: stop multiplying (-1) once it exceeds the data
        long bytes = Arrays.stream(shape).anyMatch(d -> d == 0) ? 0 : size;
        for (int i = 0; i < shape.length && bytes > 0; i++) {
            bytes = bytes <= (end - begin) / shape[i] ? bytes * shape[i] : -1;
        }
        if (bytes != end - begin) {
            throw new InvalidInputException(key + ": " + range + " hold " + (end - begin) + " bytes, but "
                    + dtype.textValue() + " of shape " + TensorEntry.text(shape) + " takes "
                    + (bytes < 0 ? "more" : Long.toString(bytes)));
        }
        return new TensorEntry(name, dtype.textValue(), size, shape, begin, end);
    }

    private static JsonNode required(JsonNode node, String field, String key) {
        JsonNode value = node.get(field);
        if (value == null) {
            throw new InvalidInputException(key + ": missing key \"" + field + "\"");
        }
        return value;
    }

    /** @param length the number of integers required, or -1 for any */
    private static long[] integers(JsonNode node, String field, int length, String key) {
        if (!node.isArray() || length >= 0 && node.size() != length) {
            throw new InvalidInputException(key + ": " + field + " must be an array of " + (length >= 0 ? length + " "
                    : "") + "non-negative integers, got " + Excerpt.of(node.toString()));
        }
        long[] values = new long[node.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode value = node.get(i);
            if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
                throw new InvalidInputException(key + ": " + field + "[" + i + "] must be a non-negative integer, got "
                        + Excerpt.of(value.toString()));
            }
            values[i] = value.longValue();
        }
        return values;
    }

    /** The format's rule: sorted by offset, each tensor starts where the one before ends, the last at the end. */
    private static void checkCoverage(List<TensorEntry> tensors, long dataSize, String source) {
        long cursor = 0;
        TensorEntry previous = null;
        for (TensorEntry t : tensors) {
            if (t.begin() < cursor) {
                throw new InvalidInputException(source + ": " + t.quoted() + ": data_offsets [" + t.begin() + ", "
                        + t.end() + "] overlap those of " + previous.quoted() + " [" + previous.begin() + ", "
                        + previous.end() + "]");
            }
            if (t.begin() > cursor) {
                throw new InvalidInputException(source + ": bytes " + cursor + " to " + t.begin() + " of the data"
                        + " belong to no tensor (" + t.quoted() + " starts at " + t.begin() + "); the format allows"
                        + " no gaps");
            }
            cursor = t.end();
            previous = t;
        }
        if (cursor != dataSize) {
            throw new InvalidInputException(source + ": bytes " + cursor + " to " + dataSize + " of the data belong"
                    + " to no tensor; the last tensor must end where the file does");
        }
    }
}
