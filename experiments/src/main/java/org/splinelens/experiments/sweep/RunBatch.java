package org.splinelens.experiments.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntBinaryOperator;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.core.provenance.Invocation;
import org.splinelens.experiments.report.HtmlReport;
import org.splinelens.experiments.runner.ConfiguredExperiment;
import org.splinelens.experiments.runner.DirectoryLock;
import org.splinelens.experiments.runner.Runner;
import org.splinelens.experiments.runner.TrialFiles;

/**
 * Runs of several experiments ({@code reproduce}; {@code run} is a batch of one) scheduled as one pool of cells, so the
 * cores stay busy while any experiment has a trial left rather than each experiment waiting for its slowest trial. A
 * trial keeps the seed {@link Runner#trialSeed} gives it in a lone run, so every run directory holds the same numbers
 * as before; each is then completed by the {@link Runner} and its report written.
 */
public final class RunBatch {
    private final PluginRegistry plugins;
    private final CellEngine engine;
    private final IntBinaryOperator progress;
    private final Invocation invocation;
    private final int threads;

    /**
     * @param threads    threads completing the runs' directories once their trials are done
     * @param progress   told (trials done, trials in all) over the whole batch
     * @param invocation the command line, recorded in each run's provenance
     */
    public RunBatch(PluginRegistry plugins, CellEngine engine, int threads, IntBinaryOperator progress,
            Invocation invocation) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
        this.plugins = Objects.requireNonNull(plugins, "plugins");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.invocation = Objects.requireNonNull(invocation, "invocation");
    }

    /**
     * One run of the batch.
     *
     * @param experiment the experiment and its config
     * @param dir        its run directory
     */
    public record Entry(ConfiguredExperiment<?> experiment, Path dir) {
        public Entry {
            Objects.requireNonNull(experiment, "experiment");
            Objects.requireNonNull(dir, "dir");
        }
    }

    /** @return each run's outcome, in the entries' order; trials already in their directories are kept */
    public List<Runner.Outcome> run(List<Entry> entries, long seed) throws IOException {
        Runner runner = new Runner(plugins, threads, (finished, total) -> 0, invocation);
        long requested = 0;
        for (Entry entry : entries) {
            requested += entry.experiment().trials();
        }
        if (requested > CellEngine.MAX_CELLS) {
            throw new InvalidInputException(requested + " trials exceed the " + CellEngine.MAX_CELLS + " a run may hold;"
                    + " lower --trials");
        }
        for (Entry entry : entries) {
            runner.validate(entry.experiment()); // every config checked before any directory is made
        }
        List<DirectoryLock> locks = new ArrayList<>();
        try {
            for (Entry entry : entries) {
                locks.add(DirectoryLock.create(entry.dir()));
            }
            return run(entries, seed, runner);
        } finally {
            for (DirectoryLock lock : locks) {
                lock.close();
            }
        }
    }

    private List<Runner.Outcome> run(List<Entry> entries, long seed, Runner runner) throws IOException {
        Instant started = Instant.now();
        List<CellTask> pending = new ArrayList<>();
        int[] computed = new int[entries.size()];
        int trials = 0;
        // task files are relative to the file-system root, so run directories may lie anywhere
        Path root = Path.of("").toAbsolutePath().getRoot();
        for (Entry entry : entries) {
            runner.prepare(entry.experiment(), seed, entry.dir()); // every directory checked before any work
        }
        for (int e = 0; e < entries.size(); e++) {
            Entry entry = entries.get(e);
            String canonical = SweepPlan.canonical(entry.experiment().name(), entry.experiment().settings());
            String stamp = TrialFiles.stamp(entry.dir());
            for (int t = 0; t < entry.experiment().trials(); t++) {
                trials++;
                Path file = TrialFiles.path(entry.dir(), t).toAbsolutePath();
                if (!Files.exists(file)) {
                    computed[e]++;
                    pending.add(new CellTask(e, "experiment " + entry.experiment().name(), canonical, t,
                            Runner.trialSeed(seed, t), stamp, root.relativize(file).toString().replace('\\', '/')));
                } else {
                    TrialFiles.read(file, t, stamp); // a damaged file is named now, before any work
                }
            }
        }
        int all = trials;
        AtomicInteger done = new AtomicInteger(trials - pending.size());
        progress.applyAsInt(done.get(), all);
        engine.run(pending, root.toAbsolutePath().toUri(), plugins,
                finished -> progress.applyAsInt(done.addAndGet(finished), all));
        // completing a run (tables, figures, artifacts such as movies) is independent per directory: overlap them
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, entries.size())));
        try {
            List<Future<Runner.Outcome>> futures = new ArrayList<>();
            for (int e = 0; e < entries.size(); e++) {
                Entry entry = entries.get(e);
                int ran = computed[e];
                futures.add(pool.submit(() -> {
                    Runner.Outcome outcome = runner.complete(entry.experiment(), seed, entry.dir(), ran,
                            Runner.TRIAL_SEEDS, started);
                    HtmlReport.write(entry.experiment(), outcome, entry.dir());
                    return outcome;
                }));
            }
            List<Runner.Outcome> outcomes = new ArrayList<>();
            for (Future<Runner.Outcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the reports", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
