package org.splinelens.core.plugin;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.splinelens.core.io.Excerpt;
import org.splinelens.core.io.InvalidInputException;

/**
 * Binds a plugin's settings (from YAML, JSON or {@code key=value} options) over its default config record. The record's
 * constructor validates; an unknown key or a wrong type fails with one line naming the plugin and the key.
 *
 * <p>Types are matched strictly, because Jackson's default coercions change a value silently: a number with a fraction
 * where an integer is expected ({@code trials: 1.7}, which Jackson truncates to 1, and {@code trials: 2.0} alike) is
 * refused, and so is a string where a number or a flag is expected ({@code lr: '0.1'}, {@code zip: 'true'}), which
 * Jackson would parse with Java's own syntax ({@code '0x1p3'}, {@code 'NaN'}). An integer where a {@code double} is
 * expected is exact and stays accepted. Values quoted in messages are cut by {@link Excerpt}.
 */
public final class ConfigBinding {
    private static final ObjectMapper MAPPER = strict(new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT));

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
                throw new InvalidInputException(plugin + ": unknown key " + Excerpt.of(e.getKey())
                        + "; expected one of " + merged.keySet());
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

    private static ObjectMapper strict(ObjectMapper mapper) {
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        // Jackson reads the strings NaN, Infinity and INF into a double before it asks the coercion config
        return mapper.registerModule(new SimpleModule("strict-doubles")
                .addDeserializer(Double.TYPE, new NoStringDouble(Double.TYPE, 0.0))
                .addDeserializer(Double.class, new NoStringDouble(Double.class, null)));
    }

    /** The standard {@code double} deserializer, refusing strings as a type mismatch naming the key. */
    private static final class NoStringDouble extends NumberDeserializers.DoubleDeserializer {
        private static final long serialVersionUID = 1L;

        NoStringDouble(Class<Double> type, Double nullValue) {
            super(type, nullValue);
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                return (Double) ctxt.handleUnexpectedToken(handledType(), p);
            }
            return super.deserialize(p, ctxt);
        }
    }

    /** @return the record's components by name, in declaration order */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> keys(Record config) {
        return new LinkedHashMap<>(MAPPER.convertValue(config, Map.class));
    }

    private static String describe(Object value) {
        return value instanceof String text ? Excerpt.of(text) : Excerpt.cut(String.valueOf(value));
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }
}
