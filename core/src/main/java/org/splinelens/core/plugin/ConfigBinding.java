package org.splinelens.core.plugin;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.splinelens.core.io.InvalidInputException;

/**
 * Binds a plugin's settings (from YAML, JSON or {@code key=value} options) over its default config record. The record's
 * constructor validates; an unknown key or a wrong type fails with one line naming the plugin and the key.
 */
public final class ConfigBinding {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private ConfigBinding() {
    }

    /**
     * @param plugin   the plugin's kind and name for messages, e.g. {@code "optimizer adam"}
     * @param defaults the config with every key at its default
     * @param settings keys of the record laid over the defaults
     */
    public static <C extends Record> C bind(String plugin, C defaults, Class<C> type, Map<String, ?> settings) {
        Map<String, Object> merged = keys(defaults);
        for (Map.Entry<String, ?> e : settings.entrySet()) {
            if (!merged.containsKey(e.getKey())) {
                throw new InvalidInputException(plugin + ": unknown key '" + e.getKey() + "'; expected one of "
                        + merged.keySet());
            }
            merged.put(e.getKey(), e.getValue());
        }
        try {
            return MAPPER.convertValue(merged, type);
        } catch (IllegalArgumentException e) {
            if (e.getCause() instanceof MismatchedInputException mismatch
                    && !(mismatch instanceof UnrecognizedPropertyException) && mismatch.getTargetType() != null
                    && !mismatch.getPath().isEmpty()) {
                // name the key: Jackson's own message names only the target type
                String key = mismatch.getPath().get(0).getFieldName();
                throw new InvalidInputException(plugin + ": key '" + key + "': expected "
                        + mismatch.getTargetType().getSimpleName() + ", got " + describe(merged.get(key)), e);
            }
            Throwable cause = e.getCause() instanceof UnrecognizedPropertyException ? e.getCause() : rootCause(e);
            throw new InvalidInputException(plugin + ": " + cause.getMessage().lines().findFirst()
                    .orElse("invalid settings"), e);
        }
    }

    /** @return the record's components by name, in declaration order */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> keys(Record config) {
        return new LinkedHashMap<>(MAPPER.convertValue(config, Map.class));
    }

    private static String describe(Object value) {
        return value instanceof String ? "'" + value + "'" : String.valueOf(value);
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }
}
