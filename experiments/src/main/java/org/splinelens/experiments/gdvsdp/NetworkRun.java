package org.splinelens.experiments.gdvsdp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.core.spline.Bdso;
import org.splinelens.core.spline.Pwl;
import org.splinelens.dynamics.gradient.GradientMethod;
import org.splinelens.dynamics.gradient.Normalization;
import org.splinelens.dynamics.optim.GradientDescent;
import org.splinelens.dynamics.optim.Optimizer;
import org.splinelens.dynamics.optim.OptimizerPlugin;
import org.splinelens.dynamics.train.Trainer;
import org.splinelens.dynamics.train.TrainerConfig;
import org.splinelens.dynamics.train.TrainingResult;

/**
 * One network of the comparison: a setting trained from a start for a number of epochs, measured by its final training
 * MSE {@code (1/N) Σ e²} and the linear pieces its function has inside the data range. Full-batch settings draw
 * nothing from {@code random}; batch-norm SGD draws its minibatch order from it.
 */
final class NetworkRun {
    private NetworkRun() {
    }

    /** @return {@code mse} and {@code piecesUsed} of {@code setting} trained from {@code start}; NaN if it diverges */
    static Map<String, Double> metrics(Setting setting, int epochs, ShallowNetwork start, Dataset data,
            RandomGenerator random, PluginRegistry plugins) {
        TrainingResult result = train(setting, epochs, start, data, random, plugins);
        if (result.diverged()) {
            return metrics(Double.NaN, Double.NaN);
        }
        return metrics(2 * result.finalLoss() / data.size(),
                Pwl.of(Bdso.of((ShallowNetwork) result.network())).piecesIn(data.minX(), data.maxX()));
    }

    /** @return the metrics of a fit: its training MSE and the pieces it uses */
    static Map<String, Double> metrics(double mse, double piecesUsed) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("mse", mse);
        metrics.put("piecesUsed", piecesUsed);
        return metrics;
    }

    private static TrainingResult train(Setting setting, int epochs, ShallowNetwork start, Dataset data,
            RandomGenerator random, PluginRegistry plugins) {
        int width = start.width();
        TrainerConfig stopping = TrainerConfig.epochs(epochs);
        return switch (setting.method()) {
            case Setting.GD -> new Trainer(stopping, GradientMethod.AUTO).train(start, data,
                    new GradientDescent(setting.lr() / width), random, List.of());
            case Setting.ADAM -> {
                Optimizer adam = plugins.plugin(OptimizerPlugin.class, "adam")
                        .create(Map.of("lr", setting.lr()), start.parameterCount());
                yield new Trainer(stopping, GradientMethod.AUTO).train(start, data, adam, random, List.of());
            }
            default -> new Trainer(stopping.inBatchesOf(setting.batchSize()), GradientMethod.AUTO,
                    Normalization.BATCH).train(start, data, new GradientDescent(setting.lr() / width), random,
                    List.of());
        };
    }
}
