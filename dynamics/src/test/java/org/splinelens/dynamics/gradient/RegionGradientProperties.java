package org.splinelens.dynamics.gradient;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.splinelens.core.deep.DeepBreakpoints;
import org.splinelens.core.deep.LayerBreakpoints;
import org.splinelens.core.deep.UnitBreakpoints;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepKernels;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.testing.RandomNetworks;

/**
 * The region-aggregated deep loss and gradient equal the dense ones: on core's random deep nets (one weight in ten
 * exactly zero) with dead units, data points placed exactly on unit breakpoints, duplicate inputs and data beyond
 * every knot; to 1e-10 of the magnitude of the summed terms per component, and to 1e-10 relative in norm when the
 * data avoid the knots. The number of regions is the number of runs of equal activation patterns along the sorted
 * data, found by brute force.
 */
class RegionGradientProperties {

    @Property(tries = 300)
    void regionEqualsDenseWithPointsOnKnotsDeadUnitsAndDuplicates(@ForAll DeepNetwork generated,
            @ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        DeepNetwork net = withDeadUnits(generated, r);
        double[] knots = unitBreakpoints(net);
        int size = r.nextInt(1, 80);
        double[] x = new double[size];
        double[] y = new double[size];
        boolean beyond = r.nextInt(6) == 0;
        double far = Arrays.stream(knots).map(Math::abs).max().orElse(0) + 1;
        for (int n = 0; n < size; n++) {
            int kind = r.nextInt(4);
            if (beyond) {
                x[n] = far + r.nextDouble() * 3; // no knot in the data range
            } else if (kind == 0 && knots.length > 0) {
                x[n] = knots[r.nextInt(knots.length)];
            } else if (kind == 1 && n > 0) {
                x[n] = x[r.nextInt(n)];
            } else {
                x[n] = r.nextGaussian() * 3;
            }
            y[n] = r.nextGaussian();
        }
        DeepArchitecture arch = net.architecture();
        double[] theta = net.parameters();
        double[] dense = new double[theta.length];
        double[] region = new double[theta.length];
        double denseLoss = new DenseDeepObjective(arch, x, y).lossAndGradient(theta, dense);
        RegionDeepObjective objective = new RegionDeepObjective(arch, x, y);
        double regionLoss = objective.lossAndGradient(theta, region);
        if (beyond) {
            assertThat(objective.regions()).isEqualTo(1);
        }

        // per point: |∂f/∂θ_k| times (|e_n| + the magnitude of the terms of f(x_n) and of y_n)
        DeepKernels kernels = new DeepKernels(arch);
        DeepKernels magnitudes = new DeepKernels(arch);
        double[] absTheta = Arrays.stream(theta).map(Math::abs).toArray();
        double[] partial = new double[theta.length];
        double[] scale = new double[theta.length];
        double lossScale = 0;
        for (int n = 0; n < size; n++) {
            double e = kernels.value(theta, x[n]) - y[n];
            Arrays.fill(partial, 0);
            kernels.accumulateGradient(theta, 1, partial);
            double t = Math.abs(e) + magnitudes.value(absTheta, Math.abs(x[n])) + Math.abs(y[n]);
            lossScale += Math.abs(e) * t;
            for (int k = 0; k < theta.length; k++) {
                scale[k] += Math.abs(partial[k]) * t;
            }
        }
        assertThat(Math.abs(regionLoss - denseLoss)).isLessThanOrEqualTo(1e-10 * lossScale);
        assertThat(objective.loss(theta)).isCloseTo(regionLoss, org.assertj.core.data.Offset.offset(1e-12 * lossScale));
        for (int k = 0; k < theta.length; k++) {
            assertThat(Math.abs(region[k] - dense[k])).as("component %d of %d", k, theta.length)
                    .isLessThanOrEqualTo(1e-10 * scale[k]);
        }
    }

