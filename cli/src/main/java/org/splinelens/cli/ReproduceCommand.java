package org.splinelens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.splinelens.core.io.AtomicFiles;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.experiments.report.HtmlReport;
import org.splinelens.experiments.report.ReportStyle;
import org.splinelens.experiments.runner.ConfiguredExperiment;
import org.splinelens.experiments.runner.ExperimentPlugin;
import org.splinelens.experiments.runner.Runner;
import org.splinelens.experiments.runner.Scale;
import org.splinelens.experiments.runner.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = "Run every registered experiment (or --only some) at one scale, each into its own directory "
                + "with its report, and write a top-level report.html linking them; resumable.")
final class ReproduceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--scale", defaultValue = "quick", description = "quick (default) or paper")
    String scale;

    @Option(names = "--only", split = ",", description = "experiment names, comma-separated")
    List<String> only;

    @Option(names = "--seed", defaultValue = "0", description = "run seed (default 0)")
    long seed;

    @Option(names = "--threads", description = "worker threads (default: all cores)")
    Integer threads;

    @Option(names = "--out", description = "output directory (default runs/reproduce-SCALE)")
    Path out;

    @Override
    public Integer call() throws IOException {
        Scale chosen;
        try {
            chosen = Scale.named(scale);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--scale: " + e.getMessage());
        }
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (workers < 1) {
            throw new InvalidInputException("--threads must be >= 1, got " + workers);
        }
        PluginRegistry plugins = PluginRegistry.discover(ReproduceCommand.class.getClassLoader());
        Map<String, ExperimentPlugin> all = plugins.plugins(ExperimentPlugin.class);
        List<String> names = only == null ? new ArrayList<>(all.keySet()) : only;
        for (String name : names) {
            plugins.plugin(ExperimentPlugin.class, name); // unknown names fail before any work
        }
        Path dir = out != null ? out : Path.of("runs", "reproduce-" + chosen);
        PrintWriter stdout = spec.commandLine().getOut();
        StringBuilder index = new StringBuilder(ReportStyle.head("splinelens reproduce")
                + "<h1>splinelens: the papers' tables and figures, recomputed (" + chosen + " scale)</h1>\n<table>"
                + "<tr><th>experiment</th><th>what</th><th>claims holding</th><th>seconds</th></tr>\n");
        stdout.printf(Locale.ROOT, "%-26s %8s %9s %s%n", "experiment", "trials", "seconds", "claims holding");
        for (String name : names) {
            ConfiguredExperiment<?> experiment = plugins.plugin(ExperimentPlugin.class, name).configure(chosen, Map.of());
            Path run = dir.resolve(name);
            Runner.Outcome outcome = new Runner(plugins, workers, (done, total) -> 0).run(experiment, seed, run);
            HtmlReport.write(experiment, outcome, run);
            List<Verdict> verdicts = outcome.verdicts();
            long holding = verdicts.stream().filter(Verdict::holds).count();
            stdout.printf(Locale.ROOT, "%-26s %8d %9.2f %d/%d%n", name, experiment.trials(), outcome.seconds(),
                    holding, verdicts.size());
            index.append("<tr><td><a href=\"").append(name).append("/report.html\">").append(name)
                    .append("</a></td><td>").append(HtmlReport.escape(experiment.experiment().description())).append("</td><td>")
                    .append(holding).append(" / ").append(verdicts.size()).append("</td><td>")
                    .append(String.format(Locale.ROOT, "%.2f", outcome.seconds())).append("</td></tr>\n");
        }
        index.append("</table>\n</body></html>\n");
        AtomicFiles.writeString(dir.resolve("report.html"), index.toString());
        stdout.println("report: " + dir.resolve("report.html"));
        return 0;
    }
}
