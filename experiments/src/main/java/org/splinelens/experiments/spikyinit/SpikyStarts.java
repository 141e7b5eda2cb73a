package org.splinelens.experiments.spikyinit;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.spline.Pwl;

/**
 * The 'spiky' CPWL start of FC App. 3.1.3 / SRS Sec 4.2, "a 20-breakpoint CPWL function, with y_n ~ U[−2, 2]", flat
 * outside its outer knots. The paper gives the values' law but not where the breakpoints sit, so the knots are one of
 * three readings: {@code grid} (evenly spaced over [−2, 2], the endpoints included: only the values are said to be
 * random), {@code data} (at the training inputs) or {@code uniform} (drawn U[−2, 2], independent of the data).
 */
final class SpikyStarts {
    /** The knot placements a config may name. */
    static final List<String> KNOTS = List.of("grid", "data", "uniform");
    /** The range of the knots and of the values, [−2, 2] (App. 3.1.3). */
    static final double RANGE = 2;

    private SpikyStarts() {
    }

    /**
     * @param knots      {@code grid}, {@code data} or {@code uniform}
     * @param count      breakpoints (the paper: 20)
     * @param trainingX  the training inputs, sorted (used by {@code data}; it then needs {@code count} of them)
     * @return the sorted, distinct knot positions
     */
    static double[] knots(String knots, int count, double[] trainingX, RandomGenerator random) {
        double[] at = new double[count];
        switch (knots) {
            case "grid" -> {
                for (int k = 0; k < count; k++) {
                    at[k] = count == 1 ? 0 : -RANGE + 2 * RANGE * k / (count - 1);
                }
            }
            case "data" -> {
                if (trainingX.length != count) {
                    throw new IllegalArgumentException("spikyKnots: data needs as many training points as"
                            + " spikyBreakpoints, got " + trainingX.length + " and " + count);
                }
                at = trainingX.clone();
            }
            case "uniform" -> {
                for (int k = 0; k < count; k++) {
                    at[k] = -RANGE + 2 * RANGE * random.nextDouble();
                }
                Arrays.sort(at);
            }
            default -> throw new IllegalArgumentException("spikyKnots: expected one of " + KNOTS + ", got " + knots);
        }
        return at;
    }

    /** @return the spiky CPWL: values {@code U[−2, 2]} at {@code knots}, slope 0 outside them */
    static Pwl cpwl(double[] knots, RandomGenerator random) {
        double[] values = new double[knots.length];
        for (int k = 0; k < knots.length; k++) {
            values[k] = -RANGE + 2 * RANGE * random.nextDouble();
        }
        return Pwl.throughPoints(knots, values, 0, 0);
    }

    /**
     * The CPWL realised exactly by {@code width} units, {@link Pwl#toShallowNetwork()} ({@code K + 1} units for K
     * knots, so H = 21 for the paper's 20), padded with units that are zero on [−2, 2] when collinear values dropped a
     * knot. {@code balanced} rescales each unit to {@code |w| = |v| = √|w v|}: the same function (ReLU is positively
     * homogeneous) and the same delta-slopes, with the weight scale split evenly between the layers instead of
     * {@code |w| = 1} and {@code v} the delta-slope.
     */
    static ShallowNetwork realise(Pwl cpwl, int width, boolean balanced) {
        ShallowNetwork net = cpwl.toShallowNetwork();
        if (net.width() > width) {
            throw new IllegalArgumentException("shallowWidth: a CPWL with " + cpwl.knots().length + " knots needs "
                    + net.width() + " units, got " + width);
        }
        double[] w = Arrays.copyOf(net.w(), width);
        double[] b = Arrays.copyOf(net.b(), width);
        double[] v = Arrays.copyOf(net.v(), width);
        for (int i = 0; i < net.width() && balanced; i++) {
            double scale = Math.sqrt(Math.abs(v[i]) / Math.abs(w[i]));
            if (scale > 0) {
                w[i] *= scale;
                b[i] *= scale;
                v[i] /= scale;
            }
        }
        for (int i = net.width(); i < width; i++) {
            // relu(x − 3) with v = 0: no breakpoint in [−2, 2] and no contribution anywhere
            w[i] = 1;
            b[i] = -(RANGE + 1);
        }
        return ShallowNetwork.of(w, b, v, net.b0());
    }

    /** @return the roughness {@code Σ μ_i² = Σ (w_i v_i)²} of a shallow net (SRS Thm 2, FC Thm 2) */
    static double roughness(ShallowNetwork net) {
        double sum = 0;
        for (int i = 0; i < net.width(); i++) {
            double mu = net.w(i) * net.v(i);
            sum += mu * mu;
        }
        return sum;
    }
}
