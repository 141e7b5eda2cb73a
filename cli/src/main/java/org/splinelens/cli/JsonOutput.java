package org.splinelens.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
                node.add(v > 0 ? "Infinity" : "-Infinity");
            }
        }
    }

    /**
     * JSON has no NaN or infinities: NaN (undefined) is null, ±∞ the strings "Infinity" and "-Infinity". For values
     * that may be non-finite as answers; a non-finite value written with {@code put} is refused by {@link #text}.
     */
    static void number(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else if (Double.isNaN(value)) {
            node.putNull(key);
        } else {
            node.put(key, value > 0 ? "Infinity" : "-Infinity");
        }
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
