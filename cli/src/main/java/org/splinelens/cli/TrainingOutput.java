package org.splinelens.cli;

import java.util.Locale;
import org.splinelens.core.deep.DeepBreakpointAnalysis;
import org.splinelens.core.deep.DeepBreakpoints;
import org.splinelens.core.deep.LayerBreakpoints;
import org.splinelens.core.deep.PieceLimit;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.limits.Limits;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;

/**
 * The size of a training run's files, estimated before it starts, so that a run whose files would fill the disk is
 * refused rather than found out. {@code breakpoints.csv} dominates: a row a unit (shallow) or an induced breakpoint
 * (deep, counted on the start) at every observation, {@code ⌊epochs / k⌋ + 2} of them at most for
 * {@code --observe-every k}; a shallow row holds five shortest-form doubles ({@value #DOUBLE_CHARS} characters on
 * average) and a deep row one. {@code loss.csv} has a row an epoch; the rest (network, roughness, pictures,
 * provenance, log) is small. Deep counts may change as the network trains, so the estimate is of the order of the
 * real size, not a bound.
 *
 * @param rowsPerObservation rows of {@code breakpoints.csv} per observation
 * @param observations       the most observations the run makes
 * @param breakpointBytes    the estimated size of {@code breakpoints.csv}
 * @param bytes              the estimated size of every file
 */
record TrainingOutput(double rowsPerObservation, double observations, double breakpointBytes, double bytes) {
    /** The average characters of a double as the files write it (shortest round-trip digits, sign, exponent). */
    static final double DOUBLE_CHARS = 20;
    /**
     * Pictures, provenance, log and mobility: about this much whatever the run (an SVG's text is drawn as glyph
     * outlines, some 170 KB a figure; the PNGs are tens of KB).
     */
    private static final double FIXED = 480 * 1024;
    /** A point of an SVG's curve or scatter (a curve is one path, a marker a short element). */
    private static final double SVG_ELEMENT = 40;

    /**
     * @param start    the starting network (its shape; for a deep net its breakpoints)
     * @param points   the data's N, drawn in the SVG
     * @param limit    the piece limit of the run's analyses
     */
    static TrainingOutput estimate(UnivariateNetwork start, int points, int epochs, int observeEvery,
            PieceLimit limit) {
        double observations = Math.floor(epochs / (double) observeEvery) + 2;
        double epochChars = digits(epochs);
        double rows;
        double rowChars;
        int layers;
        if (start instanceof ShallowNetwork shallow) {
            rows = shallow.width();
            rowChars = epochChars + digits(shallow.width()) + 5 * DOUBLE_CHARS + 9;
            layers = 1;
        } else {
            rows = deepRows(start, limit);
            rowChars = epochChars + digits(start.asDeep().architecture().maxWidth()) + DOUBLE_CHARS + 11;
            layers = start.asDeep().architecture().hiddenLayers();
        }
        double breakpoints = rows * observations * rowChars;
        double loss = (epochs + 1.0) * (epochChars + DOUBLE_CHARS + 2);
        double roughness = observations * layers * (epochChars + DOUBLE_CHARS + 5);
        double network = start.parameterCount() * (DOUBLE_CHARS + 2);
        double svg = (points + 2.0 * TrainingPictures.CURVE_POINTS + TrainingPictures.LOSS_POINTS + 2 * rows)
                * SVG_ELEMENT;
        return new TrainingOutput(rows, observations, breakpoints, breakpoints + loss + roughness + network + svg
                + FIXED);
    }

    /**
     * Refuses the run when its files would take more than {@code max} bytes, in one line naming the size, the
     * {@code --observe-every} that would fit, and {@code --max-output}.
     *
     * @param what the run as the user asked for it ({@code "train --out run"})
     */
    void check(String what, double max, int observeEvery) {
        if (bytes <= max) {
            return;
        }
        // the observations that fit beside the rest, and the step that makes that many of the epochs
        double rest = bytes - breakpointBytes;
        double perObservation = breakpointBytes / observations;
        double fitting = Math.floor((max - rest) / perObservation) - 2;
        String fewer = fitting >= 1 ? String.format(Locale.ROOT, "--observe-every %s or more",
                Limits.number(Math.ceil(observeEvery * (observations - 2) / fitting)))
                : "a larger --observe-every";
        throw new InvalidInputException(String.format(Locale.ROOT, "%s: the files would take about %s"
                + " (breakpoints.csv %s: %s observations, --observe-every %d, of %s rows each), more than %s %s;"
                + " use %s, or raise the limit (e.g. %s %s)", what, Limits.bytes(bytes), Limits.bytes(breakpointBytes),
                Limits.number(observations), observeEvery, Limits.number(rowsPerObservation), MaxOutputOption.NAME,
                Limits.bytes(max), fewer, MaxOutputOption.NAME, Limits.bytes(2 * bytes).replace(" ", "")));
    }

    /** @return the induced breakpoints of the start's hidden units, or two a unit when they cannot be counted */
    private static double deepRows(UnivariateNetwork start, PieceLimit limit) {
        try {
            DeepBreakpointAnalysis analysis = DeepBreakpoints.analyze(start, limit);
            double rows = 0;
            for (LayerBreakpoints layer : analysis.layers()) {
                rows += layer.breakpointCount();
            }
            return Math.max(rows, 1);
        } catch (RuntimeException e) {
            // a start beyond the piece limit or double precision: the run itself says so at epoch 0
            return 2.0 * start.asDeep().architecture().hiddenUnits();
        }
    }

    private static double digits(double n) {
        return n < 10 ? 1 : Math.floor(Math.log10(n)) + 1;
    }
}
