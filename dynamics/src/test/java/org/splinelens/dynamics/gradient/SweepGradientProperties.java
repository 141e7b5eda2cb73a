package org.splinelens.dynamics.gradient;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.testing.RandomNetworks;

/**
 * The O(N + H log N) sweep equals the dense O(N·H) loss and gradient (docs/PERFORMANCE.md): on core's random
 * nets (units with w = 0, shared breakpoints, weights 1e-6..1e6), with duplicate inputs and breakpoints exactly on
 * data points, to 1e-10 of the magnitude of the summed terms; and to 1e-10 relative in norm on ordinary nets,
 * evaluated in sequences that exercise the reuse of each unit's previous switch index.
 */
class SweepGradientProperties {

    @Property(tries = 300)
    void sweepEqualsDenseOnDegenerateNets(@ForAll ShallowNetwork base, @ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int h = base.width();
        int size = r.nextInt(1, 60);
        double[] x = new double[size];
        double[] y = new double[size];
        for (int n = 0; n < size; n++) {
            x[n] = n > 0 && r.nextInt(5) == 0 ? x[r.nextInt(n)] : r.nextGaussian() * 3;
            y[n] = r.nextGaussian();
        }
        double[] w = base.w();
        double[] b = base.b();
        for (int i = 0; i < h; i++) {
            int kind = r.nextInt(3);
            if (kind == 0 && w[i] != 0) {
                b[i] = -(w[i] * x[r.nextInt(size)]); // w x_n + b == 0 exactly: inactive at x_n
            } else if (kind == 1 && w[i] != 0) {
                x[r.nextInt(size)] = -b[i] / w[i]; // a data point at the rounded breakpoint
            }
        }
        ShallowNetwork net = ShallowNetwork.of(w, b, base.v(), base.b0());
        double[] theta = net.parameters();

        double[] dense = new double[theta.length];
        double[] sweep = new double[theta.length];
        double denseLoss = new DenseShallowObjective(h, x, y).lossAndGradient(theta, dense);
        SweepShallowObjective objective = new SweepShallowObjective(h, x, y);
        double sweepLoss = objective.lossAndGradient(theta, sweep);

        // rounding scales: T_n bounds the terms of f(x_n) − y_n, so each e_n is exact to O(ε T_n)
        double lossScale = 0;
        double[] scale = new double[theta.length];
        for (int n = 0; n < size; n++) {
            double e = Math.abs(net.value(x[n]) - y[n]);
            double t = RandomNetworks.termScale(net, x[n]) + Math.abs(y[n]) + e;
            lossScale += e * t;
            double ax = Math.abs(x[n]);
            for (int i = 0; i < h; i++) {
                scale[i] += Math.abs(net.v(i)) * ax * t;
                scale[h + i] += Math.abs(net.v(i)) * t;
                scale[2 * h + i] += (Math.abs(net.w(i) * x[n]) + Math.abs(net.b(i))) * t;
            }
            scale[3 * h] += t;
        }
        assertThat(Math.abs(sweepLoss - denseLoss)).isLessThanOrEqualTo(1e-10 * lossScale);
        assertThat(objective.loss(theta)).isEqualTo(sweepLoss);
        for (int k = 0; k < theta.length; k++) {
            assertThat(Math.abs(sweep[k] - dense[k])).as("component %d of %d", k, theta.length)
                    .isLessThanOrEqualTo(1e-10 * scale[k]);
        }
    }

    @Property(tries = 200)
    void sweepEqualsDenseToRelativePrecision(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int h = r.nextInt(1, 40);
        int size = r.nextInt(1, 300);
        double[] theta = new double[3 * h + 1];
        for (int k = 0; k < theta.length; k++) {
            theta[k] = r.nextInt(20) == 0 ? 0.0 : r.nextGaussian();
        }
        double[] x = new double[size];
        double[] y = new double[size];
        for (int n = 0; n < size; n++) {
            x[n] = -3 + 6 * r.nextDouble();
            y[n] = Math.sin(x[n]) + 0.1 * r.nextGaussian();
        }
        for (int i = 0; i < h; i += 3) {
            theta[h + i] = -(theta[i] * x[r.nextInt(size)]);
        }
        // one objective over a sequence — theta, a small step away, an unrelated vector, theta again — so each unit's
        // remembered switch index is sometimes right, sometimes stale by a data point or two, sometimes unrelated
        double[] step = theta.clone();
        double[] unrelated = new double[theta.length];
        for (int k = 0; k < theta.length; k++) {
            step[k] += 0.05 * r.nextGaussian();
            unrelated[k] = r.nextGaussian();
        }
        DenseShallowObjective denseObjective = new DenseShallowObjective(h, x, y);
        SweepShallowObjective sweepObjective = new SweepShallowObjective(h, x, y);
        for (double[] parameters : new double[][] {theta, step, unrelated, theta}) {
            double[] dense = new double[theta.length];
            double[] sweep = new double[theta.length];
            double denseLoss = denseObjective.lossAndGradient(parameters, dense);
            double sweepLoss = sweepObjective.lossAndGradient(parameters, sweep);
            assertThat(sweepLoss).isCloseTo(denseLoss,
                    org.assertj.core.data.Offset.offset(1e-10 * denseLoss + 1e-300));
            assertThat(Vectors.distance(sweep, dense)).isLessThanOrEqualTo(1e-10 * Vectors.norm(dense));
        }
    }
}
