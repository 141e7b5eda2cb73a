package org.splinelens.core.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.assertj.core.data.Offset;

/** The exact gradient of ℓ = ½ Σ (f − y)² equals central finite differences away from kinks. */
class GradientProperties {

    @Property(tries = 100)
    void shallowGradientMatchesCentralDifferences(@ForAll @LongRange(min = 0, max = 100_000) long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int h = r.nextInt(1, 12);
        double[] theta = new double[ShallowLayout.parameterCount(h)];
        for (int k = 0; k < theta.length; k++) {
            theta[k] = r.nextGaussian();
        }
        double[] x = new double[20];
        double[] y = new double[20];
        for (int n = 0; n < x.length; n++) {
            x[n] = r.nextGaussian() * 2;
            y[n] = r.nextGaussian();
        }
        double[] grad = new double[theta.length];
        ShallowKernels.lossAndGradient(h, theta, x, y, grad);
        checkAgainstDifferences(theta, grad, t -> ShallowKernels.loss(h, t, x, y));
    }

    @Property(tries = 60)
    void deepGradientMatchesCentralDifferences(@ForAll @LongRange(min = 0, max = 100_000) long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int layers = r.nextInt(1, 4);
        int[] widths = new int[layers];
        for (int l = 0; l < layers; l++) {
            widths[l] = r.nextInt(1, 7);
        }
        DeepArchitecture arch = new DeepArchitecture(widths);
        double[] theta = new double[arch.parameterCount()];
        for (int k = 0; k < theta.length; k++) {
            theta[k] = r.nextGaussian();
        }
        double[] x = new double[15];
        double[] y = new double[15];
        for (int n = 0; n < x.length; n++) {
            x[n] = r.nextGaussian() * 2;
            y[n] = r.nextGaussian();
        }
        DeepKernels kernels = new DeepKernels(arch);
        double[] grad = new double[theta.length];
        kernels.lossAndGradient(theta, x, y, grad);
        checkAgainstDifferences(theta, grad, t -> kernels.loss(t, x, y));
    }

    private static void checkAgainstDifferences(double[] theta, double[] grad,
            java.util.function.ToDoubleFunction<double[]> loss) {
        double step = 1e-6;
        for (int k = 0; k < theta.length; k++) {
            double[] plus = theta.clone();
            double[] minus = theta.clone();
            plus[k] += step;
            minus[k] -= step;
            double fd = (loss.applyAsDouble(plus) - loss.applyAsDouble(minus)) / (2 * step);
            double[] plus2 = theta.clone();
            double[] minus2 = theta.clone();
            plus2[k] += step / 2;
            minus2[k] -= step / 2;
            double fd2 = (loss.applyAsDouble(plus2) - loss.applyAsDouble(minus2)) / step;
            // a kink inside [θ − h, θ + h] shows as disagreement between the two step sizes: skip that coordinate
            if (Math.abs(fd - fd2) > 1e-5 * (1 + Math.abs(fd))) {
                continue;
            }
            assertThat(grad[k]).isCloseTo(fd, Offset.offset(1e-5 * (1 + Math.abs(fd))));
        }
    }
}
