package org.splinelens.dynamics.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.data.Samplers;
import org.splinelens.core.limits.PrecisionExceeded;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.network.ShallowBatchNorm;
import org.splinelens.core.network.ShallowKernels;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;
import org.splinelens.dynamics.gradient.BatchNormShallowObjective;
import org.splinelens.dynamics.gradient.GradientMethod;
import org.splinelens.dynamics.gradient.Objective;
import org.splinelens.dynamics.gradient.Normalization;
import org.splinelens.dynamics.gradient.ObjectiveRequest;
import org.splinelens.dynamics.gradient.Objectives;
import org.splinelens.dynamics.gradient.SweepBatchNormObjective;
import org.splinelens.dynamics.optim.GradientDescent;

class TrainerTest {
    private static final Dataset DATA = Dataset.sample(Samplers.grid(-2, 2, 0.1), Math::sin);

    private static ShallowNetwork shallow(long seed, int width) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] theta = new double[3 * width + 1];
        for (int k = 0; k < theta.length; k++) {
            theta[k] = r.nextGaussian() * 0.5;
        }
        return ShallowNetwork.fromParameters(width, theta);
    }

    @Test
    void fullBatchGdIsTheHandWrittenLoop() {
        ShallowNetwork start = shallow(1, 8);
        double lr = 0.01;
        TrainingResult result = new Trainer(TrainerConfig.epochs(200).observingEvery(50), GradientMethod.DENSE)
                .train(start, DATA, new GradientDescent(lr), new SplittableRandom(0), List.of());
        double[] theta = start.parameters();
        double[] gradient = new double[theta.length];
        double[] x = DATA.x();
        double[] y = DATA.y();
        for (int t = 0; t < 200; t++) {
            ShallowKernels.lossAndGradient(8, theta, x, y, gradient);
            for (int k = 0; k < theta.length; k++) {
                theta[k] -= lr * gradient[k];
            }
        }
        assertThat(((ShallowNetwork) result.network()).parameters()).containsExactly(theta);
        assertThat(result.epochs()).isEqualTo(200);
        assertThat(result.reason()).isEqualTo(StopReason.EPOCHS);
        assertThat(result.lossCurve()).hasSize(201);
        assertThat(result.finalLoss()).isEqualTo(result.network().loss(x, y));
        assertThat(result.lossCurve()[0]).isEqualTo(start.loss(x, y));
    }

    @Test
    void sweepAndDenseTrajectoriesAgree() {
        ShallowNetwork start = shallow(2, 12);
        TrainerConfig config = TrainerConfig.epochs(500).observingEvery(100);
        double[] dense = ((ShallowNetwork) new Trainer(config, GradientMethod.DENSE).train(start, DATA,
                new GradientDescent(0.01), new SplittableRandom(0), List.of()).network()).parameters();
        double[] sweep = ((ShallowNetwork) new Trainer(config, GradientMethod.SWEEP).train(start, DATA,
                new GradientDescent(0.01), new SplittableRandom(0), List.of()).network()).parameters();
        for (int k = 0; k < dense.length; k++) {
            assertThat(Math.abs(sweep[k] - dense[k])).isLessThan(1e-8 * (1 + Math.abs(dense[k])));
        }
    }

    @Test
    void regionAndDenseDeepTrajectoriesAgreeOverAThousandSteps() {
        Dataset data = Dataset.sample(Samplers.grid(-3, 3, 0.01), x -> x * x / 2);
        for (int[] widths : new int[][] {{8, 8, 8, 8}, {20, 20}, {6, 6, 6, 6, 6}}) {
            DeepArchitecture arch = new DeepArchitecture(widths);
            SplittableRandom r = new SplittableRandom(widths.length);
            double[] theta = new double[arch.parameterCount()];
            for (int k = 0; k < theta.length; k++) {
                theta[k] = r.nextGaussian() * 0.5;
            }
            DeepNetwork start = DeepNetwork.of(arch, theta);
            TrainerConfig config = TrainerConfig.epochs(1000);
            TrainingResult dense = new Trainer(config, GradientMethod.DENSE).train(start, data,
                    new GradientDescent(5e-5), new SplittableRandom(0), List.of());
            TrainingResult region = new Trainer(config, GradientMethod.AUTO).train(start, data,
                    new GradientDescent(5e-5), new SplittableRandom(0), List.of());
            double[] a = ((DeepNetwork) dense.network()).parameters();
            double[] b = ((DeepNetwork) region.network()).parameters();
            double largest = Arrays.stream(a).map(Math::abs).max().orElseThrow();
            for (int k = 0; k < a.length; k++) {
                assertThat(Math.abs(b[k] - a[k])).as("%s parameter %d", arch, k).isLessThan(1e-8 * largest);
            }
            assertThat(region.finalLoss()).isCloseTo(dense.finalLoss(),
                    org.assertj.core.data.Percentage.withPercentage(1e-6));
            assertThat(dense.finalLoss()).isLessThan(0.5 * dense.lossCurve()[0]);
        }
    }

    @Test
    void observersSeeEveryKthEpochAndTheLast() {
        List<Integer> seen = new ArrayList<>();
        List<Double> losses = new ArrayList<>();
        TrainingResult result = new Trainer(TrainerConfig.epochs(23).observingEvery(10), GradientMethod.AUTO)
                .train(shallow(3, 4), DATA, new GradientDescent(0.001), new SplittableRandom(0),
                        List.of((epoch, loss, net) -> {
                            seen.add(epoch);
                            losses.add(loss);
                            assertThat(loss).isCloseTo(net.loss(DATA.x(), DATA.y()), org.assertj.core.data.Percentage.withPercentage(1e-10));
                        }));
        assertThat(seen).containsExactly(0, 10, 20, 23);
        assertThat(losses.get(3)).isEqualTo(result.finalLoss());
    }

    @Test
    void stopsWhenTheLossSettlesOrReachesTheTarget() {
        TrainingResult settled = new Trainer(TrainerConfig.epochs(100_000).withTolerance(1e-8).observingEvery(1000),
                GradientMethod.AUTO)
                .train(shallow(4, 6), DATA, new GradientDescent(0.005), new SplittableRandom(0), List.of());
        assertThat(settled.reason()).isEqualTo(StopReason.CONVERGED);
        double[] curve = settled.lossCurve();
        assertThat(Math.abs(curve[curve.length - 1] - curve[curve.length - 2])).isLessThan(1e-8);
        assertThat(Math.abs(curve[curve.length - 2] - curve[curve.length - 3])).isGreaterThanOrEqualTo(1e-8);

        double target = 0.5 * settled.lossCurve()[0];
        TrainingResult reached = new Trainer(TrainerConfig.epochs(100_000).withTargetLoss(target).observingEvery(1000),
                GradientMethod.AUTO)
                .train(shallow(4, 6), DATA, new GradientDescent(0.005), new SplittableRandom(0), List.of());
        assertThat(reached.reason()).isEqualTo(StopReason.TARGET_LOSS);
        assertThat(reached.finalLoss()).isLessThanOrEqualTo(target);
        assertThat(reached.lossCurve()[reached.epochs() - 1]).isGreaterThan(target);
    }

    @Test
    void divergenceKeepsTheLastFiniteNetwork() {
        TrainingResult e = new Trainer(TrainerConfig.epochs(10_000).observingEvery(1000), GradientMethod.AUTO)
                .train(shallow(5, 6), DATA, new GradientDescent(50), new SplittableRandom(0), List.of());
        assertThat(e.reason()).isEqualTo(StopReason.DIVERGED);
        int epoch = e.divergence().orElseThrow().epoch();
        assertThat(epoch).isPositive().isEqualTo(e.epochs() + 1);
        double loss = e.network().loss(DATA.x(), DATA.y());
        assertThat(loss).isFinite().isCloseTo(e.finalLoss(), org.assertj.core.data.Percentage.withPercentage(1e-10));
        assertThat(e.divergence().orElseThrow().message(e.finalLoss())).contains("diverged")
                .contains("epoch " + epoch);
    }

    /**
     * GD at lr 0.1 on x ≈ 1e12 takes the loss from 2e23 to ~1e115 in one step and then creeps down, finite
     * for hundreds of epochs. The residuals passed (‖y‖ + ‖e_0‖)/u at epoch 1, where rounding of the net's values
     * outweighs the data: diverged there, keeping the start, though the loss never overflows.
     */
    @Test
    void aLossPastWhatDoublePrecisionResolvesIsDivergence() {
        Dataset data = new Dataset(new double[] {1e12, 2e12, 3e12}, new double[] {1, 3, 2});
        ShallowNetwork start = shallow(3, 4);
        double resolvable = Trainer.resolvableResidual(data, start.loss(data.x(), data.y()));
        // the threshold against a hand computation: ‖y‖ = √14, ‖e_0‖ = √(2 ℓ_0)
        assertThat(resolvable).isEqualTo((Math.sqrt(14) + Math.sqrt(2 * start.loss(data.x(), data.y()))) * 0x1p53);
        List<Double> seen = new ArrayList<>();
        TrainingResult e = new Trainer(TrainerConfig.epochs(200).observingEvery(1), GradientMethod.AUTO)
                .train(start, data, new GradientDescent(0.1), new SplittableRandom(0),
                        List.of((epoch, loss, net) -> seen.add(loss)));
        assertThat(e.reason()).isEqualTo(StopReason.DIVERGED);
        assertThat(e.divergence().orElseThrow().epoch()).isEqualTo(1);
        assertThat(e.network()).isEqualTo(start);
        assertThat(e.divergence().orElseThrow().message(e.finalLoss()))
                .contains("where the rounding of the network's values outweighs").contains("at epoch 0")
                .doesNotContain("epoch -1");
        assertThat(seen).hasSize(1);
        // the step itself: its loss is finite, far past the threshold
        double[] theta = start.parameters();
        double[] gradient = new double[theta.length];
        ShallowKernels.lossAndGradient(4, theta, data.x(), data.y(), gradient);
        for (int k = 0; k < theta.length; k++) {
            theta[k] -= 0.1 * gradient[k];
        }
        double after = ShallowNetwork.fromParameters(4, theta).loss(data.x(), data.y());
        assertThat(after).isFinite().isGreaterThan(0.5 * resolvable * resolvable);
    }

    /** A start whose loss is not finite was never trained: not a divergence, and no "epoch -1". */
    @Test
    void aNonFiniteInitialLossIsRefusedNamingTheMagnitudes() {
        Dataset huge = new Dataset(new double[] {-1e300, 0, 1e300}, new double[] {1, 2, 0});
        assertThatThrownBy(() -> new Trainer(TrainerConfig.epochs(5).observingEvery(1), GradientMethod.AUTO)
                .train(shallow(1, 4), huge, new GradientDescent(0.01), new SplittableRandom(0), List.of()))
                .isInstanceOf(PrecisionExceeded.class)
                .hasMessageStartingWith("the initial loss is not finite (Infinity): data or initialization too large")
                .hasMessageContaining("|x| up to 1.00e+300").hasMessageContaining("|θ| up to")
                .hasMessageNotContaining("epoch");
        assertThatThrownBy(() -> new Divergence(0, Divergence.NOT_FINITE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** An observer finding a trained net beyond double precision ends the run as diverged, keeping the one before. */
    @Test
    void anObserverMeetingANetBeyondDoublePrecisionMeansDivergence() {
        ShallowNetwork start = shallow(1, 6);
        List<UnivariateNetwork> seen = new ArrayList<>();
        List<Double> losses = new ArrayList<>();
        TrainingObserver analysis = (epoch, loss, net) -> {
            if (epoch == 3) {
                throw new PrecisionExceeded("breakpoint analysis: the output overflow double precision");
            }
            seen.add(net);
            losses.add(loss);
        };
        TrainingResult e = new Trainer(TrainerConfig.epochs(10).observingEvery(1), GradientMethod.AUTO)
                .train(start, DATA, new GradientDescent(0.01), new SplittableRandom(0), List.of(analysis));
        assertThat(e.reason()).isEqualTo(StopReason.DIVERGED);
        assertThat(e.divergence().orElseThrow().epoch()).isEqualTo(3);
        assertThat(e.network()).isEqualTo(seen.get(2));
        assertThat(e.finalLoss()).isEqualTo(losses.get(2));
        assertThat(e.lossCurve()).hasSize(3);
        assertThat(e.divergence().orElseThrow().cause()).contains("the network is beyond double precision");
        TrainingObserver atStart = (epoch, loss, net) -> {
            throw new PrecisionExceeded("breakpoint analysis: the output overflow double precision");
        };
        assertThatThrownBy(() -> new Trainer(TrainerConfig.epochs(10).observingEvery(1), GradientMethod.AUTO)
                .train(start, DATA, new GradientDescent(0.01), new SplittableRandom(0), List.of(atStart)))
                .isInstanceOf(PrecisionExceeded.class).hasMessageStartingWith("the starting network: ");
    }

    @Test
    void minibatchRunsAreReproducibleFromTheSeedAndTrainDeepNets() {
        DeepArchitecture arch = new DeepArchitecture(6, 6);
        SplittableRandom r = new SplittableRandom(6);
        double[] theta = new double[arch.parameterCount()];
        for (int k = 0; k < theta.length; k++) {
            theta[k] = r.nextGaussian() * 0.5;
        }
        UnivariateNetwork start = DeepNetwork.of(arch, theta);
        Trainer trainer = new Trainer(TrainerConfig.epochs(300).observingEvery(100).inBatchesOf(7),
                GradientMethod.AUTO);
        TrainingResult a = trainer.train(start, DATA, new GradientDescent(0.01), new SplittableRandom(9), List.of());
        TrainingResult b = trainer.train(start, DATA, new GradientDescent(0.01), new SplittableRandom(9), List.of());
        TrainingResult c = trainer.train(start, DATA, new GradientDescent(0.01), new SplittableRandom(10), List.of());
        assertThat(((DeepNetwork) a.network()).parameters()).containsExactly(((DeepNetwork) b.network()).parameters());
        assertThat(((DeepNetwork) a.network()).parameters()).isNotEqualTo(((DeepNetwork) c.network()).parameters());
        assertThat(a.finalLoss()).isLessThan(0.5 * a.lossCurve()[0]);
    }

    @Test
    void batchNormSgdTrainsShallowNetsReproduciblyAndRefusesDeepOnes() {
        ShallowNetwork start = shallow(12, 8);
        TrainerConfig batches = TrainerConfig.epochs(200).observingEvery(100).inBatchesOf(8);
        Trainer trainer = new Trainer(batches, GradientMethod.AUTO, Normalization.BATCH);
        TrainingResult a = trainer.train(start, DATA, new GradientDescent(0.01), new SplittableRandom(3), List.of());
        TrainingResult b = trainer.train(start, DATA, new GradientDescent(0.01), new SplittableRandom(3), List.of());
        assertThat(((ShallowNetwork) a.network()).parameters())
                .containsExactly(((ShallowNetwork) b.network()).parameters());
        // the reported loss is the folded inference net's, and training lowered it
        assertThat(a.finalLoss()).isCloseTo(a.network().loss(DATA.x(), DATA.y()),
                org.assertj.core.data.Percentage.withPercentage(1e-9));
        assertThat(a.finalLoss()).isLessThan(0.2 * a.lossCurve()[0]);

        UnivariateNetwork deep = start.asDeep();
        assertThatThrownBy(() -> trainer.train(deep, DATA, new GradientDescent(0.01), new SplittableRandom(3),
                List.of())).hasMessageContaining("shallow networks only");
        assertThatThrownBy(() -> new Trainer(batches.inBatchesOf(1), GradientMethod.AUTO, Normalization.BATCH)
                .train(start, DATA, new GradientDescent(0.01), new SplittableRandom(3), List.of()))
                .hasMessageContaining("at least 2 points");
        assertThatThrownBy(() -> new Trainer(TrainerConfig.epochs(10), GradientMethod.REGION,
                Normalization.BATCH).train(start, DATA, new GradientDescent(0.01), new SplittableRandom(3),
                List.of())).hasMessageContaining("gradient method region");
        // 41 points in batches of 8 leave one point over: it is dropped from each epoch, so a batch never has
        // zero variance; the path reported is the sweep's
        assertThat(DATA.size() % 8).isEqualTo(1);
        assertThat(Objectives.of(new ObjectiveRequest(start, DATA, GradientMethod.AUTO, Normalization.BATCH, 8))
                .path()).isEqualTo(GradientMethod.SWEEP);
    }

    @Test
    void batchNormMinibatchEpochsAreTheHandWrittenLoop() {
        // the dense reference under --gradient dense, the sweep under auto: each the same loop over its objective
        handWrittenBatchNormLoop(GradientMethod.DENSE);
        handWrittenBatchNormLoop(GradientMethod.AUTO);
    }

    private static Objective batchNormObjective(GradientMethod method, int width, double[] x, double[] y) {
        return method == GradientMethod.DENSE ? new BatchNormShallowObjective(width, x, y)
                : new SweepBatchNormObjective(width, x, y);
    }

    private static void handWrittenBatchNormLoop(GradientMethod method) {
        ShallowNetwork start = shallow(13, 5);
        int size = 8;
        double lr = 0.01;
        TrainingResult result = new Trainer(TrainerConfig.epochs(3).inBatchesOf(size), method, Normalization.BATCH)
                .train(start, DATA, new GradientDescent(lr), new SplittableRandom(4), List.of());

        // the same Fisher–Yates order from the same generator; the 41st point of each permutation is left out,
        // since a batch of one point has no variance to normalise by
        assertThat(DATA.size() % size).isEqualTo(1);
        double[] x = DATA.x();
        double[] y = DATA.y();
        double[] theta = ShallowBatchNorm.parameters(start);
        double[] gradient = new double[theta.length];
        SplittableRandom random = new SplittableRandom(4);
        int[] order = new int[x.length];
        for (int n = 0; n < order.length; n++) {
            order[n] = n;
        }
        for (int epoch = 0; epoch < 3; epoch++) {
            for (int n = order.length - 1; n > 0; n--) {
                int m = random.nextInt(n + 1);
                int t = order[n];
                order[n] = order[m];
                order[m] = t;
            }
            for (int from = 0; from + size <= order.length; from += size) {
                double[] bx = new double[size];
                double[] by = new double[size];
                for (int k = 0; k < size; k++) {
                    bx[k] = x[order[from + k]];
                    by[k] = y[order[from + k]];
                }
                batchNormObjective(method, 5, bx, by).lossAndGradient(theta, gradient);
                for (int k = 0; k < theta.length; k++) {
                    theta[k] -= lr * gradient[k];
                }
            }
        }
        Objective full = batchNormObjective(method, 5, x, y);
        ShallowNetwork folded = (ShallowNetwork) full.network(theta);
        assertThat(((ShallowNetwork) result.network()).parameters()).as("%s", method)
                .containsExactly(folded.parameters());
        assertThat(result.finalLoss()).as("%s", method).isEqualTo(full.loss(theta));
        assertThat(result.finalLoss()).isCloseTo(folded.loss(x, y), org.assertj.core.data.Percentage
                .withPercentage(1e-10));
    }

    @Test
    void anObjectiveChosenForAnotherBatchSizeIsRefused() {
        ShallowNetwork start = shallow(14, 3);
        var objective = Objectives.of(new ObjectiveRequest(start, DATA, GradientMethod.AUTO, Normalization.NONE, 0));
        assertThatThrownBy(() -> new Trainer(TrainerConfig.epochs(1).inBatchesOf(8)).train(objective,
                new GradientDescent(0.01), new SplittableRandom(0), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("batch size 0");
    }
}
