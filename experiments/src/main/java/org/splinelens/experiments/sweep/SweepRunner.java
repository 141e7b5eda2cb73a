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
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntBinaryOperator;
import org.splinelens.core.io.AtomicFiles;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.core.provenance.Invocation;
import org.splinelens.experiments.report.HtmlReport;
import org.splinelens.experiments.runner.Runner;
import org.splinelens.experiments.runner.TrialFiles;

/**
 * Runs a sweep: every missing (point, trial) cell as one {@link CellTask} of a {@link CellEngine} (threads, or a
 * cluster), each written atomically as its point's {@code trials/trial-NNNNN.json} when it ends; then each point's run
 * directory is completed by the {@link Runner} (which finds every trial done) and the sweep's tables, figures and
 * report are written. A rerun into the same directory runs only the missing cells and rewrites byte-identical tables.
 */
public final class SweepRunner {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** The file that says which sweep a directory holds. */
    private static final String IDENTITY = "sweep.yaml";

    private final PluginRegistry plugins;
    private final CellEngine engine;
    private final IntBinaryOperator progress;
    private final Invocation invocation;

    /**
     * @param engine     where the cells run
     * @param progress   told (cells done, cells in all) after each cell
     * @param invocation the command line, recorded in every point's provenance
     */
    public SweepRunner(PluginRegistry plugins, CellEngine engine, IntBinaryOperator progress, Invocation invocation) {
        this.plugins = Objects.requireNonNull(plugins, "plugins");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.invocation = Objects.requireNonNull(invocation, "invocation");
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

    /** Runs the sweep into a directory of this machine. */
    public Outcome run(SweepPlan plan, Path dir) throws IOException {
        return run(plan, dir.toString());
    }

    /**
     * Runs the sweep into {@code out}, opened (and locked) by the engine: a path, or a URI of storage the engine's
     * workers reach ({@link CellEngine#open}).
     */
    public Outcome run(SweepPlan plan, String out) throws IOException {
        Instant started = Instant.now();
        try (SweepStore store = engine.open(out)) {
            Path dir = store.workspace();
            writeOrCheckIdentity(plan, dir, SweepStore.name(out, IDENTITY));
            Runner runner = new Runner(plugins, 1, (finished, total) -> 0, invocation);
            for (SweepPoint point : plan.points()) {
                runner.prepare(point.experiment(), plan.spec().seed(), dir.resolve(point.directory()));
            }
            store.publish(); // the sweep's identity is in the directory before its first cell
            List<CellTask> pending = new ArrayList<>();
            int cells = 0;
            for (SweepPoint point : plan.points()) {
                String stamp = TrialFiles.stamp(dir.resolve(point.directory()));
                for (int t = 0; t < point.experiment().trials(); t++) {
                    cells++;
                    Path file = TrialFiles.path(dir.resolve(point.directory()), t);
                    if (!Files.exists(file)) {
                        pending.add(new CellTask(point.index(), "sweep point " + point.index() + " " + point.label(),
                                point.canonical(), t,
                                CellSeeds.seed(plan.spec().seed(), point.canonical(), t), stamp,
                                dir.relativize(file).toString().replace('\\', '/')));
                    } else {
                        // a damaged file is named now, before any work, not after the sweep
                        TrialFiles.read(file, t, stamp);
                    }
                }
            }
            int all = cells;
            AtomicInteger done = new AtomicInteger(cells - pending.size());
            progress.applyAsInt(done.get(), all);
            engine.run(pending, store.location(), plugins,
                    finished -> progress.applyAsInt(done.addAndGet(finished), all));
            store.fetch(pending.stream().map(CellTask::file).toList());
            List<Runner.Outcome> outcomes = new ArrayList<>();
            for (SweepPoint point : plan.points()) {
                Path run = dir.resolve(point.directory());
                int computed = (int) pending.stream().filter(task -> task.point() == point.index()).count();
                Runner.Outcome outcome = runner.complete(point.experiment(), plan.spec().seed(), run, computed,
                        CellSeeds.PROTOCOL, started);
                HtmlReport.write(point.experiment(), outcome, run);
                outcomes.add(outcome);
            }
            SweepTables.write(plan, outcomes, dir);
            store.publish();
            double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
            return new Outcome(outcomes, pending.size(), cells - pending.size(), seconds);
        }
    }

    /** A sweep directory holds one sweep: its spec is written first and a different one is refused. */
    private static void writeOrCheckIdentity(SweepPlan plan, Path dir, String shown) throws IOException {
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
        Path file = dir.resolve(IDENTITY);
        if (Files.exists(file)) {
            if (!Files.readString(file).equals(yaml)) {
                throw new InvalidInputException(shown + ": the directory holds another sweep (experiment, scale, seed,"
                        + " trials, --set, --grid or --zip differ); resume only the same sweep, or choose another"
                        + " --out");
            }
            return;
        }
        AtomicFiles.writeString(file, yaml);
    }
}
