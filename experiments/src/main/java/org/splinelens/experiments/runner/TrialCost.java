package org.splinelens.experiments.runner;

import org.splinelens.core.data.Grid;
import org.splinelens.core.limits.Limits;
import org.splinelens.core.limits.WorkEstimate;

/**
 * What one trial needs, composed from the kernels it runs, so that {@link Experiment#estimate} can refuse a config
 * whose trials cannot fit the heap, or would run for days, before any run directory exists. The constants come from
 * timing and heap-limited runs of the kernels (a step is about 10 ns, {@link Limits#STEPS_PER_SECOND}); an estimate
 * is good to a small factor, which is all a refusal needs.
 *
 * @param bytes the heap the trial holds at its peak
 * @param steps its steps of work
 */
public record TrialCost(double bytes, double steps) {
    /** Nothing worth counting. */
    public static final TrialCost NONE = new TrialCost(0, 0);

    /** Heap of a shallow unit being trained: weights, gradient, optimizer state and the sweep's buffers (measured). */
    private static final double BYTES_PER_TRAINED_UNIT = 200;

    /** Heap of a data point in training: x, y, their sorted copies and the prefix sums. */
    private static final double BYTES_PER_POINT = 64;

    /** Heap of a result row: its cell, its metrics map and their boxed numbers. */
    private static final double BYTES_PER_ROW = 600;

    public TrialCost {
        if (!(bytes >= 0) || !(steps >= 0)) {
            throw new IllegalArgumentException("a cost is >= 0, got " + bytes + " bytes and " + steps + " steps");
        }
    }

    /** @return this, then {@code next}: the peak is the larger one, the steps add up */
    public TrialCost then(TrialCost next) {
        return new TrialCost(Math.max(bytes, next.bytes), steps + next.steps);
    }

    /** @return this and {@code other} held at once: bytes and steps add up */
    public TrialCost with(TrialCost other) {
        return new TrialCost(bytes + other.bytes, steps + other.steps);
    }

    /** @return this repeated {@code times} times, one after the other */
    public TrialCost times(double times) {
        return new TrialCost(bytes, steps * times);
    }

    /** @return the estimate of a trial, {@code what} naming the config keys that make it large */
    public WorkEstimate estimate(String what) {
        return new WorkEstimate(what, bytes, steps);
    }

    /** N data points: their arrays and sorted copies. */
    public static TrialCost data(double points) {
        return new TrialCost(BYTES_PER_POINT * points, 10 * points);
    }

    /** Rows of results: held until the trial's file is written, then summarised. */
    public static TrialCost rows(double rows) {
        return new TrialCost(BYTES_PER_ROW * rows, 500 * rows);
    }

    /**
     * Full-batch training of a shallow net of width H on N points for E epochs by the sweep gradient (O(N + H log H)
     * an epoch, about 1.2 steps per point and unit measured, counted as 4); the loss curve holds 8 bytes an epoch.
     */
    public static TrialCost shallowTraining(double width, double points, double epochs) {
        return new TrialCost(BYTES_PER_TRAINED_UNIT * width + BYTES_PER_POINT * points + 8 * epochs,
                (epochs + 10) * 4 * (points + width));
    }

    /**
     * Minibatch training of a shallow net (batches of B points, batch-normalised): every batch costs the units again,
     * so an epoch is O(N + (N / B) · H).
     */
    public static TrialCost shallowMinibatch(double width, double points, double epochs, double batch) {
        double batches = Math.ceil(points / batch);
        return new TrialCost(BYTES_PER_TRAINED_UNIT * width + BYTES_PER_POINT * points + 8 * epochs,
                (epochs + 10) * 4 * (points + batches * width));
    }

    /**
     * Full-batch training of a deep net: the region gradient is O(K · P + N) an epoch for the K linear regions the
     * data meet, counted as one region per point up to one per unit; a dozen arrays of the P parameters.
     */
    public static TrialCost deepTraining(int[] widths, double points, double epochs) {
        double parameters = parameters(widths);
        double regions = Math.min(points, 2 * units(widths) + 1);
        return new TrialCost(8 * 12 * parameters + BYTES_PER_POINT * points + 8 * epochs,
                (epochs + 10) * (2 * regions * parameters + 4 * points));
    }

    /**
     * The exact deep breakpoint analysis of one network (core's {@code DeepBreakpoints}): every unit's pre-activation
     * on a grid of about K = Σ H points, O(L · H² · K) steps; a shallow net's is the same with L = 1.
     */
    public static TrialCost deepBreakpoints(int[] widths) {
        double units = units(widths);
        double weights = parameters(widths);
        double widest = 0;
        for (int width : widths) {
            widest = Math.max(widest, width);
        }
        return new TrialCost(24 * widest * units + 16 * weights, weights * units + units * (weights + units));
    }

    /** The symmetric eigendecomposition of a P × P matrix (EJML): the matrix, its copy and vectors, O(P³). */
    public static TrialCost eigen(double size) {
        return new TrialCost(8 * 3 * size * size, 4 * size * size * size);
    }

    /**
     * @param key the config key that sets the step, for the refusal
     * @return the points of the grid {@code from, from + step, …, to} a trial samples
     * @throws IllegalArgumentException naming the key when the step is too fine for a grid
     */
    public static int gridPoints(String key, double step, double from, double to) {
        try {
            return new Grid(from, to, step).size();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " " + step + " on [" + from + ", " + to + "]: " + e.getMessage(),
                    e);
        }
    }

    /** @return the parameters of a net with these hidden widths, one input and one output */
    public static double parameters(int[] widths) {
        double total = 0;
        double previous = 1;
        for (int width : widths) {
            total += (previous + 1) * width;
            previous = width;
        }
        return total + previous + 1;
    }

    private static double units(int[] widths) {
        double total = 0;
        for (int width : widths) {
            total += width;
        }
        return total;
    }
}
