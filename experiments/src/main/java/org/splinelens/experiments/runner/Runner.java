package org.splinelens.experiments.runner;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntBinaryOperator;
import org.splinelens.core.io.AtomicFiles;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.plugin.ConfigBinding;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.core.provenance.Invocation;
import org.splinelens.core.provenance.Provenance;
import org.splinelens.core.provenance.ProvenanceJson;

/**
 * Runs an experiment's trials into a directory:
 * <ul>
 * <li>{@code config.yaml} — experiment, seed and every config key; a rerun into the same directory must match it;</li>
 * <li>{@code trials/trial-NNNNN.json} — each trial's rows, written atomically as the trial finishes; trials already
 * there are read back instead of rerun, so an interrupted run resumes where it stopped;</li>
 * <li>{@code trials.csv}, {@code summary.csv}, {@code summary.json} (with the verdicts and the {@link RunScale} they
 * were computed at) and {@code provenance.json}
 * ({@link ProvenanceJson}: the invocation, config, seed, build, platform and plugin modules, plus the details
 * {@code experiment}, {@code threads}, {@code trialsRun} and {@code trialsResumed}).</li>
 * </ul>
 * Trial t draws from a generator seeded by a 64-bit mix of (seed, t); the outputs are functions of the trial results
 * in trial order, hence byte-identical whatever the number of threads.
 */
public final class Runner {
    /** summary.json is plain JSON for other tools. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final PluginRegistry plugins;
    private final int threads;
    private final IntBinaryOperator progress;
    private final Invocation invocation;

    /**
     * A runner whose provenance records a call from Java code ({@link Invocation#library()}).
     *
     * @param plugins  where experiments look up the plugins their configs name
     * @param threads  worker threads, >= 1
     * @param progress told (trials done, trials in all) after each trial; its return value is ignored
     */
    public Runner(PluginRegistry plugins, int threads, IntBinaryOperator progress) {
        this(plugins, threads, progress, Invocation.library());
    }

