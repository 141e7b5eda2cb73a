package org.splinelens.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.spline.Pwl;

/** JSON shapes shared by the subcommands. */
final class JsonOutput {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonOutput() {
    }

    static ObjectNode pwl(Pwl pwl) {
        ObjectNode node = MAPPER.createObjectNode();
        array(node.putArray("knots"), pwl.knots());
        array(node.putArray("slopes"), pwl.slopes());
        array(node.putArray("intercepts"), pwl.intercepts());
        return node;
    }

    static void array(ArrayNode node, double[] values) {
        for (double v : values) {
            node.add(v);
        }
    }

    /**
     * As {@link #array}, for values that may be non-finite as answers (a density's singularity, an undefined
     * statistic): written as {@link #number} writes them.
     */
    static void answers(ArrayNode node, double[] values) {
        for (double v : values) {
            if (Double.isFinite(v)) {
                node.add(v);
            } else if (Double.isNaN(v)) {
                node.addNull();
            } else {
                node.add(FiniteResults.word(v));
            }
        }
    }

    /**
     * JSON has no NaN or infinities: NaN (undefined) is null, ±∞ the strings "inf" and "-inf" ({@link FiniteResults}).
     * For values
     * that may be non-finite as answers; a non-finite value written with {@code put} is refused by {@link #text}.
     */
    static void number(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else if (Double.isNaN(value)) {
            node.putNull(key);
        } else {
            node.put(key, FiniteResults.word(value));
        }
    }

    /** The body of a streamed JSON document. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator generator) throws IOException;
    }

    /**
     * Writes one JSON document to {@code out} as {@code body} generates it, then a line break: neither a tree nor a
     * string of the whole document is built, so an output of millions of numbers costs no memory. Numbers are written
     * as the trees of {@link #text} write them. The commands check their results at the source; behind them, a
     * non-finite number is refused here too (the backstop of {@link #text}), though what was streamed before it stays.
     *
     * @throws org.splinelens.core.io.InvalidInputException when {@code body} writes a non-finite number
     */
    static void stream(PrintWriter out, Body body) throws IOException {
        try (JsonGenerator generator = new JsonGeneratorDelegate(MAPPER.getFactory().createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET), false) {
            @Override
            public void writeNumber(double value) throws IOException {
                if (!Double.isFinite(value)) {
                    throw new InvalidInputException("a result is not finite (" + value + "): the input is too large,"
                            + " or too closely spaced, for double precision");
                }
                super.writeNumber(value);
            }
        }) {
            body.write(generator);
        }
        out.println();
    }

    /** Writes {@code value} as the field {@code key} the way {@link #number(ObjectNode, String, double)} puts it. */
    static void number(JsonGenerator generator, String key, double value) throws IOException {
        if (Double.isFinite(value)) {
            generator.writeNumberField(key, value);
        } else if (Double.isNaN(value)) {
            generator.writeNullField(key);
        } else {
            generator.writeStringField(key, FiniteResults.word(value));
        }
    }

    /** Writes {@code values} as the array field {@code name}. */
    static void array(JsonGenerator generator, String name, double[] values) throws IOException {
        generator.writeArrayFieldStart(name);
        for (double v : values) {
            generator.writeNumber(v);
        }
        generator.writeEndArray();
    }

    /** Writes {@code pwl} as the object field {@code name}, in the shape of {@link #pwl(Pwl)}. */
    static void pwl(JsonGenerator generator, String name, Pwl pwl) throws IOException {
        generator.writeObjectFieldStart(name);
        array(generator, "knots", pwl.knots());
        array(generator, "slopes", pwl.slopes());
        array(generator, "intercepts", pwl.intercepts());
        generator.writeEndObject();
    }

    /**
     * @return the JSON text of {@code node}
     * @throws org.splinelens.core.io.InvalidInputException if a number in it is not finite (see {@link FiniteResults})
     */
    static String text(ObjectNode node) {
        FiniteResults.requireTree(node, "the result");
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
