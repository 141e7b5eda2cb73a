package org.splinelens.dynamics.gradient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.splinelens.core.network.ShallowBatchNorm;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.testing.RandomNetworks;

/**
 * The O(B log B + H log B) batch-norm sweep ({@link SweepBatchNormObjective}) equals the dense O(B·H) batch-norm
 * objective ({@link BatchNormShallowObjective}), docs/PERFORMANCE.md: on core's random nets with
 * random normalisers, over batches with duplicate inputs, points exactly at a unit's switch, every breakpoint at the
 * batch mean on a data point (the δ = 0 start), input scales 1e-3..1e3 and B from 2, to 1e-10 of the magnitude of the
 * summed terms per component; on ordinary nets, over one objective whose arrays are refilled as a trainer's are, to
 * 1e-10 relative in norm; and against central differences of the literal training-mode definition.
 */
class SweepBatchNormProperties {

    @Property(tries = 300)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void sweepEqualsDenseOnDegenerateNetsAndBatches(@ForAll ShallowNetwork base, @ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int h = base.width();
        int size = r.nextInt(4) == 0 ? 2 : r.nextInt(2, 60);
        boolean symmetric = r.nextInt(4) == 0;
        double[] x = symmetric ? symmetricBatch(r, size) : batch(r, size);
        double[] y = new double[size];
        for (int n = 0; n < size; n++) {
            y[n] = r.nextGaussian();
        }
        double[] theta = new double[ShallowBatchNorm.parameterCount(h)];
        System.arraycopy(base.parameters(), 0, theta, 0, 3 * h + 1);
        for (int i = 0; i < h; i++) {
            int kind = r.nextInt(10);
            theta[ShallowBatchNorm.gammaOffset(h) + i] = kind == 0 ? 0.0 : r.nextGaussian()
                    * Math.pow(10, r.nextInt(-2, 3));
            theta[ShallowBatchNorm.shiftOffset(h) + i] = symmetric ? 0.0 : r.nextGaussian()
                    * Math.pow(10, r.nextInt(-2, 3));
        }
        // the normaliser as both objectives compute it, to put switches exactly on data points
        double[] u = new double[size];
        double variance = centre(x, u);
        double[] centred = new double[3 * h + 1];
        ShallowBatchNorm.centred(h, theta, variance, centred);
        int lowest = 0;
        int highest = 0;
        for (int n = 1; n < size; n++) {
            lowest = u[n] < u[lowest] ? n : lowest;
            highest = u[n] > u[highest] ? n : highest;
        }
        int onSwitch = 0;
        for (int i = 0; i < h; i++) {
            if (!symmetric && r.nextInt(3) == 0) {
                // k_i u_n + δ_i == 0 exactly: the unit is inactive at u_n (and at its duplicates); at the batch's
                // extremes −δ_i/k_i rounds to either side of the end of the sweep's cell table as often as not
                int kind = r.nextInt(4);
                int at = kind == 0 ? lowest : kind == 1 ? highest : r.nextInt(size);
                double shift = -(centred[i] * u[at]);
                theta[ShallowBatchNorm.shiftOffset(h) + i] = shift;
                centred[h + i] = shift;
            }
            for (int n = 0; n < size; n++) {
                onSwitch += centred[i] * u[n] + centred[h + i] == 0 ? 1 : 0;
            }
        }
        Statistics.label("a point exactly at a unit's switch").collect(onSwitch > 0);
        Statistics.label("B = 2").collect(size == 2);

        double[] dense = new double[theta.length];
        double[] sweep = new double[theta.length];
        double denseLoss = new BatchNormShallowObjective(h, x, y).lossAndGradient(theta, dense);
        SweepBatchNormObjective objective = new SweepBatchNormObjective(h, x, y);
        double sweepLoss = objective.lossAndGradient(theta, sweep);

        // rounding scales of the plain net (k, δ, v, b0) of u, as in SweepGradientProperties, then through the chain
        ShallowNetwork net = ShallowNetwork.fromParameters(h, centred);
        double lossScale = 0;
        double[] slopeScale = new double[h];
        double[] scale = new double[theta.length];
        for (int n = 0; n < size; n++) {
            double e = Math.abs(net.value(u[n]) - y[n]);
            double t = RandomNetworks.termScale(net, u[n]) + Math.abs(y[n]) + e;
            lossScale += e * t;
            for (int i = 0; i < h; i++) {
                slopeScale[i] += Math.abs(net.v(i) * u[n]) * t;
                scale[ShallowBatchNorm.shiftOffset(h) + i] += Math.abs(net.v(i)) * t;
                scale[2 * h + i] += (Math.abs(net.w(i) * u[n]) + Math.abs(net.b(i))) * t;
            }
            scale[3 * h] += t;
        }
        for (int i = 0; i < h; i++) {
            double w = theta[i];
            double gamma = theta[ShallowBatchNorm.gammaOffset(h) + i];
            double root = Math.sqrt(w * w * variance + ShallowBatchNorm.EPSILON);
            scale[i] = slopeScale[i] * Math.abs(gamma * ShallowBatchNorm.EPSILON / (root * root * root));
            scale[ShallowBatchNorm.gammaOffset(h) + i] = slopeScale[i] * Math.abs(w / root);
        }
        assertThat(Math.abs(sweepLoss - denseLoss)).isLessThanOrEqualTo(1e-10 * lossScale);
        assertThat(objective.loss(theta)).isEqualTo(sweepLoss);
        for (int k = 0; k < theta.length; k++) {
            assertThat(Math.abs(sweep[k] - dense[k])).as("component %d of %d", k, theta.length)
                    .isLessThanOrEqualTo(1e-10 * scale[k]);
        }
        for (int i = 0; i < h; i++) {
            assertThat(sweep[h + i]).as("bias %d cancels in the normaliser", i).isZero();
        }
        Statistics.label("a point exactly at a unit's switch").coverage(c -> c.check(true).percentage(p -> p > 30));
        Statistics.label("B = 2").coverage(c -> c.check(true).percentage(p -> p > 10));
    }

