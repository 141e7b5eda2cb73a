package org.splinelens.experiments.dynamicsmovie;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.limits.Limits;
import org.splinelens.core.limits.WorkEstimate;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.dynamics.gradient.GradientMethod;
import org.splinelens.dynamics.optim.OptimizerPlugin;
import org.splinelens.dynamics.train.Trainer;
import org.splinelens.dynamics.train.TrainerConfig;
import org.splinelens.dynamics.train.TrainingResult;
import org.splinelens.experiments.report.Movie;
import org.splinelens.experiments.report.TrainingFrames;
import org.splinelens.experiments.runner.CellBuilder;
import org.splinelens.experiments.runner.Experiment;
import org.splinelens.experiments.runner.Figure;
import org.splinelens.experiments.runner.Row;
import org.splinelens.experiments.runner.Summary;
import org.splinelens.experiments.runner.TrialCost;
import org.splinelens.experiments.runner.Verdict;
import org.splinelens.init.InitializerPlugin;

/**
 * The supplemental videos: a wide shallow net from a flat start scaled by α learning the alpha-regimes data; each
 * frame shows the function, the data and the breakpoints (▲ rising, ▼ falling, drawn below the data). Claim (Sec
 * 2.5): the breakpoints move less as α grows.
 */
public final class DynamicsMovieExperiment extends Experiment<DynamicsMovieConfig> {
    public DynamicsMovieExperiment() {
        super("dynamics-movie", "Supplemental videos: function, data and breakpoints during training for small,"
                + " medium and large alpha", DynamicsMovieConfig.class,
                new DynamicsMovieConfig(100, List.of(0.3, 3.0, 100.0), 2000, 8, 1.5e-4, 3e-5, 2),
                new DynamicsMovieConfig(1000, List.of(0.3, 3.0, 100.0), 50_000, 60, 3e-5, 6e-6, 3));
    }

    @Override
    public int trials(DynamicsMovieConfig config) {
        return config.trials();
    }

    /**
     * A trial trains one shallow net of width H per alpha; the run's movies train them again keeping a network per
     * frame, and draw each frame (about 50 ms and a 50 KB GIF frame, held until the GIF is written).
     */
    @Override
    public WorkEstimate estimate(DynamicsMovieConfig config, PluginRegistry plugins) {
        Limits.arrayLength("width " + config.width(), "parameters (3H + 1)", 3.0 * config.width() + 1);
        TrialCost training = TrialCost.shallowTraining(config.width(), 23, config.epochs());
        TrialCost movie = training.with(new TrialCost(config.frames() * (32.0 * config.width() + 50e3),
                config.frames() * (5e6 + 100.0 * config.width())));
        return training.times(config.alphas().size()).then(movie.times(config.alphas().size()))
                .estimate("width " + config.width() + ", " + config.epochs() + " epochs, " + config.frames()
                        + " frames, " + config.alphas().size() + " alphas");
    }

    @Override
    public List<Row> trial(DynamicsMovieConfig config, int trial, RandomGenerator random, PluginRegistry plugins) {
        long draws = random.nextLong();
        List<Row> rows = new ArrayList<>();
        for (double alpha : config.alphas()) {
            List<ShallowNetwork> ends = run(config, alpha, new SplittableRandom(draws), plugins, 2);
            rows.add(new Row(cell(alpha), Map.of(
                    "displacement", ends.size() < 2 ? Double.NaN : displacement(ends.get(0), ends.get(ends.size() - 1)))));
        }
        return rows;
    }

    private static final double[] DATA_X = dataX();

    private static double[] dataX() {
        double[] x = new double[23];
        x[0] = -3;
        x[22] = 3;
        for (int n = 0; n < 21; n++) {
            x[n + 1] = -2 + 0.2 * n;
        }
        return x;
    }

    private static double[] dataY(RandomGenerator random) {
        double[] y = new double[23];
        for (int n = 0; n < 23; n++) {
            y[n] = -2 + 4 * random.nextDouble();
        }
        return y;
    }

    /** @return the mean |Δβ| over units with w ≠ 0 in both nets */
    private static double displacement(ShallowNetwork a, ShallowNetwork b) {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < a.width(); i++) {
            if (a.w(i) != 0 && b.w(i) != 0) {
                sum += Math.abs(-b.b(i) / b.w(i) + a.b(i) / a.w(i));
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    /** @return the network at {@code frames} evenly spread epochs (first and last included), empty if it diverged */
    private static List<ShallowNetwork> run(DynamicsMovieConfig config, double alpha, RandomGenerator random,
            PluginRegistry plugins, int frames) {
        Dataset data = new Dataset(DATA_X, dataY(random));
        InitializerPlugin flat = plugins.plugin(InitializerPlugin.class, "flat");
        OptimizerPlugin adam = plugins.plugin(OptimizerPlugin.class, "adam");
        ShallowNetwork start = flat.create(Map.of("alpha", alpha)).shallow(config.width(), data, random);
        double lr = alpha < 1 ? config.lrSmall() : config.lrLarge();
        List<ShallowNetwork> snapshots = new ArrayList<>();
        int every = Math.max(1, config.epochs() / (frames - 1));
        TrainingResult result = new Trainer(TrainerConfig.epochs(config.epochs()).observingEvery(every),
                GradientMethod.AUTO).train(start, data, adam.create(Map.of("lr", lr), start.parameterCount()), random,
                List.of((epoch, loss, net) -> snapshots.add((ShallowNetwork) net)));
        return result.diverged() ? List.of() : snapshots;
    }

    @Override
    public List<String> artifacts(DynamicsMovieConfig config, long seed, PluginRegistry plugins, Path out) throws IOException {
        List<String> files = new ArrayList<>();
        for (double alpha : config.alphas()) {
            List<ShallowNetwork> snapshots = run(config, alpha, new SplittableRandom(seed), plugins, config.frames());
            List<Figure> frames = new ArrayList<>();
            int every = Math.max(1, config.epochs() / (config.frames() - 1));
            for (int k = 0; k < snapshots.size(); k++) {
                frames.add(TrainingFrames.frame(snapshots.get(k), new Dataset(DATA_X, dataY(new SplittableRandom(seed))),
                        String.format(Locale.ROOT, "alpha = %s, epoch %d", alpha, Math.min(k * every, config.epochs()))));
            }
            if (!frames.isEmpty()) {
                files.addAll(Movie.write(frames, 250, out, String.format(Locale.ROOT, "movie-alpha-%s", alpha)
                        .replace('.', '_')));
            }
        }
        return files;
    }

    @Override
    public List<Verdict> verdicts(DynamicsMovieConfig config, Summary summary) {
        double small = config.alphas().get(0);
        double large = config.alphas().get(config.alphas().size() - 1);
        Summary.Stat a = summary.stat(cell(small), "displacement");
        Summary.Stat b = summary.stat(cell(large), "displacement");
        return List.of(Verdict.compared("breakpoints move less as alpha grows", b.mean() < a.mean(), String.format(
                Locale.ROOT, "mean |delta beta| over training %s at alpha = %s vs %s at alpha = %s", b, large, a,
                small), List.of(Verdict.side("alpha = " + large, b), Verdict.side("alpha = " + small, a))));
    }

    private static Map<String, String> cell(double alpha) {
        return CellBuilder.of("alpha", alpha).build();
    }
}
