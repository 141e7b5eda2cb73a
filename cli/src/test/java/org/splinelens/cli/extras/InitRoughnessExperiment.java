package org.splinelens.cli.extras;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.core.roughness.Roughness;
import org.splinelens.core.spline.Bdso;
import org.splinelens.experiments.runner.CellBuilder;
import org.splinelens.experiments.runner.Experiment;
import org.splinelens.experiments.runner.Figure;
import org.splinelens.experiments.runner.Row;
import org.splinelens.experiments.runner.Series;
import org.splinelens.experiments.runner.Summary;
import org.splinelens.experiments.runner.Verdict;
import org.splinelens.init.InitializerPlugin;

/**
 * {@code extra-init-roughness}: the mean roughness Σ μ_i² of shallow nets drawn by an initializer against its
 * declared Thm 2 mean; the claim holds when they agree within 4 standard errors.
 */
final class InitRoughnessExperiment extends Experiment<InitRoughnessConfig> {

    InitRoughnessExperiment() {
        super("extra-init-roughness", "roughness at init vs the declared Thm 2 mean (test module)",
                InitRoughnessConfig.class, new InitRoughnessConfig("extra-lecun-normal", 20, 200, 2),
                new InitRoughnessConfig("extra-lecun-normal", 100, 2000, 5));
    }

    @Override
    public int trials(InitRoughnessConfig config) {
        return config.trials();
    }

    @Override
    public void validate(InitRoughnessConfig config, PluginRegistry plugins) {
        if (plugins.plugin(InitializerPlugin.class, config.init()).theory(Map.of(), config.width()).isEmpty()) {
            throw new IllegalArgumentException("init: '" + config.init() + "' declares no theory");
        }
    }

    @Override
    public List<Row> trial(InitRoughnessConfig config, int trial, RandomGenerator random, PluginRegistry plugins) {
        InitializerPlugin plugin = plugins.plugin(InitializerPlugin.class, config.init());
        var init = plugin.create(Map.of());
        double sum = 0;
        double sumSquares = 0;
        for (int k = 0; k < config.networks(); k++) {
            double rho = Roughness.ofDeltaSlopes(Bdso.of(init.shallow(config.width(), null, random)));
            sum += rho;
            sumSquares += rho * rho;
        }
        double mean = sum / config.networks();
        double variance = (sumSquares - config.networks() * mean * mean) / (config.networks() - 1);
        double theory = plugin.theory(Map.of(), config.width()).map(t -> t.roughnessMean(config.width()))
                .orElseThrow();
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("roughness", mean);
        metrics.put("standardError", Math.sqrt(variance / config.networks()));
        metrics.put("theory", theory);
        return List.of(new Row(CellBuilder.of("init", config.init()).build(), metrics));
    }

    @Override
    public List<Verdict> verdicts(InitRoughnessConfig config, Summary summary) {
        Map<String, String> cell = CellBuilder.of("init", config.init()).build();
        double mean = summary.stat(cell, "roughness").mean();
        double error = summary.stat(cell, "standardError").mean() / Math.sqrt(config.trials());
        double theory = summary.stat(cell, "theory").mean();
        return List.of(Verdict.compared("mean roughness at init matches Thm 2", Math.abs(mean - theory) <= 4 * error,
                String.format(Locale.ROOT, "sample %.4g, theory %.4g, 4 SE %.3g", mean, theory, 4 * error),
                List.of(Verdict.side(config.init(), summary.stat(cell, "roughness"))), theory, error));
    }

    /** The claim's evidence: the sample mean roughness (± sd over trials) beside Thm 2's value. */
    @Override
    public List<Figure> figures(InitRoughnessConfig config, Summary summary) {
        Map<String, String> cell = CellBuilder.of("init", config.init()).build();
        Summary.Stat sample = summary.stat(cell, "roughness");
        double theory = summary.stat(cell, "theory").mean();
        return List.of(new Figure("roughness-at-init", "Mean roughness at init of " + config.init()
                + ": sample and Thm 2", "", "roughness", false, List.of(
                        new Series("sample (± sd over trials)", new double[] {0}, new double[] {sample.mean()},
                                new double[] {sample.sd()}),
                        Series.markers("Thm 2", new double[] {1}, new double[] {theory})))
                .withCategories(List.of("sample", "Thm 2")));
    }
}
