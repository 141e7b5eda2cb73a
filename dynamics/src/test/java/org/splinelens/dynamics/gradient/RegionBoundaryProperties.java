package org.splinelens.dynamics.gradient;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.testing.RandomNetworks;

/**
 * The region step of {@link RegionDeepObjective} finds exactly the regions of the point-by-point rule
 * ({@link PointByPointRegions}): the same number of regions and the same sorted points in each, hence the same
 * anchors. On core's random deep nets with dead units and on trained-like nets (dense gradient descent on sin(πx)),
 * with data exactly on unit breakpoints, within a few margins of them, exactly at a region's bound and one ulp below
 * it, duplicated, on a grid and scattered; under
 * positive rescalings that make the term scales S_j tiny or huge; with the odd NaN or infinite parameter; and on the
 * second evaluation of an objective, so no work leaks from one parameter vector to the next.
 */
class RegionBoundaryProperties {

    @Property(tries = 300)
    @StatisticsReport(StatisticsReportMode.OFF)
    void regionsAreThoseOfThePointByPointRule(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        boolean trained = r.nextInt(3) == 0;
        DeepNetwork net = trained ? trainedLike(r)
                : RegionGradientProperties.withDeadUnits(RandomNetworks.deep(seed), r);
        boolean rescaled = r.nextInt(3) == 0;
        double inputScale = rescaled ? Math.pow(10, r.nextInt(-150, 151)) : 1;
        if (rescaled) {
            net = rescaled(net, inputScale, r);
        }
        double[] knots = RegionGradientProperties.unitBreakpoints(net);
        DeepArchitecture arch = net.architecture();
        double[] theta = net.parameters();
        boolean nonFinite = r.nextInt(25) == 0;
        if (nonFinite) {
            double[] odd = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
            theta[r.nextInt(theta.length)] = odd[r.nextInt(odd.length)];
        }
        int size = r.nextInt(1, 120);
        double[] x = new double[size];
        double[] y = new double[size];
        for (int n = 0; n < size; n++) {
            int kind = r.nextInt(6);
            double knot = knots.length > 0 ? knots[r.nextInt(knots.length)] : 0;
            if (kind == 0 && knots.length > 0) {
                x[n] = knot;
            } else if (kind == 1 && knots.length > 0) {
                // within a few margins 1e-11 S_j of a knot: the points the margin accepts or refuses
                x[n] = knot + (Math.abs(knot) + inputScale) * 1e-10 * r.nextDouble(-1, 1);
            } else if (kind == 2 && n > 0) {
                x[n] = x[r.nextInt(n)];
            } else if (kind == 3) {
                x[n] = inputScale * (-2 + 4.0 * r.nextInt(41) / 40);
            } else {
                x[n] = inputScale * r.nextGaussian() * 3;
            }
            y[n] = r.nextGaussian();
        }
        boolean onBounds = r.nextBoolean();
        if (onBounds) {
            // points exactly at a region's bound and one ulp below it, where the strict inequality decides; only bounds
            // inside the data range, so the new points leave max |x| and with it every S_j unchanged
            double[] sortedX = new Dataset(x, y).sortedByX().x();
            double[] bounds = PointByPointRegions.bounds(arch, theta, sortedX);
            int extra = Math.min(bounds.length, 4);
            x = Arrays.copyOf(x, size + 2 * extra);
            y = Arrays.copyOf(y, size + 2 * extra);
            for (int i = 0; i < extra; i++) {
                double bound = bounds[r.nextInt(bounds.length)];
                boolean usable = bound <= sortedX[size - 1];
                x[size + 2 * i] = usable ? bound : x[0];
                x[size + 2 * i + 1] = usable ? Math.nextDown(bound) : x[0];
            }
        }
        Statistics.label("net").collect(trained ? "trained-like" : "random");
        Statistics.label("rescaled").collect(rescaled);
        Statistics.label("non-finite parameter").collect(nonFinite);
        Statistics.label("points on bounds").collect(onBounds);

        double[] sortedX = new Dataset(x, y).sortedByX().x();
        int[] expected = PointByPointRegions.ends(arch, theta, sortedX);
        RegionDeepObjective objective = new RegionDeepObjective(arch, x, y);
        double[] other = theta.clone();
        other[r.nextInt(other.length)] += 0.5;
        double[] gradient = new double[theta.length];
        objective.lossAndGradient(other, gradient);
        objective.lossAndGradient(theta, gradient);
        assertThat(ends(objective)).as("after lossAndGradient").containsExactly(expected);
        objective.loss(theta);
        assertThat(ends(objective)).as("after loss").containsExactly(expected);

        Statistics.label("net").coverage(c -> c.check("trained-like").percentage(p -> p > 20));
        Statistics.label("rescaled").coverage(c -> c.check(true).percentage(p -> p > 20));
        Statistics.label("non-finite parameter").coverage(c -> c.check(true).count(k -> k > 3));
        Statistics.label("points on bounds").coverage(c -> c.check(true).percentage(p -> p > 30));
    }