    @Property(tries = 150)
    void sweepEqualsDenseOnRefilledBatches(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int h = r.nextInt(1, 40);
        int size = r.nextInt(2, 300);
        double[] theta = gaussians(r, h);
        double[] pool = batch(r, 2 * size);
        double[] x = new double[size];
        double[] y = new double[size];
        double[] step = theta.clone();
        for (int k = 0; k < theta.length; k++) {
            step[k] += 0.05 * r.nextGaussian();
        }
        // one objective over arrays refilled as a trainer refills them: a batch; the same batch a step later (the
        // previous order and switches still hold); the batch moved by a monotone map (the previous order still
        // sorts it, but every point and so the cell table have moved); a fresh batch; the fresh batch shuffled, with
        // an unrelated θ
        SweepBatchNormObjective sweepObjective = new SweepBatchNormObjective(h, x, y);
        BatchNormShallowObjective denseObjective = new BatchNormShallowObjective(h, x, y);
        double[][] parameters = {theta, step, step, step, gaussians(r, h)};
        for (int call = 0; call < parameters.length; call++) {
            for (int n = 0; n < size && call != 1; n++) {
                x[n] = switch (call) {
                    case 2 -> x[n] + 0.3 * Math.abs(x[n]) + 0.1;
                    case 4 -> x[n];
                    default -> pool[r.nextInt(pool.length)];
                };
                y[n] = Math.sin(x[n]) + 0.1 * r.nextGaussian();
            }
            if (call == 4) {
                shuffle(r, x, y);
            }
            double[] dense = new double[theta.length];
            double[] sweep = new double[theta.length];
            double denseLoss = denseObjective.lossAndGradient(parameters[call], dense);
            double sweepLoss = sweepObjective.lossAndGradient(parameters[call], sweep);
            assertThat(sweepLoss).as("call %d", call).isCloseTo(denseLoss, offset(1e-10 * denseLoss + 1e-300));
            assertThat(Vectors.distance(sweep, dense)).as("call %d", call)
                    .isLessThanOrEqualTo(1e-10 * Vectors.norm(dense));
        }
    }

    /**
     * Inputs, scales γ and shifts δ from 1e-160 to 1e150, where {@code k_i u_n} and δ_i can be subnormal and the
     * rounding of the predicate is no longer relative: the sweep may then place no switch by the cell table's
     * distance argument alone, and must still agree with the dense path on every active set.
     */
    @Property(tries = 150)
    void sweepEqualsDenseAtExtremeScales(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int h = r.nextInt(1, 20);
        int size = r.nextInt(2, 40);
        double scale = Math.pow(10, r.nextInt(-160, 151));
        double[] x = new double[size];
        double[] y = new double[size];
        for (int n = 0; n < size; n++) {
            x[n] = n > 0 && r.nextInt(5) == 0 ? x[r.nextInt(n)] : scale * r.nextGaussian();
            y[n] = r.nextGaussian();
        }
        double[] theta = gaussians(r, h);
        double[] u = new double[size];
        double variance = centre(x, u);
        for (int i = 0; i < h; i++) {
            theta[ShallowBatchNorm.gammaOffset(h) + i] *= Math.pow(10, r.nextInt(-170, 1));
        }
        double[] centred = new double[3 * h + 1];
        ShallowBatchNorm.centred(h, theta, variance, centred);
        for (int i = 0; i < h; i++) {
            // a breakpoint on, or within a relative 1e-3 of, a data point
            double product = centred[i] * u[r.nextInt(size)];
            theta[ShallowBatchNorm.shiftOffset(h) + i] = r.nextBoolean() ? -product
                    : -product * (1 + 1e-3 * r.nextGaussian());
        }
        double[] dense = new double[theta.length];
        double[] sweep = new double[theta.length];
        double denseLoss = new BatchNormShallowObjective(h, x, y).lossAndGradient(theta, dense);
        double sweepLoss = new SweepBatchNormObjective(h, x, y).lossAndGradient(theta, sweep);
        assertThat(sweepLoss).isCloseTo(denseLoss, offset(1e-10 * denseLoss + 1e-300));
        assertThat(Vectors.distance(sweep, dense)).isLessThanOrEqualTo(1e-10 * Vectors.norm(dense));
    }

