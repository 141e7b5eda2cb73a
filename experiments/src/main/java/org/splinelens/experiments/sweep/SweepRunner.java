package org.splinelens.experiments.sweep;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntBinaryOperator;
import org.splinelens.core.io.AtomicFiles;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.core.provenance.Invocation;
import org.splinelens.experiments.report.HtmlReport;
import org.splinelens.experiments.runner.Row;
import org.splinelens.experiments.runner.Runner;
import org.splinelens.experiments.runner.TrialFiles;

/**
 * Runs a sweep on this machine's cores: every missing (point, trial) cell as one task of a thread pool, each written
 * atomically as its point's {@code trials/trial-NNNNN.json} when it ends; then each point's run directory is completed
 * by the {@link Runner} (which finds every trial done) and the sweep's tables, figures and report are written. A rerun
 * into the same directory runs only the missing cells and rewrites byte-identical tables.
 */
public final class SweepRunner {
    /** Attempts per cell before the sweep fails: a deterministic failure repeats, a transient one passes. */
    static final int ATTEMPTS = 2;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final PluginRegistry plugins;
    private final int threads;
    private final IntBinaryOperator progress;
    private final Invocation invocation;

    /**
     * @param progress   told (cells done, cells in all) after each cell
     * @param invocation the command line, recorded in every point's provenance
     */
    public SweepRunner(PluginRegistry plugins, int threads, IntBinaryOperator progress, Invocation invocation) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.plugins = plugins;
        this.threads = threads;
        this.progress = progress;
        this.invocation = invocation;
    }

    /**
     * @param points    every point's run outcome, in the plan's order
     * @param cellsRun  cells computed by this run
     * @param resumed   cells found done in the directory
     */
    public record Outcome(List<Runner.Outcome> points, int cellsRun, int resumed, double seconds) {
        public Outcome {
            points = List.copyOf(points);
        }
    }

    private record Cell(SweepPoint point, int trial, Path file) {
    }

    public Outcome run(SweepPlan plan, Path dir) throws IOException {
        Instant started = Instant.now();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new InvalidInputException(dir + ": cannot create the sweep directory (" + e.getClass()
                    .getSimpleName() + ")");
        }
        try (SweepLock lock = SweepLock.acquire(dir)) {
            writeOrCheckIdentity(plan, dir);
            List<Cell> pending = new ArrayList<>();
            int cells = 0;
            for (SweepPoint point : plan.points()) {
                for (int t = 0; t < point.experiment().trials(); t++) {
                    cells++;
                    Path file = TrialFiles.path(dir.resolve(point.directory()), t);
                    if (!Files.exists(file)) {
                        pending.add(new Cell(point, t, file));
                    }
                }
            }
            runCells(plan, pending, cells);
            List<Runner.Outcome> outcomes = new ArrayList<>();
            Runner summarize = new Runner(plugins, 1, (done, all) -> 0, invocation);
            for (SweepPoint point : plan.points()) {
                Path run = dir.resolve(point.directory());
                Runner.Outcome outcome = summarize.run(point.experiment(), plan.spec().seed(), run);
                HtmlReport.write(point.experiment(), outcome, run);
                outcomes.add(outcome);
            }
            SweepTables.write(plan, outcomes, dir);
            double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
            return new Outcome(outcomes, pending.size(), cells - pending.size(), seconds);
        }
    }

    private void runCells(SweepPlan plan, List<Cell> pending, int cells) throws IOException {
        AtomicInteger done = new AtomicInteger(cells - pending.size());
        progress.applyAsInt(done.get(), cells);
        if (pending.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, pending.size()));
        AtomicBoolean failed = new AtomicBoolean();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Cell cell : pending) {
                futures.add(pool.submit(() -> {
                    if (failed.get()) {
                        return null; // the sweep has failed: start no more cells
                    }
                    List<Row> rows;
                    try {
                        rows = attempt(plan, cell);
                    } catch (RuntimeException e) {
                        failed.set(true);
                        throw e;
                    }
                    TrialFiles.write(cell.file(), cell.trial(), rows);
                    progress.applyAsInt(done.incrementAndGet(), cells);
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("sweep interrupted; finished cells are kept", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
            try {
                // a failed sweep must not leave cells writing files behind its error message
                pool.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** @return the cell's rows, computed from its own seed; {@link CellFailed} after {@link #ATTEMPTS} failures */
    private List<Row> attempt(SweepPlan plan, Cell cell) {
        long seed = CellSeeds.seed(plan.spec().seed(), cell.point().canonical(), cell.trial());
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return cell.point().experiment().trial(cell.trial(), new SplittableRandom(seed), plugins);
            } catch (RuntimeException e) {
                last = e;
            }
        }
        throw new CellFailed(cell.point(), cell.trial(), ATTEMPTS, last);
    }

    /** A sweep directory holds one sweep: its spec is written first and a different one is refused. */
    private static void writeOrCheckIdentity(SweepPlan plan, Path dir) throws IOException {
        SweepSpec spec = plan.spec();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("experiment", spec.experiment());
        doc.put("scale", spec.scale().toString());
        doc.put("seed", spec.seed());
        doc.put("trials", spec.trials());
        doc.put("set", spec.settings());
        doc.put("grid", spec.grid());
        doc.put("zip", spec.zip());
        String yaml = YAML.writeValueAsString(doc);
        Path file = dir.resolve("sweep.yaml");
        if (Files.exists(file)) {
            if (!Files.readString(file).equals(yaml)) {
                throw new InvalidInputException(file + ": the directory holds another sweep (experiment, scale, seed,"
                        + " trials, --set, --grid or --zip differ); resume only the same sweep, or choose another --out");
            }
            return;
        }
        AtomicFiles.writeString(file, yaml);
    }
}
