package org.splinelens.dynamics.gradient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.data.Samplers;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.network.ShallowBatchNorm;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;

/** {@link Objectives#of}: which path a request takes, what each objective starts from, and what it refuses. */
class ObjectivesTest {
    private static final Dataset DATA = Dataset.sample(Samplers.grid(-2, 2, 0.1), Math::sin);
    private static final ShallowNetwork SHALLOW = ShallowNetwork.fromParameters(4, gaussians(1, 13));
    private static final DeepNetwork DEEP = DeepNetwork.of(new DeepArchitecture(3, 3),
            gaussians(2, new DeepArchitecture(3, 3).parameterCount()));

    private static double[] gaussians(long seed, int count) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] theta = new double[count];
        for (int k = 0; k < count; k++) {
            theta[k] = r.nextGaussian() * 0.5;
        }
        return theta;
    }

    private static TrainingObjective of(UnivariateNetwork network, GradientMethod method, Normalization normalization,
            int batchSize) {
        return Objectives.of(new ObjectiveRequest(network, DATA, method, normalization, batchSize));
    }

    @Test
    void fullBatchesTakeTheResolvedMethodAndPlainMinibatchesTheDensePath() {
        assertThat(of(SHALLOW, GradientMethod.AUTO, Normalization.NONE, 0).path()).isEqualTo(GradientMethod.SWEEP);
        assertThat(of(DEEP, GradientMethod.AUTO, Normalization.NONE, 0).path()).isEqualTo(GradientMethod.REGION);
        assertThat(of(SHALLOW, GradientMethod.DENSE, Normalization.NONE, 0).path()).isEqualTo(GradientMethod.DENSE);
        // a batch of all 41 points is a full batch
        assertThat(of(SHALLOW, GradientMethod.AUTO, Normalization.NONE, 41).path()).isEqualTo(GradientMethod.SWEEP);
        assertThat(of(SHALLOW, GradientMethod.AUTO, Normalization.NONE, 40).path()).isEqualTo(GradientMethod.DENSE);
        assertThat(of(DEEP, GradientMethod.AUTO, Normalization.NONE, 8).path()).isEqualTo(GradientMethod.DENSE);
        // batch normalisation sorts each batch itself: the sweep on full batches and minibatches alike
        assertThat(of(SHALLOW, GradientMethod.AUTO, Normalization.BATCH, 0).path()).isEqualTo(GradientMethod.SWEEP);
        assertThat(of(SHALLOW, GradientMethod.AUTO, Normalization.BATCH, 8).path()).isEqualTo(GradientMethod.SWEEP);
        assertThat(of(SHALLOW, GradientMethod.SWEEP, Normalization.BATCH, 8).path()).isEqualTo(GradientMethod.SWEEP);
        assertThat(of(SHALLOW, GradientMethod.DENSE, Normalization.BATCH, 8).path()).isEqualTo(GradientMethod.DENSE);
        assertThat(of(SHALLOW, GradientMethod.AUTO, Normalization.BATCH, 8).batch(new double[8], new double[8]))
                .isInstanceOf(SweepBatchNormObjective.class);
        assertThat(of(SHALLOW, GradientMethod.DENSE, Normalization.BATCH, 8).full())
                .isInstanceOf(BatchNormShallowObjective.class);
    }

    @Test
    void plainObjectivesStartFromTheNetworkAndEvaluateIt() {
        double[] x = DATA.x();
        double[] y = DATA.y();
        for (UnivariateNetwork network : new UnivariateNetwork[] {SHALLOW, DEEP}) {
            for (int batchSize : new int[] {0, 8}) {
                TrainingObjective objective = of(network, GradientMethod.AUTO, Normalization.NONE, batchSize);
                double[] theta = objective.startParameters();
                assertThat(theta).hasSize(network.parameterCount());
                double loss = network.loss(x, y);
                assertThat(objective.full().loss(theta)).isCloseTo(loss, offset(1e-12 * (1 + loss)));
                assertThat(objective.full().network(theta).value(0.3)).isEqualTo(network.value(0.3));
                assertThat(objective.acceptsBatch(1)).isTrue();

                // a batch objective reads the caller's arrays at every call
                double[] bx = Arrays.copyOf(x, 5);
                double[] by = Arrays.copyOf(y, 5);
                Objective batch = objective.batch(bx, by);
                assertThat(batch.loss(theta)).isCloseTo(network.loss(bx, by), offset(1e-12));
                System.arraycopy(x, 20, bx, 0, 5);
                System.arraycopy(y, 20, by, 0, 5);
                assertThat(batch.loss(theta)).isCloseTo(network.loss(bx, by), offset(1e-12));
            }
        }
    }

    @Test
    void batchNormStartsAtUnitScaleAndZeroShiftAndNeedsTwoPointsPerBatch() {
        TrainingObjective objective = of(SHALLOW, GradientMethod.AUTO, Normalization.BATCH, 8);
        double[] theta = objective.startParameters();
        int h = SHALLOW.width();
        assertThat(theta).hasSize(ShallowBatchNorm.parameterCount(h));
        assertThat(Arrays.copyOf(theta, 3 * h + 1)).containsExactly(SHALLOW.parameters());
        for (int i = 0; i < h; i++) {
            assertThat(theta[ShallowBatchNorm.gammaOffset(h) + i]).isEqualTo(1.0);
            assertThat(theta[ShallowBatchNorm.shiftOffset(h) + i]).isZero();
        }
        // with the training set's own statistics, the folded inference net has the training-mode loss
        double loss = objective.full().loss(theta);
        assertThat(objective.full().network(theta).loss(DATA.x(), DATA.y())).isCloseTo(loss,
                offset(1e-10 * (1 + loss)));
        assertThat(objective.batch(new double[8], new double[8]).parameterCount()).isEqualTo(theta.length);
        assertThat(objective.acceptsBatch(1)).isFalse();
        assertThat(objective.acceptsBatch(2)).isTrue();
    }

    @Test
    void refusesWhatNoObjectiveImplementsInOneLine() {
        assertRefused(() -> of(DEEP, GradientMethod.SWEEP, Normalization.NONE, 0), "sweep works on shallow");
        assertRefused(() -> of(SHALLOW, GradientMethod.REGION, Normalization.NONE, 0), "region works on deep");
        assertRefused(() -> of(DEEP, GradientMethod.AUTO, Normalization.BATCH, 0), "shallow networks only");
        assertRefused(() -> of(SHALLOW, GradientMethod.AUTO, Normalization.BATCH, 1), "at least 2 points");
        assertRefused(() -> of(SHALLOW, GradientMethod.REGION, Normalization.BATCH, 8), "gradient method region");
        assertThatThrownBy(() -> new ObjectiveRequest(SHALLOW, DATA, GradientMethod.AUTO, Normalization.NONE, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("batchSize");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable request, String says) {
        assertThatThrownBy(request).isInstanceOf(InvalidInputException.class).hasMessageContaining(says)
                .extracting(Throwable::getMessage).asString().doesNotContain("\n");
    }
}
