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
import org.splinelens.experiments.runner.Runner;
import org.splinelens.experiments.runner.Scale;
import org.splinelens.experiments.sweep.CellEngine;
import org.splinelens.experiments.sweep.CellFailed;
import org.splinelens.experiments.sweep.SweepPlan;
import org.splinelens.experiments.sweep.SweepPoint;
import org.splinelens.experiments.sweep.SweepRunner;
import org.splinelens.experiments.sweep.SweepSpec;
import org.splinelens.experiments.sweep.SweepStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Sweep an experiment's config keys: every combination of the --grid lists (or, with --zip, the"
                + " lists paired) is a point with its own run directory under OUT/points/; each trial of a point is a"
                + " cell, the unit of parallel work, seeded from (seed, the point's config, trial). Writes"
                + " OUT/sweep.csv, sweep.json, a figure per metric against each numeric swept key and report.html;"
                + " a rerun into OUT runs only the missing cells. A cell that fails twice ends the sweep (exit 4).")
final class SweepCommand implements Callable<Integer> {
    /** Exit code of a sweep ended by a cell that failed on every attempt. */
    static final int CELL_FAILED = 4;

    private final Plugins plugins;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME|CONFIG.yaml",
            description = "experiment name, or a YAML file with experiment, scale, seed, config and sweep: {grid, zip}")
    String target;

    @Mixin
    GridOption grid;

    @Option(names = "--zip", description = "pair the --grid lists (all of one length) instead of crossing them")
    boolean zip;

    @Mixin
    SetOption set;

    @Option(names = "--scale", description = "quick (default) or paper")
    String scale;

    @Option(names = "--trials", description = "trials per point (overrides the preset)")
    Integer trials;

    @Mixin
    SeedOption seed;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--engine", defaultValue = "local",
            description = "where cells run: local (default) or spark (needs the spark module's jar; ./splinelens"
                    + " adds it)")
    String engine;

    @Option(names = "--master", description = "the cluster (spark://host:7077, yarn, k8s://…) for --engine spark")
    String master;

    @Option(names = "--max-cells", defaultValue = "1000000",
            description = "refuse a sweep of more cells (points × trials) than this (default ${DEFAULT-VALUE})")
    long maxCells;

    @Mixin
    TrialWorkLimit trialWork;

    @Mixin
    OutDir out;

    SweepCommand(Plugins plugins) {
        this.plugins = Objects.requireNonNull(plugins, "plugins");
    }

    @Override
    public Integer call() throws IOException {
        RunFile file = RunFile.of(target);
        String dir = out.location("a sweep needs its directory (a path, or a URI such as hdfs://namenode:8020/sweeps/a"
                + " for --engine spark)");
        Map<String, List<Object>> swept = file.grid();
        swept.putAll(grid.values());
        Map<String, Object> settings = file.config();
        swept.keySet().forEach(settings::remove); // the file's fixed value gives way to the swept ones
        settings.putAll(set.values());
        Scale chosen;
        try {
            chosen = Scale.named(scale != null ? scale : file.scale() != null ? file.scale() : "quick");
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException((scale != null ? "--scale: " : target + ": ") + e.getMessage());
        }
        SweepPlan plan;
        try {
            plan = plan(file, chosen, settings, swept);
        } catch (InvalidInputException e) {
            throw grid.hinted(e);
        }
        RunProgress progress = new RunProgress(spec.commandLine().getErr(), "sweep " + file.experiment(),
                System.console() != null);
        CellEngine cells = plugins.engine(engine).create(threads.workers(), master);
        SweepRunner.Outcome outcome;
        try {
            outcome = new SweepRunner(plugins.registry(), cells, progress,
                    CommandInvocation.of(spec, RunFile.isFile(target) ? Path.of(target) : null)).run(plan, dir);
        } catch (CellFailed e) {
            progress.finish();
            spec.commandLine().getErr().println("splinelens: " + e.getMessage());
            return CELL_FAILED;
        } finally {
            if (cells instanceof AutoCloseable closeable) {
                close(closeable);
            }
        }
        progress.finish();
        PrintWriter stdout = spec.commandLine().getOut();
        int holding = outcome.points().stream().mapToInt(Runner.Outcome::holding).sum();
        int claims = outcome.points().stream().mapToInt(point -> point.verdicts().size()).sum();
        int undetermined = outcome.points().stream().mapToInt(Runner.Outcome::undetermined).sum();
        stdout.printf(Locale.ROOT, "sweep %s: %d points, %d cells run, %d resumed, %.2f s, claims holding %d/%d%s"
                + " -> %s%n", file.experiment(), plan.points().size(), outcome.cellsRun(), outcome.resumed(),
                outcome.seconds(), holding, claims, undetermined > 0 ? ", " + undetermined + " undetermined" : "",
                SweepStore.name(dir, "report.html"));
        return 0;
    }

    /** @return the sweep's points, each bound and its trial's work checked, before any directory is made */
    private SweepPlan plan(RunFile file, Scale chosen, Map<String, Object> settings, Map<String, List<Object>> swept) {
        SweepSpec sweep;
        try {
            sweep = new SweepSpec(file.experiment(), chosen, settings, swept, zip || file.zip(), trials,
                    seed.orElse(file.seed() != null ? file.seed() : 0L));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
        if (maxCells < 1) {
            throw new InvalidInputException("--max-cells must be >= 1, got " + maxCells);
        }
        SweepPlan plan = SweepPlan.of(sweep, plugins.registry(), maxCells);
        for (SweepPoint point : plan.points()) { // every point before any directory
            try {
                trialWork.check(point.experiment(), plugins.registry());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("sweep point " + point.label() + ": experiment " + file.experiment()
                        + ": " + e.getMessage());
            }
        }
        return plan;
    }

    /** Stops an engine that holds resources (a Spark context); a failure to stop does not hide the sweep's result. */
    private static void close(AutoCloseable engine) {
        try {
            engine.close();
        } catch (Exception e) {
            // the cells are written; nothing the user can act on is lost
        }
    }
}
