package org.splinelens.dynamics.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.network.ShallowKernels;
import org.splinelens.core.network.ShallowNetwork;

/**
 * Thm 7 decided by the flow itself: d/dt of {@code (−b/w, w v)} along {@code θ̇ = −∇ℓ}, by central differences of the
 * exact gradient step {@code β(θ − h∇ℓ)} and {@code μ(θ − h∇ℓ)}, equals {@link SplineVelocities}; the shallow paper's
 * printed form (its residual ε = y − f with the same signs) has the opposite sign (docs/ERRATA.md, E4).
 */
class SplineVelocityProperties {

    @Property(tries = 100)
    void velocitiesAreTheTimeDerivativesAlongGradientFlow(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int h = r.nextInt(1, 10);
        double[] theta = new double[3 * h + 1];
        for (int k = 0; k < theta.length; k++) {
            theta[k] = r.nextGaussian();
        }
        double[] x = new double[25];
        double[] y = new double[25];
        for (int n = 0; n < x.length; n++) {
            x[n] = -3 + 6 * r.nextDouble();
            y[n] = r.nextGaussian();
        }
        ShallowNetwork net = ShallowNetwork.fromParameters(h, theta);
        Dataset data = new Dataset(x, y);
        SplineVelocities velocities = SplineVelocities.of(net, data);
        double[] gradient = new double[theta.length];
        ShallowKernels.lossAndGradient(h, theta, x, y, gradient);
        double step = 1e-7;
        double[] ahead = theta.clone();
        double[] behind = theta.clone();
        for (int k = 0; k < theta.length; k++) {
            ahead[k] -= step * gradient[k];
            behind[k] += step * gradient[k];
        }
        for (int i = 0; i < h; i++) {
            // a data point crossing unit i's breakpoint within ±h would make the flow non-smooth there
            if (crossing(theta, ahead, behind, h, i, x)) {
                continue;
            }
            double w = theta[i];
            double beta = (-ahead[h + i] / ahead[i] + behind[h + i] / behind[i]) / (2 * step);
            double mu = (ahead[i] * ahead[2 * h + i] - behind[i] * behind[2 * h + i]) / (2 * step);
            double scale = 1 + Math.abs(beta) + Math.abs(mu);
            assertThat(velocities.breakpoint()[i]).isCloseTo(beta, org.assertj.core.data.Offset.offset(
                    1e-5 * scale / Math.min(1, w * w)));
            assertThat(velocities.deltaSlope()[i]).isCloseTo(mu, org.assertj.core.data.Offset.offset(1e-5 * scale));
            // eqs. (5)-(6) as printed, with the paper's residual ε = y − f (its Sec 2.3): the flow reversed
            double epsOne = 0;
            double epsX = 0;
            for (int n = 0; n < x.length; n++) {
                if (theta[i] * x[n] + theta[h + i] > 0) {
                    double eps = y[n] - net.value(x[n]);
                    epsOne += eps;
                    epsX += eps * x[n];
                }
            }
            double v = theta[2 * h + i];
            double b = -theta[h + i] / w;
            double printedBeta = v / w * (epsOne + b * epsX);
            double printedMu = w * w * (-(1 + (v / w) * (v / w)) * epsX + b * epsOne);
            assertThat(printedBeta).isCloseTo(-beta, org.assertj.core.data.Offset.offset(
                    1e-5 * scale / Math.min(1, w * w)));
            assertThat(printedMu).isCloseTo(-mu, org.assertj.core.data.Offset.offset(1e-5 * scale));
        }
    }

    private static boolean crossing(double[] theta, double[] ahead, double[] behind, int h, int i, double[] x) {
        for (double xn : x) {
            boolean now = theta[i] * xn + theta[h + i] > 0;
            if (now != (ahead[i] * xn + ahead[h + i] > 0) || now != (behind[i] * xn + behind[h + i] > 0)) {
                return true;
            }
        }
        return false;
    }
}
