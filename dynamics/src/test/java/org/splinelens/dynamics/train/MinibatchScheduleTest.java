package org.splinelens.dynamics.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.dynamics.gradient.GradientMethod;
import org.splinelens.dynamics.gradient.Normalization;
import org.splinelens.dynamics.optim.GradientDescent;
import org.splinelens.dynamics.optim.OptimizerPlugin;
import org.splinelens.dynamics.optim.Optimizers;

/**
 * The minibatch schedule in {@link TrainerConfig#batchSize()}: the same trajectories, bit for bit, as when the
 * optimizer carried the batch size. The expected parameters were computed by that earlier code path (the optimizer's
 * {@code batchSize()} choosing the objective's batches) on these seeded runs and are stored as hex doubles; the hand
 * loop in {@link TrainerTest} checks the same schedule against an independent minibatch loop.
 */
class MinibatchScheduleTest {
    private static final double[] PLAIN_SGD = {
            -0x1.c137e54f56615p-1, -0x1.e6ad196c2ca78p-2, 0x1.d4336caabe082p-1, 0x1.2e6299272e68p-7,
            -0x1.54ebad391e89cp-1, 0x1.4d9a2e9cfe4b1p-2, -0x1.9912bb7eb43dap-1, 0x1.6c3a4b043519ap-2,
            -0x1.46b6a43e2729cp-2, 0x1.571a4e6811d89p-1, -0x1.ed7712b704002p-1, -0x1.f7588140aa17cp-2,
            0x1.f3b04cce6d3e5p-1, 0x1.e26f20f0de60cp-1, 0x1.644ac428856bp-1, -0x1.0f0b52fe16b9dp-1};
    private static final double[] BATCH_NORM_SGD = {
            -0x1.72b986332f1e8p0, -0x1.6597e0a5bcfaep0, 0x1.ef0a487476dc8p-1, -0x1.3b6c5385a7592p0,
            -0x1.6d97168b3b79dp0, 0x1.1c567f2a845adp-2, 0x1.a013cbd81604ep-3, 0x1.726f47477cbep-2,
            -0x1.fc7c6a517b4ecp-2, -0x1.24c0607bd18bap-1, -0x1.33c87bd07f9cdp-1, -0x1.d4ffc0c273cdap-2,
            0x1.bd46ccc114adbp-2, 0x1.547d550fe6e3bp-1, 0x1.88f7201c2e3c8p-1, 0x1.252adfc925565p-3};
    private static final double[] ADAM_BATCHES = {
            -0x1.88492193c0ee5p-1, -0x1.e6ad196c2ca78p-2, 0x1.9e2ad1de9d57ep-1, 0x1.2e6299272e68p-7,
            -0x1.8689a2c09e4dbp-2, 0x1.46d79c9d5f562p-2, -0x1.9912bb7eb43dap-1, 0x1.591e8e93ae144p-2,
            -0x1.46b6a43e2729cp-2, 0x1.9e8a37107d2e7p-1, -0x1.08581102ef168p0, -0x1.f7588140aa17cp-2,
            0x1.fbb30d1a2999bp-1, 0x1.e26f20f0de60cp-1, 0x1.767b39df9f225p-1, -0x1.33fc837e2da5fp-1};

    private static Dataset data() {
        double[] x = new double[23];
        double[] y = new double[23];
        for (int n = 0; n < x.length; n++) {
            x[n] = -1 + 2.0 * n / 22;
            y[n] = Math.sin(3 * x[n]);
        }
        return new Dataset(x, y);
    }

    private static ShallowNetwork start() {
        SplittableRandom r = new SplittableRandom(11);
        double[] p = new double[3 * 5 + 1];
        for (int k = 0; k < p.length; k++) {
            p[k] = r.nextDouble(-1, 1);
        }
        return ShallowNetwork.fromParameters(5, p);
    }

    private static double[] trained(Trainer trainer, org.splinelens.dynamics.optim.Optimizer optimizer, long seed) {
        return ((ShallowNetwork) trainer.train(start(), data(), optimizer, new SplittableRandom(seed), List.of())
                .network()).parameters();
    }

    @Test
    void seededMinibatchRunsMatchTheTrajectoriesOfTheOptimizerCarriedBatchSize() {
        TrainerConfig forty = TrainerConfig.epochs(40);
        assertThat(trained(new Trainer(forty.inBatchesOf(7), GradientMethod.AUTO), new GradientDescent(0.05), 9))
                .containsExactly(PLAIN_SGD);
        assertThat(trained(new Trainer(forty.inBatchesOf(8), GradientMethod.AUTO, Normalization.BATCH),
                new GradientDescent(0.05), 3)).containsExactly(BATCH_NORM_SGD);
        OptimizerPlugin adam = Optimizers.all().stream().filter(o -> o.name().equals("adam")).findFirst()
                .orElseThrow();
        Map<String, Object> settings = Map.of("lr", 0.01, "batchSize", 6);
        assertThat(adam.batchSize(settings)).isEqualTo(6);
        assertThat(trained(new Trainer(forty.inBatchesOf(adam.batchSize(settings)), GradientMethod.AUTO),
                adam.create(settings, 16), 5)).containsExactly(ADAM_BATCHES);
        // and the schedule matters: full batch from the same start is another trajectory
        assertThat(trained(new Trainer(forty, GradientMethod.AUTO), new GradientDescent(0.05), 9))
                .isNotEqualTo(PLAIN_SGD);
    }

    @Test
    void gdAndSgdAreOneRuleWhoseSettingsDifferInTheBatchSize() {
        OptimizerPlugin gd = plugin("gd");
        OptimizerPlugin sgd = plugin("sgd");
        assertThat(gd.batchSize(Map.of())).isZero();
        assertThat(sgd.batchSize(Map.of())).isEqualTo(16);
        assertThat(sgd.batchSize(Map.of("batchSize", 7))).isEqualTo(7);
        assertThat(gd.create(Map.of("lr", 0.05), 16)).isEqualTo(sgd.create(Map.of("lr", 0.05, "batchSize", 7), 16))
                .isEqualTo(new GradientDescent(0.05));
        assertThatThrownBy(() -> sgd.batchSize(Map.of("batchSize", -1))).hasMessageContaining("batchSize");
    }

    private static OptimizerPlugin plugin(String name) {
        return Optimizers.all().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }
}