    @Property(tries = 40)
    void gradientMatchesCentralDifferencesOfTheLiteralDefinition(
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int h = r.nextInt(1, 6);
        int size = r.nextInt(2, 30);
        double[] x = new double[size];
        double[] y = new double[size];
        for (int n = 0; n < size; n++) {
            x[n] = n > 0 && r.nextInt(5) == 0 ? x[r.nextInt(n)] : r.nextDouble(-2, 3);
            y[n] = r.nextGaussian();
        }
        double[] theta = gaussians(r, h);
        if (r.nextBoolean()) {
            theta[0] = 1e-3; // a pre-activation variance comparable to ε
        }
        double[] gradient = new double[theta.length];
        double loss = new SweepBatchNormObjective(h, x, y).lossAndGradient(theta, gradient);
        assertThat(loss).isCloseTo(BatchNormObjectiveProperties.literalLoss(h, theta, x, y),
                offset(1e-10 * (1 + loss)));
        for (int k = 0; k < theta.length; k++) {
            double step = 1e-6 * Math.max(1, Math.abs(theta[k]));
            double[] plus = theta.clone();
            double[] minus = theta.clone();
            plus[k] += step;
            minus[k] -= step;
            double difference = (BatchNormObjectiveProperties.literalLoss(h, plus, x, y)
                    - BatchNormObjectiveProperties.literalLoss(h, minus, x, y)) / (2 * step);
            assertThat(gradient[k]).as("component %d of %d", k, theta.length)
                    .isCloseTo(difference, offset(1e-5 * (1 + Math.abs(difference))));
        }
    }

    /** Inputs around a random centre at scale 1e-3..1e3, one in five a duplicate of an earlier one. */
    private static double[] batch(SplittableRandom r, int size) {
        double scale = Math.pow(10, r.nextInt(-3, 4));
        double centre = 3 * scale * r.nextGaussian();
        double[] x = new double[size];
        for (int n = 0; n < size; n++) {
            x[n] = n > 0 && r.nextInt(5) == 0 ? x[r.nextInt(n)] : centre + scale * r.nextGaussian();
        }
        return x;
    }

    /**
     * Pairs ±a of small dyadic numbers (and 0 when B is odd), whose sums are exact: the batch mean is exactly 0, a
     * data point whenever some a is 0 or B is odd, and with δ = 0 every unit switches there.
     */
    private static double[] symmetricBatch(SplittableRandom r, int size) {
        double unit = Math.scalb(1.0, r.nextInt(-10, 11));
        double[] x = new double[size];
        for (int n = 0; n + 1 < size; n += 2) {
            x[n] = r.nextInt(0, 5) * unit;
            x[n + 1] = -x[n];
        }
        return x;
    }

    /** Fills {@code u} with {@code x − m} and returns the biased variance, by the objectives' own arithmetic. */
    private static double centre(double[] x, double[] u) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        double mean = sum / x.length;
        double squares = 0;
        for (int n = 0; n < x.length; n++) {
            u[n] = x[n] - mean;
            squares += u[n] * u[n];
        }
        return squares / x.length;
    }

    private static double[] gaussians(SplittableRandom r, int h) {
        double[] theta = new double[ShallowBatchNorm.parameterCount(h)];
        for (int k = 0; k < theta.length; k++) {
            theta[k] = r.nextGaussian();
        }
        return theta;
    }

    private static void shuffle(SplittableRandom r, double[] x, double[] y) {
        for (int n = x.length - 1; n > 0; n--) {
            int m = r.nextInt(n + 1);
            double t = x[n];
            x[n] = x[m];
            x[m] = t;
            t = y[n];
            y[n] = y[m];
            y[m] = t;
        }
    }
}
