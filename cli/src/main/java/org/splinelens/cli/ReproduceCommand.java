package org.splinelens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.splinelens.core.io.AtomicFiles;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.provenance.Build;
import org.splinelens.core.provenance.Invocation;
import org.splinelens.experiments.report.HtmlReport;
import org.splinelens.experiments.runner.ExperimentPlugin;
import org.splinelens.experiments.runner.Runner;
import org.splinelens.experiments.runner.Scale;
import org.splinelens.experiments.sweep.CellFailed;
import org.splinelens.experiments.sweep.LocalCellEngine;
import org.splinelens.experiments.sweep.RunBatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = "Run every registered experiment (or --only some) at one scale, each into its own directory "
                + "with its report, and write a top-level report.html linking them (--out, default"
                + " runs/reproduce-SCALE); resumable.")
final class ReproduceCommand implements Callable<Integer> {
    /** The longest file name most file systems take; the temporary name written first adds to it, so leave room. */
    private static final int MAX_NAME_BYTES = 200;

    private final Plugins plugins;

    @Spec
    CommandSpec spec;

    @Option(names = "--scale", defaultValue = "quick", description = "paper (the papers' protocols, minutes) or"
            + " quick (default: the smoke test, seconds; its verdicts are marked indicative)")
    String scale;

    @Option(names = "--only", split = ",", description = "experiment names, comma-separated")
    List<String> only;

    @Option(names = "--record", paramLabel = "FILE", description = "also write the outcome of every claim and"
            + " paper-table cell as Markdown, stamped with the commit (e.g. docs/RESULTS.md)")
    String record;

    @Mixin
    SeedOption seed;

    @Mixin
    ThreadsOption threads;

    @Mixin
    OutDir out;

    ReproduceCommand(Plugins plugins) {
        this.plugins = Objects.requireNonNull(plugins, "plugins");
    }

    /** @return the record's path, checked before any work: a file name, not a directory, of a usable length */
    private static Path recordFile(String name) {
        if (name.isBlank()) {
            throw new InvalidInputException("--record: expected a file name (e.g. docs/RESULTS.md), got an empty one");
        }
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            throw new InvalidInputException("--record: not a valid file name (" + e.getReason() + ")");
        }
        if (Files.isDirectory(path)) {
            throw new InvalidInputException("--record " + name + ": is a directory; name the file to write");
        }
        if (path.getFileName() == null || path.getFileName().toString().getBytes(StandardCharsets.UTF_8).length
                > MAX_NAME_BYTES) {
            throw new InvalidInputException("--record: the file name must be 1 to " + MAX_NAME_BYTES + " bytes long");
        }
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null && Files.exists(parent) && !Files.isDirectory(parent)) {
            throw new InvalidInputException("--record " + name + ": " + parent + " is not a directory");
        }
        return path;
    }

    @Override
    public Integer call() throws IOException {
        Scale chosen;
        try {
            chosen = Scale.named(scale);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--scale: " + e.getMessage());
        }
        Path recordFile = record == null ? null : recordFile(record);
        List<String> names = only == null ? new ArrayList<>(plugins.experiments().keySet()) : only;
        List<ExperimentPlugin> experiments = new ArrayList<>();
        for (String name : names) {
            experiments.add(plugins.experiment(name)); // unknown names fail before any work
        }
        Invocation invocation = CommandInvocation.of(spec);
        Path dir = out.orElse(Path.of("runs", "reproduce-" + chosen));
        List<RunBatch.Entry> entries = new ArrayList<>();
        for (ExperimentPlugin experiment : experiments) {
            entries.add(new RunBatch.Entry(experiment.configure(chosen, Map.of()), dir.resolve(experiment.name())));
        }
        // one pool of trials over every experiment, so the cores stay busy until the last trial of all
        RunProgress progress = new RunProgress(spec.commandLine().getErr(), "reproduce", System.console() != null);
        long started = System.nanoTime();
        List<Runner.Outcome> outcomes;
        try {
            outcomes = new RunBatch(plugins.registry(), new LocalCellEngine(threads.workers()),
                    threads.workers(), progress, invocation).run(entries, seed.value());
        } catch (CellFailed e) {
            progress.finish();
            spec.commandLine().getErr().println("splinelens: " + e.getMessage());
            return SweepCommand.CELL_FAILED;
        }
        progress.finish();
        PrintWriter stdout = spec.commandLine().getOut();
        List<ReproduceReport.Run> runs = new ArrayList<>();
        for (int e = 0; e < entries.size(); e++) {
            runs.add(new ReproduceReport.Run(experiments.get(e).name(), experiments.get(e).description(),
                    entries.get(e).experiment().trials(), outcomes.get(e),
                    HtmlReport.mainFigure(entries.get(e).experiment(), outcomes.get(e))));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        ReproduceReport report = new ReproduceReport(chosen.toString(), runs, seconds, threads.workers());
        report.print(stdout);
        AtomicFiles.writeString(dir.resolve("report.html"), report.html());
        if (recordFile != null) {
            try {
                AtomicFiles.writeString(recordFile, ResultsRecord.markdown(report, Build.current().gitCommit()));
            } catch (IOException e) {
                // the runs and their reports are written already: only the record is lost, and the rerun resumes
                throw new InvalidInputException("--record " + recordFile + ": cannot be written (" + e.getMessage()
                        + "); the runs are in " + dir + ", rerun to resume");
            }
        }
        stdout.printf(Locale.ROOT, "%.1f s; report: %s%s%n", seconds, dir.resolve("report.html"),
                recordFile == null ? "" : "; record: " + recordFile);
        return 0;
    }
}
