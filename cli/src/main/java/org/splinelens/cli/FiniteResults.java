package org.splinelens.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.network.UnivariateNetwork;

/**
 * A non-finite number is an error, never a printed answer. Commands check their results where they are computed
 * ({@link #require}), naming the input that is too extreme ({@link #magnitudes}); {@link JsonOutput#text} checks every
 * number of a JSON result as the backstop ({@link #requireTree}).
 *
 * <p>The few non-finite values that are answers — an unbounded piece's end, a density's singularity (the delta-slope
 * density's logarithmic pole at 0), a minimiser a piece does not have, the variance of fewer than two samples — are
 * written on purpose, the same way everywhere: an infinity as the word {@value #INFINITY} or {@value #MINUS_INFINITY}
 * (in JSON the string {@code "inf"}), an undefined value as {@value #UNDEFINED} in text and {@code null} in JSON
 * ({@link #text}, {@link JsonOutput#number}). Java's {@code Infinity} and {@code NaN} are never printed: where they
 * appear, a result escaped these checks.
 */
final class FiniteResults {
    /** An intended +∞ in text, CSV and JSON (a string there: JSON has no infinity). */
    static final String INFINITY = "inf";
    /** An intended −∞. */
    static final String MINUS_INFINITY = "-inf";
    /** An answer that is not defined (NaN by design) in text and CSV; JSON writes {@code null}. */
    static final String UNDEFINED = "undefined";

    private FiniteResults() {
    }

    /**
     * @param format a {@link java.util.Formatter} format for one finite double, such as {@code "%.6g"}
     * @return {@code value} formatted (in {@link Locale#ROOT}), or the word of an intended non-finite answer
     */
    static String text(String format, double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, format, value) : word(value);
    }

    /** @return {@code value} as {@link Double#toString} writes it (exact), or the word of a non-finite answer */
    static String text(double value) {
        return Double.isFinite(value) ? Double.toString(value) : word(value);
    }

    /** @return {@value #INFINITY}, {@value #MINUS_INFINITY} or {@value #UNDEFINED} */
    static String word(double nonFinite) {
        return Double.isNaN(nonFinite) ? UNDEFINED : nonFinite > 0 ? INFINITY : MINUS_INFINITY;
    }

    /**
     * @param what  the result, for the message ("the gradient norm")
     * @param cause why it could not be finite, naming the input ("weights or data too large (|x| up to 1e+300)")
     * @throws InvalidInputException when {@code value} is NaN or infinite
     */
    static double require(double value, String what, String cause) {
        if (!Double.isFinite(value)) {
            throw new InvalidInputException(what + " is not finite (" + value + "): " + cause);
        }
        return value;
    }

    /** As {@link #require(double, String, String)} for each value; the message names the first bad one's index. */
    static void require(double[] values, String what, String cause) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new InvalidInputException(what + " " + i + " is not finite (" + values[i] + "): " + cause);
            }
        }
    }

    /**
     * The backstop: every number in {@code tree} is finite.
     *
     * @param what the result, for the message
     * @throws InvalidInputException naming the first non-finite number's path in the tree
     */
    static void requireTree(JsonNode tree, String what) {
        String path = firstNonFinite(tree, "");
        if (path != null) {
            throw new InvalidInputException(what + " is not finite at " + (path.isEmpty() ? "its top" : path)
                    + ": the input's numbers are too large, too small or too close together for double precision");
        }
    }

    private static String firstNonFinite(JsonNode node, String path) {
        if (node.isNumber()) {
            return Double.isFinite(node.asDouble()) || node.isIntegralNumber() ? null : path;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = firstNonFinite(node.get(i), path + "[" + i + "]");
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                String found = firstNonFinite(field.getValue(), path.isEmpty() ? field.getKey()
                        : path + "." + field.getKey());
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** @return e.g. {@code "|x| up to 1.00e+300, |y| up to 2.00, smallest x spacing 1.00"} */
    static String magnitudes(Dataset data) {
        return data.magnitudes();
    }

    /** @return e.g. {@code "|θ| up to 1e+300"} */
    static String magnitudes(UnivariateNetwork network) {
        return "|θ| up to " + largest(network.asDeep().parameters());
    }

    /** @return e.g. {@code "weights or data too large for double precision (|x| up to 1e+300, |y| up to 2, |θ| …)"} */
    static String tooLarge(UnivariateNetwork network, Dataset data) {
        return "weights or data too large for double precision (" + magnitudes(data) + ", " + magnitudes(network)
                + ")";
    }

    private static String largest(double[] values) {
        double largest = 0;
        for (double v : values) {
            largest = Math.max(largest, Math.abs(v));
        }
        return String.format(Locale.ROOT, "%.3g", largest);
    }
}
