package org.splinelens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.provenance.Invocation;
import org.splinelens.experiments.runner.ConfiguredExperiment;
import org.splinelens.experiments.runner.ExperimentPlugin;
import org.splinelens.experiments.runner.Runner;
import org.splinelens.experiments.runner.Scale;
import org.splinelens.experiments.runner.Verdict;
import org.splinelens.experiments.sweep.CellFailed;
import org.splinelens.experiments.sweep.LocalCellEngine;
import org.splinelens.experiments.sweep.RunBatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run an experiment by name or from a YAML file (experiment: NAME, optional scale and seed, "
                + "config: {key: value}); trials in parallel, resumable into the same --out (default"
                + " runs/NAME-SCALE). --scale, --seed and --set override the file; --set takes experiment config keys.")
final class RunCommand implements Callable<Integer> {
    private final Plugins plugins;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME|CONFIG.yaml", description = "experiment name or YAML config file")
    String target;

    @Option(names = "--scale", description = "quick (default; the smoke test, indicative verdicts) or paper (plain"
            + " verdicts when no --set or --trials changes the preset)")
    String scale;

    @Mixin
    SetOption set;

    @Option(names = "--trials", description = "number of trials (overrides the preset)")
    Integer trials;

    @Mixin
    SeedOption seed;

    @Mixin
    ThreadsOption threads;

    @Mixin
    TrialWorkLimit trialWork;

    @Mixin
    OutDir out;

    RunCommand(Plugins plugins) {
        this.plugins = Objects.requireNonNull(plugins, "plugins");
    }

    private boolean binds(ExperimentPlugin experiment, Scale scale, Map<String, Object> config) {
        try {
            plugins.configure(experiment, scale, config);
            return true;
        } catch (InvalidInputException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public Integer call() throws IOException {
        RunFile file = RunFile.of(target);
        Invocation invocation = CommandInvocation.of(spec, RunFile.isFile(target) ? Path.of(target) : null);
        String name = file.experiment();
        if (!file.grid().isEmpty()) {
            throw new InvalidInputException(target + ": a sweep file (it has a 'sweep' block); run it with"
                    + " splinelens sweep");
        }
        ExperimentPlugin experiment = plugins.experiment(name);
        Scale chosen;
        try {
            chosen = Scale.named(scale != null ? scale : file.scale() != null ? file.scale() : "quick");
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException((scale != null ? "--scale: " : target + ": ") + e.getMessage());
        }
        Map<String, Object> config = file.config();
        config.putAll(set.values());
        if (trials != null) {
            config.put("trials", trials);
        }
        ConfiguredExperiment<?> bound;
        try {
            bound = plugins.configure(experiment, chosen, config);
            trialWork.check(bound, plugins.registry());
        } catch (InvalidInputException | IllegalArgumentException e) {
            String message = e.getMessage();
            // every config problem is reported against where the config came from, before any work: the file,
            // unless its own config binds and the options laid over it (--set, --trials) broke it
            boolean fileAtFault = !target.equals(name) && (config.equals(file.config())
                    || !binds(experiment, chosen, file.config()));
            throw new InvalidInputException((fileAtFault ? target + ": " : "") + (message.startsWith("experiment ")
                    ? message : "experiment " + name + ": " + message));
        }
        int workers = threads.workers();
        Path dir = out.orElse(Path.of("runs", name + "-" + chosen));
        RunProgress progress = new RunProgress(spec.commandLine().getErr(), name, System.console() != null);
        Runner.Outcome outcome;
        try {
            outcome = new RunBatch(plugins.registry(), new LocalCellEngine(workers), workers, progress, invocation)
                    .run(List.of(new RunBatch.Entry(bound, dir)), seed.orElse(file.seed() != null ? file.seed() : 0L))
                    .get(0);
        } catch (CellFailed e) {
            progress.finish();
            spec.commandLine().getErr().println("splinelens: " + e.getMessage());
            return SweepCommand.CELL_FAILED;
        }
        progress.finish();
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(Locale.ROOT, "%s (%s): %d trials run, %d resumed, %.2f s -> %s%n", name,
                outcome.scale().label(), outcome.trialsRun(), outcome.trialsResumed(), outcome.seconds(),
                dir.resolve("report.html"));
        for (Verdict verdict : outcome.verdicts()) {
            stdout.println("  " + outcome.line(verdict));
        }
        if (outcome.scale().indicative() && !outcome.verdicts().isEmpty()) {
            stdout.println("  (" + outcome.scale().standing() + ": only the paper preset, --scale paper without"
                    + " --set or --trials, gives plain verdicts)");
        }
        return 0;
    }
}