    private static int[] ends(RegionDeepObjective objective) {
        int[] ends = new int[objective.regions()];
        for (int region = 0; region < ends.length; region++) {
            ends[region] = objective.regionEnd(region);
        }
        return ends;
    }

    /**
     * He-normal weights on 2–4 hidden layers of widths 3–10, biases N(0, 0.1²), after 150 dense gradient-descent steps
     * on sin(πx) over 41 grid points in [−2, 2] (kept at the last finite step): knots gather where the target bends
     * and some units die, as in training.
     */
    private static DeepNetwork trainedLike(SplittableRandom r) {
        int[] widths = new int[r.nextInt(2, 5)];
        for (int l = 0; l < widths.length; l++) {
            widths[l] = r.nextInt(3, 11);
        }
        DeepArchitecture arch = new DeepArchitecture(widths);
        double[] theta = new double[arch.parameterCount()];
        for (int l = 0; l < arch.layers(); l++) {
            double sigma = Math.sqrt(2.0 / arch.inputSize(l));
            for (int k = 0; k < arch.inputSize(l) * arch.outputSize(l); k++) {
                theta[arch.weightOffset(l) + k] = r.nextGaussian() * sigma;
            }
            for (int j = 0; j < arch.outputSize(l); j++) {
                theta[arch.biasOffset(l) + j] = r.nextGaussian() * 0.1;
            }
        }
        double[] x = new double[41];
        double[] y = new double[x.length];
        for (int n = 0; n < x.length; n++) {
            x[n] = -2 + 4.0 * n / (x.length - 1);
            y[n] = Math.sin(Math.PI * x[n]);
        }
        DenseDeepObjective dense = new DenseDeepObjective(arch, x, y);
        double[] gradient = new double[theta.length];
        double lr = 2e-3 / widths.length;
        for (int step = 0; step < 150; step++) {
            double loss = dense.lossAndGradient(theta, gradient);
            double[] next = theta.clone();
            for (int k = 0; k < theta.length; k++) {
                next[k] -= lr * gradient[k];
            }
            if (!Double.isFinite(loss) || !Arrays.stream(next).allMatch(Double::isFinite)) {
                break;
            }
            theta = next;
        }
        return DeepNetwork.of(arch, theta);
    }

    /**
     * The same function up to rounding with its knots scaled by {@code inputScale}: the first layer's weights divided
     * by it, then each hidden layer's weights and biases multiplied by a random power of ten t (up to 10^±60) and the
     * next layer's weights divided by t (positive homogeneity of relu), so the term scales S_j range widely.
     */
    private static DeepNetwork rescaled(DeepNetwork net, double inputScale, SplittableRandom r) {
        DeepArchitecture arch = net.architecture();
        double[] theta = net.parameters();
        for (int k = 0; k < arch.outputSize(0); k++) {
            theta[arch.weightOffset(0) + k] /= inputScale;
        }
        for (int l = 0; l < arch.hiddenLayers(); l++) {
            double t = Math.pow(10, r.nextInt(-60, 61));
            int outputs = arch.outputSize(l);
            for (int k = 0; k < arch.inputSize(l) * outputs + outputs; k++) {
                theta[arch.weightOffset(l) + k] *= t; // the weights, then the biases right after them
            }
            for (int k = 0; k < arch.inputSize(l + 1) * arch.outputSize(l + 1); k++) {
                theta[arch.weightOffset(l + 1) + k] /= t;
            }
        }
        return DeepNetwork.of(arch, theta);
    }
}
