package org.splinelens.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.limits.Limits;
import org.splinelens.core.limits.WorkEstimate;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.init.stats.InitStatistics;
import org.splinelens.init.stats.LayerStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "init-stats", mixinStandardHelpOptions = true,
        description = "Empirical breakpoint, delta-slope and roughness statistics of an initializer, per layer, "
                + "beside the theory (Thm 1, Cor 1, Thm 2) where it exists. Data-dependent initializers read --data;"
                + " --set KEY=VALUE (or init.KEY=VALUE) sets a key of the initializer's config.")
final class InitStatsCommand implements Callable<Integer> {
    private final Plugins plugins;

    @Spec
    CommandSpec spec;

    @Option(names = "--init", required = true, description = "initializer name (see `splinelens list`)")
    String init;

    @Mixin
    NetworkShape shape;

    @Option(names = "--samples", defaultValue = "100", description = "number of networks (default ${DEFAULT-VALUE})")
    int samples;

    @Mixin
    WorkLimit work;

    @Mixin
    SeedOption seed;

    @Mixin
    SetOption set;

    @Mixin
    OptionalDataFile data;

    @Mixin
    JsonOption json;

    InitStatsCommand(Plugins plugins) {
        this.plugins = Objects.requireNonNull(plugins, "plugins");
    }

    @Override
    public Integer call() {
        DeepArchitecture arch = shape.architecture();
        if (samples < 1) {
            throw new InvalidInputException("--samples must be >= 1, got " + samples);
        }
        // every breakpoint is kept for exact quantiles: samples × units values, refused before any is drawn
        String what = "init-stats --samples " + samples + " " + shape.option() + " "
                + Arrays.stream(arch.hiddenWidths()).mapToObj(Integer::toString).collect(Collectors.joining(","));
        for (int width : arch.hiddenWidths()) {
            Limits.arrayLength(what, "breakpoints", (double) samples * width);
        }
        WorkEstimate estimate = InitStatistics.estimate(arch.hiddenWidths(), samples, what);
        work.check(estimate);
        Map<String, Object> settings = SettingsRouter.route(set.values(),
                List.of(SettingsTarget.initializer(plugins, init))).get("init");
        RunProgress progress = RunProgress.forWork(spec, "init-stats", "samples", estimate);
        List<LayerStatistics> stats = InitStatistics.sample(plugins.initializer(init, settings), arch,
                data.datasetOrNull(), samples, seed.value(), progress);
        progress.finish();
        int firstWidth = arch.hiddenWidth(1);
        InitStatsReport report = new InitStatsReport(init, samples, seed.value(), stats,
                plugins.initializerTheory(init, settings, firstWidth), arch.hiddenLayers() == 1 ? firstWidth : 0);
        var out = spec.commandLine().getOut();
        if (json.enabled()) {
            out.println(JsonOutput.text(report.json()));
        } else {
            report.printTable(out);
        }
        return 0;
    }
}
