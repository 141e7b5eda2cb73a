package org.splinelens.experiments.spikyinit;

import java.util.List;
import java.util.random.RandomGenerator;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;
import org.splinelens.dynamics.gradient.GradientMethod;
import org.splinelens.dynamics.optim.GradientDescent;
import org.splinelens.dynamics.train.Trainer;
import org.splinelens.dynamics.train.TrainerConfig;
import org.splinelens.dynamics.train.TrainingObserver;

/** Training runs of Table 3: full-batch GD for a fixed number of epochs, losses as sums of squared errors. */
final class SpikyRuns {
    /** Roughness observations per shallow run (besides the start and the end). */
    private static final int OBSERVATIONS = 20;

    private SpikyRuns() {
    }

    /**
     * The end of one training run: {@code Σ e²} on the training points and on the test grid, the fraction of the
     * training targets' variance left unexplained {@code Σ e² / Σ (y − ȳ)²}, the network unless training diverged;
     * for a shallow net the roughness {@code Σ μ²} at the start and the end and its largest relative change
     * {@code max_t |ρ_t − ρ_0| / ρ_0} over the observed epochs (NaN for deep nets); and the test loss at the first
     * observed epoch from half the epochs on, which tells whether the test loss was still falling.
     */
    record Trained(double trainLoss, double testLoss, double trainFvu, UnivariateNetwork network,
            double roughnessStart, double roughnessEnd, double roughnessDrift, double testLossHalf) {
    }

    /** GD at rate {@code lr} on {@code ½ Σ e²} for {@code epochs} epochs (the loss reading is in {@code lr}). */
    static Trained train(UnivariateNetwork start, Dataset data, Dataset test, double lr, int epochs,
            RandomGenerator random) {
        double start0 = start instanceof ShallowNetwork s ? SpikyStarts.roughness(s) : Double.NaN;
        double[] drift = {0};
        double[] half = {Double.NaN};
        TrainingObserver watch = (epoch, loss, network) -> {
            if (network instanceof ShallowNetwork s && start0 > 0) {
                drift[0] = Math.max(drift[0], Math.abs(SpikyStarts.roughness(s) - start0) / start0);
            }
            if (2 * epoch >= epochs && Double.isNaN(half[0])) {
                half[0] = 2 * network.loss(test.x(), test.y());
            }
        };
        var result = new Trainer(TrainerConfig.epochs(epochs).observingEvery(Math.max(1, epochs / OBSERVATIONS)),
                GradientMethod.AUTO).train(start, data, new GradientDescent(lr), random, List.of(watch));
        if (result.diverged()) {
            return new Trained(Double.NaN, Double.NaN, Double.NaN, null, start0, Double.NaN, Double.NaN, Double.NaN);
        }
        UnivariateNetwork end = result.network();
        double trainLoss = 2 * result.finalLoss();
        double end0 = end instanceof ShallowNetwork s ? SpikyStarts.roughness(s) : Double.NaN;
        return new Trained(trainLoss, 2 * end.loss(test.x(), test.y()), trainLoss / spread(data.y()), end, start0,
                end0, start0 > 0 ? drift[0] : Double.NaN, half[0]);
    }

    /** Pre-training of the deep spiky start on the CPWL's samples; a diverged run keeps its last finite net. */
    static UnivariateNetwork pretrain(UnivariateNetwork start, Dataset cpwl, double lr, int epochs,
            RandomGenerator random) {
        // a diverged result's network is its last finite one
        return new Trainer(TrainerConfig.epochs(epochs), GradientMethod.AUTO)
                .train(start, cpwl, new GradientDescent(lr), random, List.of()).network();
    }

    /** @return {@code Σ_g (f(x_g) − g(x_g))²} over the grid {@code x}, NaN when either net is missing (diverged) */
    static double gap(UnivariateNetwork f, UnivariateNetwork g, double[] x) {
        if (f == null || g == null) {
            return Double.NaN;
        }
        double sum = 0;
        for (double v : x) {
            double e = f.value(v) - g.value(v);
            sum += e * e;
        }
        return sum;
    }

    /** @return {@code Σ (y − ȳ)²} */
    static double spread(double[] y) {
        double mean = 0;
        for (double v : y) {
            mean += v / y.length;
        }
        double sum = 0;
        for (double v : y) {
            sum += (v - mean) * (v - mean);
        }
        return sum;
    }
}