    @Property(tries = 200)
    void offKnotDataAgreeInNormAndRegionsAreThePatternRuns(@ForAll DeepNetwork net, @ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int size = r.nextInt(1, 200);
        double[] x = new double[size];
        double[] y = new double[size];
        for (int n = 0; n < size; n++) {
            x[n] = r.nextDouble(-4, 4);
            y[n] = r.nextGaussian();
        }
        DeepArchitecture arch = net.architecture();
        double[] theta = net.parameters();
        double[] dense = new double[theta.length];
        double[] region = new double[theta.length];
        new DenseDeepObjective(arch, x, y).lossAndGradient(theta, dense);
        RegionDeepObjective objective = new RegionDeepObjective(arch, x, y);
        objective.lossAndGradient(theta, region);
        double difference = 0;
        double norm = 0;
        for (int k = 0; k < theta.length; k++) {
            difference += (region[k] - dense[k]) * (region[k] - dense[k]);
            norm += dense[k] * dense[k];
        }
        assertThat(Math.sqrt(difference)).isLessThanOrEqualTo(1e-10 * Math.sqrt(norm) + 1e-300);
        assertThat(objective.regions()).isEqualTo(patternRuns(arch, theta, x));
    }

    /** Brute force: sort the inputs, evaluate every point densely, count runs of equal activation patterns. */
    private static int patternRuns(DeepArchitecture arch, double[] theta, double[] x) {
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        int runs = 0;
        String previous = null;
        for (double xn : sorted) {
            StringBuilder pattern = new StringBuilder();
            double[] h = {xn};
            for (int l = 0; l < arch.layers() - 1; l++) {
                double[] next = new double[arch.outputSize(l)];
                for (int j = 0; j < next.length; j++) {
                    double z = theta[arch.biasOffset(l) + j];
                    for (int k = 0; k < h.length; k++) {
                        z += theta[arch.weightOffset(l) + j * h.length + k] * h[k];
                    }
                    next[j] = z > 0 ? z : 0;
                    pattern.append(z > 0 ? '1' : '0');
                }
                h = next;
            }
            if (!pattern.toString().equals(previous)) {
                runs++;
                previous = pattern.toString();
            }
        }
        return runs;
    }

    /** Kills a few units: zero incoming weights and a negative bias, or a bias far below every input. */
    static DeepNetwork withDeadUnits(DeepNetwork net, SplittableRandom r) {
        DeepArchitecture arch = net.architecture();
        double[] theta = net.parameters();
        for (int l = 0; l < arch.hiddenLayers(); l++) {
            for (int j = 0; j < arch.outputSize(l); j++) {
                if (r.nextInt(6) == 0) {
                    int row = arch.weightOffset(l) + j * arch.inputSize(l);
                    Arrays.fill(theta, row, row + arch.inputSize(l), 0.0);
                    theta[arch.biasOffset(l) + j] = r.nextBoolean() ? -1 : 0;
                }
            }
        }
        return DeepNetwork.of(arch, theta);
    }

    static double[] unitBreakpoints(DeepNetwork net) {
        List<Double> all = new ArrayList<>();
        for (LayerBreakpoints layer : DeepBreakpoints.analyze(net).layers()) {
            for (UnitBreakpoints unit : layer.units()) {
                for (double b : unit.breakpoints()) {
                    all.add(b);
                }
            }
        }
        return all.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Example
    void aNanWeightGivesANanLossAsOnTheDensePath() {
        DeepArchitecture arch = new DeepArchitecture(3, 3);
        double[] theta = new double[arch.parameterCount()];
        Arrays.fill(theta, 0.5);
        theta[arch.weightOffset(1)] = Double.NaN;
        double[] x = {-1, 0.5, 2};
        double[] y = {0, 1, 0};
        double[] gradient = new double[theta.length];
        assertThat(new DenseDeepObjective(arch, x, y).loss(theta)).isNaN();
        assertThat(new RegionDeepObjective(arch, x, y).lossAndGradient(theta, gradient)).isNaN();
    }
}