    /**
     * @param plugins    where experiments look up the plugins their configs name
     * @param threads    worker threads, >= 1
     * @param progress   told (trials done, trials in all) after each trial; its return value is ignored
     * @param invocation the command line that asked for the runs, recorded in each run's {@code provenance.json}
     */
    public Runner(PluginRegistry plugins, int threads, IntBinaryOperator progress, Invocation invocation) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.plugins = plugins;
        this.threads = threads;
        this.progress = progress;
        this.invocation = Objects.requireNonNull(invocation, "invocation");
    }

    /**
     * The outcome of a run.
     *
     * @param scale     the scale the verdicts were computed at: only {@link RunScale#PAPER} verdicts are plain, the
     *                  others indicative
     * @param artifacts files beyond the tables that the experiment wrote into the run directory (movies, pages)
     */
    public record Outcome(Summary summary, List<Verdict> verdicts, List<PaperTable> tables, RunScale scale,
            int trialsRun, int trialsResumed, double seconds, List<String> artifacts) {
        public Outcome {
            Objects.requireNonNull(scale, "scale");
            verdicts = List.copyOf(verdicts);
            tables = List.copyOf(tables);
            artifacts = List.copyOf(artifacts);
        }

        /** @return how many of the verdicts hold */
        public int holding() {
            return (int) verdicts.stream().filter(Verdict::holds).count();
        }

        /** @return how many of the verdicts the numbers could not decide */
        public int undetermined() {
            return (int) verdicts.stream().filter(Verdict::undetermined).count();
        }

        /**
         * @return the most trials any compared side of the verdicts lost to divergence: the sides are the statistics
         *         the experiment judges its claims on, so a NaN it leaves by design (a metric only some cells or
         *         trials measure) is not counted, while every trial of a cell that diverged is
         */
        public int diverged() {
            return verdicts.stream().flatMap(v -> v.sides().stream()).mapToInt(Verdict.Side::diverged).max()
                    .orElse(0);
        }

        /**
         * @return the claims holding, {@code "2/3"} at paper scale and {@code "1/3 indicative (quick scale)"} (or
         *         custom) otherwise, then {@code ", 1 undetermined"} when any is
         */
        public String claimsHolding() {
            String count = holding() + "/" + verdicts.size();
            String shown = scale.indicative() ? count + " " + scale.standing() : count;
            return undetermined() == 0 ? shown : shown + ", " + undetermined() + " undetermined";
        }

        /** @return the verdict's line: the verdict, then its standing when it is only indicative */
        public String line(Verdict verdict) {
            return scale.indicative() ? verdict + " [" + scale.standing() + "]" : verdict.toString();
        }
    }

    /** How a run seeds its trials, as its provenance records it. */
    public static final String TRIAL_SEEDS = "Runner.trialSeed(seed, trial): SplitMix64 of seed + (trial + 1) * golden";

    /** @return the generator seed of trial {@code trial} of a run seeded {@code seed} (SplitMix64 finaliser) */
    public static long trialSeed(long seed, int trial) {
        long z = seed + (trial + 1L) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Runs an experiment bound to its config (what {@link ExperimentPlugin#configure} returns). */
    public <C extends Record> Outcome run(ConfiguredExperiment<C> configured, long seed, Path out) throws IOException {
        return run(configured.experiment(), configured.config(), seed, out);
    }

    /**
     * Runs the trials of {@code config} missing from {@code out} on the runner's threads (trial t seeded by
     * {@link #trialSeed}), then writes the tables, summary, verdicts, artifacts and provenance; {@code out} is locked
     * ({@link DirectoryLock}) meanwhile.
     */
    public <C extends Record> Outcome run(Experiment<C> experiment, C config, long seed, Path out) throws IOException {
        validate(experiment, config);
        try (DirectoryLock lock = DirectoryLock.create(out)) {
            return run(experiment, config, seed, out, -1, TRIAL_SEEDS, Instant.now());
        }
    }

    /**
     * Completes a run whose trials were computed elsewhere (a batch or a sweep's cells): with every trial file in
     * {@code out}, writes the tables, summary, verdicts, artifacts and provenance. The caller holds the directory's
     * lock.
     *
     * @param trialsRun  how many of the trials that computation ran (the rest were resumed), for the outcome
     * @param trialSeeds how the trials were seeded, recorded in the provenance (e.g. {@link #TRIAL_SEEDS})
     * @param started    when that computation began: the run's start in its provenance and its seconds
     * @throws InvalidInputException when a trial file is missing: this never computes a trial
     */
    public <C extends Record> Outcome complete(ConfiguredExperiment<C> configured, long seed, Path out, int trialsRun,
            String trialSeeds, Instant started) throws IOException {
        return run(configured.experiment(), configured.config(), seed, out, trialsRun, trialSeeds, started);
    }

    /**
     * Checks the config against the registry, creates {@code out/trials} and writes (or, resuming, checks)
     * {@code out/config.yaml}: what must hold before any trial of the run is computed, here or elsewhere.
     *
     * @throws InvalidInputException naming the key, or the directory when it holds another run
     */
    public <C extends Record> void prepare(ConfiguredExperiment<C> configured, long seed, Path out)
            throws IOException {
        prepare(configured.experiment(), configured.config(), seed, out);
    }

    /**
     * Checks the config against the registry (plugin names, sizes) before any directory is made.
     *
     * @throws InvalidInputException naming the key
     */
    public <C extends Record> void validate(ConfiguredExperiment<C> configured) {
        validate(configured.experiment(), configured.config());
    }

    private <C extends Record> void validate(Experiment<C> experiment, C config) {
        try {
            experiment.check(config, plugins);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("experiment " + experiment.name() + ": " + e.getMessage());
        }
    }

    private <C extends Record> void prepare(Experiment<C> experiment, C config, long seed, Path out)
            throws IOException {
        validate(experiment, config);
        try {
            Files.createDirectories(out.resolve("trials"));
        } catch (IOException e) {
            throw new InvalidInputException(out + ": cannot create the run directory (" + e.getClass().getSimpleName()
                    + ")");
        }
        writeOrCheckConfig(experiment, config, seed, out);
    }

    private <C extends Record> Outcome run(Experiment<C> experiment, C config, long seed, Path out, int ranElsewhere,
            String trialSeeds, Instant started) throws IOException {
        prepare(experiment, config, seed, out);
        String stamp = TrialFiles.stamp(out);
        int trials = experiment.trials(config);
        List<List<Row>> results = new ArrayList<>();
        List<Integer> pending = new ArrayList<>();
        for (int t = 0; t < trials; t++) {
            Path file = TrialFiles.path(out, t);
            results.add(Files.exists(file) ? TrialFiles.read(file, t, stamp) : null);
            if (results.get(t) == null) {
                pending.add(t);
            }
        }
        if (ranElsewhere >= 0 && !pending.isEmpty()) {
            // trials computed elsewhere carry their own seeds: computing one here would mix protocols silently
            throw new InvalidInputException(TrialFiles.path(out, pending.get(0)) + ": missing (" + pending.size()
                    + " trial files of " + trials + "); the engine did not write them where this run reads them");
        }
        int resumed = trials - pending.size();
        AtomicInteger done = new AtomicInteger(resumed);
        progress.applyAsInt(done.get(), trials);
        // a fork-join pool, so that idle threads take the work trials fork (TrialWork)
        ExecutorService pool = new ForkJoinPool(threads);
        try {
            List<Future<List<Row>>> futures = new ArrayList<>();
            for (int t : pending) {
                // a FutureTask keeps a trial's own exception: a fork-join task's would be rebuilt for the waiting
                // thread, its message prefixed with the class name
                FutureTask<List<Row>> task = new FutureTask<>(() -> {
                    List<Row> rows = experiment.trial(config, t, new SplittableRandom(trialSeed(seed, t)), plugins);
                    TrialFiles.write(TrialFiles.path(out, t), t, stamp, rows);
                    progress.applyAsInt(done.incrementAndGet(), trials);
                    return rows;
                });
                pool.execute(task);
                futures.add(task);
            }
            for (int k = 0; k < pending.size(); k++) {
                results.set(pending.get(k), futures.get(k).get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("run interrupted; completed trials are kept in " + out.resolve("trials"), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException("trial failed: " + cause.getMessage(), cause);
        } finally {
            pool.shutdownNow();
            try {
                // a failed run must not leave trials writing files behind its error message
                pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        List<Row> rows = new ArrayList<>();
        List<Integer> trialOf = new ArrayList<>();
        for (int t = 0; t < trials; t++) {
            for (Row row : results.get(t)) {
                rows.add(row);
                trialOf.add(t);
            }
        }
        // experiments may mix row kinds (histogram bins, per-layer statistics): the tables use the union of columns
        Set<String> cellColumns = new LinkedHashSet<>();
        Set<String> metricColumns = new LinkedHashSet<>();
        for (Row row : rows) {
            cellColumns.addAll(row.cell().keySet());
            metricColumns.addAll(row.metrics().keySet());
        }
        StringBuilder table = new StringBuilder("trial");
        cellColumns.forEach(c -> table.append(',').append(csv(c)));
        metricColumns.forEach(m -> table.append(',').append(csv(m)));
        table.append('\n');
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            table.append(trialOf.get(r));
            cellColumns.forEach(c -> table.append(',').append(csv(row.cell().getOrDefault(c, ""))));
            metricColumns.forEach(m -> {
                Double v = row.metrics().get(m);
                table.append(',').append(v == null ? "" : v.toString());
            });
            table.append('\n');
        }
        Summary summary = Summary.of(rows);
        List<Verdict> verdicts = experiment.verdicts(config, summary);
        List<PaperTable> tables = experiment.paperTables(config, summary);
        RunScale scale = RunScale.of(experiment, config);
        AtomicFiles.writeString(out.resolve("trials.csv"), table.toString());
        AtomicFiles.writeString(out.resolve("summary.csv"), summaryCsv(summary, cellColumns, metricColumns));
        AtomicFiles.writeString(out.resolve("summary.json"), summaryJson(experiment, scale, summary, verdicts,
                tables));
        List<String> artifacts = experiment.artifacts(config, seed, plugins, out);
        Instant finished = Instant.now();
        double seconds = (finished.toEpochMilli() - started.toEpochMilli()) / 1000.0;
        // written last and kept out of the summaries, so they stay byte-identical whatever the machine or time
        ProvenanceJson.write(out.resolve("provenance.json"), provenance(experiment, config, seed, trialSeeds, started,
                finished,
                pending.size() + Math.max(0, ranElsewhere), resumed - Math.max(0, ranElsewhere)));
        return new Outcome(summary, verdicts, tables, scale, pending.size() + Math.max(0, ranElsewhere),
                resumed - Math.max(0, ranElsewhere), seconds, artifacts);
    }

    private static <C extends Record> void writeOrCheckConfig(Experiment<C> experiment, C config, long seed, Path out)
            throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("experiment", experiment.name());
        doc.put("seed", seed);
        doc.put("config", ConfigBinding.keys(config));
        String yaml = YAML.writeValueAsString(doc);
        Path file = out.resolve("config.yaml");
        if (Files.exists(file)) {
            if (!Files.readString(file).equals(yaml)) {
                throw new InvalidInputException(file + ": the directory holds a run with another experiment, seed or"
                        + " config; resume only the same run, or choose another --out");
            }
            return;
        }
        AtomicFiles.writeString(file, yaml);
    }

    /** @return {@code value} as one CSV field (RFC 4180: quoted when it holds a comma, quote or line break) */
    public static String csv(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static String summaryCsv(Summary summary, Set<String> cellColumns, Set<String> metricColumns) {
        StringBuilder csv = new StringBuilder(String.join(",", cellColumns.stream().map(Runner::csv).toList()));
        for (String metric : metricColumns) {
            csv.append(',').append(csv(metric + "_mean")).append(',').append(csv(metric + "_sd")).append(',')
                    .append(csv(metric + "_n"));
        }
        csv.append('\n');
        for (Summary.CellSummary cell : summary.cells()) {
            csv.append(String.join(",", cellColumns.stream().map(c -> csv(cell.levels().getOrDefault(c, "")))
                    .toList()));
            for (String metric : metricColumns) {
                Summary.Stat stat = cell.stats().get(metric);
                if (stat == null || stat.count() == 0) {
                    csv.append(",,,").append(stat == null ? "" : "0");
                } else {
                    csv.append(',').append(stat.mean()).append(',').append(stat.sd()).append(',').append(stat.count());
                }
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    /**
     * summary.json: the experiment, its {@code scale} ({@link RunScale}: paper, quick or custom) and whether its
     * verdicts are {@code indicative}, the cells' statistics, the verdicts, each with its {@code standing}
     * ("paper scale" or "indicative (quick scale)" …), and the paper tables ({@code paperTables}: each cell's paper
     * value, ours, and its {@link Agreement} outcome and detail, with the counts compared and agreeing).
     */
    private static String summaryJson(Experiment<?> experiment, RunScale scale, Summary summary,
            List<Verdict> verdicts, List<PaperTable> tables) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("experiment", experiment.name());
        root.put("scale", scale.toString());
        root.put("indicative", scale.indicative());
        ArrayNode cells = root.putArray("cells");
        for (Summary.CellSummary cell : summary.cells()) {
            ObjectNode c = cells.addObject();
            ObjectNode levels = c.putObject("levels");
            cell.levels().forEach(levels::put);
            ObjectNode stats = c.putObject("stats");
            cell.stats().forEach((name, stat) -> {
                ObjectNode node = stats.putObject(name);
                // summary.json is for other tools: plain JSON, so a metric with no values has null mean and sd
                if (stat.count() == 0) {
                    node.putNull("mean").putNull("sd");
                } else {
                    node.put("mean", stat.mean()).put("sd", stat.sd());
                }
                node.put("n", stat.count()).put("trials", stat.trials());
            });
        }
        ArrayNode list = root.putArray("verdicts");
        for (Verdict v : verdicts) {
            verdictJson(list.addObject(), v, scale);
        }
        ArrayNode tableList = root.putArray("paperTables");
        for (PaperTable table : tables) {
            ObjectNode t = tableList.addObject().put("title", table.title()).put("note", table.note())
                    .put("compared", table.compared()).put("agreeing", table.agreeing());
            ArrayNode columns = t.putArray("columns");
            table.columns().forEach(columns::add);
            ArrayNode tableRows = t.putArray("rows");
            for (PaperTable.TableRow row : table.rows()) {
                ObjectNode r = tableRows.addObject().put("label", row.label());
                ArrayNode cellsOfRow = r.putArray("cells");
                for (int c = 0; c < row.ours().size(); c++) {
                    cellsOfRow.addObject().put("paper", row.paperCell(c)).put("ours", row.ours().get(c))
                            .put("outcome", row.agreement().get(c).outcome().toString())
                            .put("detail", row.agreement().get(c).detail());
                }
            }
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    /**
     * A verdict as summary.json and sweep.json write it: {@code claim}, {@code outcome} ("holds", "fails" or
     * "undetermined"), {@code holds} (true only when it holds, as before undetermined verdicts existed),
     * {@code evidence}, {@code reason} (why undetermined, or empty), {@code diverged} (per side: the trials diverged
     * and run) and {@code standing}.
     */
    public static void verdictJson(ObjectNode node, Verdict verdict, RunScale scale) {
        node.put("claim", verdict.claim()).put("outcome", verdict.outcome().key()).put("holds", verdict.holds())
                .put("evidence", verdict.evidence()).put("reason", verdict.reason());
        ArrayNode diverged = node.putArray("diverged");
        for (Verdict.Divergence d : verdict.divergence()) {
            diverged.addObject().put("side", d.label()).put("diverged", d.diverged()).put("trials", d.trials());
        }
        node.put("standing", scale.standing());
    }

    private <C extends Record> Provenance provenance(Experiment<C> experiment, C config, long seed, String trialSeeds,
            Instant started, Instant finished, int run, int resumed) {
        return Provenance.builder(invocation, plugins.modules()).started(started).config(ConfigBinding.keys(config))
                .seed(seed).detail("trialSeeds", trialSeeds).detail("experiment", experiment.name())
                .detail("threads", threads)
                .detail("trialsRun", run).detail("trialsResumed", resumed).finish(finished);
    }
}
