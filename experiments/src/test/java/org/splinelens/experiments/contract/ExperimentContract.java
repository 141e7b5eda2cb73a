package org.splinelens.experiments.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.splinelens.core.limits.WorkEstimate;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.core.testing.PluginContract;
import org.splinelens.experiments.report.FigureChecks;
import org.splinelens.experiments.report.HtmlReport;
import org.splinelens.experiments.runner.ConfiguredExperiment;
import org.splinelens.experiments.runner.ExperimentPlugin;
import org.splinelens.experiments.runner.RunScale;
import org.splinelens.experiments.runner.Runner;
import org.splinelens.experiments.runner.Scale;

/**
 * What every experiment plugin promises: its quick preset runs, writes the run files and a report, gives rectangular
 * CSVs, judges at least one claim with evidence computed from its numbers (marked with the run's scale in the report),
 * draws readable figures ({@link FigureChecks}),
 * and gives a byte-identical {@code summary.csv} with one thread and with two; both its presets estimate their trials
 * within reach.
 */
public interface ExperimentContract extends PluginContract {
    @TestFactory
    default Stream<DynamicTest> quickPresetsRunReportAndDoNotDependOnTheThreadCount(@TempDir Path tmp) {
        PluginRegistry registry = plugins();
        return each("experiment", ExperimentPlugin.class, plugin -> {
            ConfiguredExperiment<?> experiment = plugin.configure(Scale.QUICK, Map.of());
            Path out = tmp.resolve(experiment.name());
            Runner.Outcome outcome = new Runner(registry, 2, (done, all) -> 0).run(experiment, 1, out);
            Path serial = tmp.resolve(experiment.name() + "-serial");
            new Runner(registry, 1, (done, all) -> 0).run(experiment, 1, serial);
            assertThat(Files.readAllBytes(serial.resolve("summary.csv"))).as("summary with 1 and 2 threads")
                    .isEqualTo(Files.readAllBytes(out.resolve("summary.csv")));
            HtmlReport.write(experiment, outcome, out);
            FigureChecks.verify(experiment, outcome, out);
            for (String file : List.of("config.yaml", "provenance.json", "trials.csv", "summary.csv", "summary.json",
                    "report.html")) {
                assertThat(out.resolve(file)).as(file).isNotEmptyFile();
            }
            assertThat(outcome.summary().cells()).as("summary cells").isNotEmpty();
            for (String table : List.of("trials.csv", "summary.csv")) {
                List<String> lines = Files.readAllLines(out.resolve(table));
                int columns = lines.get(0).split(",", -1).length;
                assertThat(lines).as(table).allSatisfy(line -> assertThat(line.split(",", -1)).hasSize(columns));
            }
            assertThat(outcome.verdicts()).as("verdicts").isNotEmpty()
                    .allSatisfy(v -> assertThat(v.evidence()).containsPattern("[0-9]"));
            // quick, or paper where the two presets coincide; never custom, and the report says which
            assertThat(outcome.scale()).as("scale of the quick preset").isEqualTo(experiment.scale())
                    .isNotEqualTo(RunScale.CUSTOM);
            assertThat(Files.readString(out.resolve("report.html"))).as("report's claims")
                    .contains("Claims — " + outcome.scale().standing());
        });
    }

    /**
     * Both presets estimate their trials within reach: the quick one in seconds and megabytes, the paper one far below
     * the command line's default limit on a trial's work (1e13 steps), so only a mistaken config meets it.
     */
    @TestFactory
    default Stream<DynamicTest> presetsAreEstimatedWithinReach() {
        PluginRegistry registry = plugins();
        return each("experiment", ExperimentPlugin.class, plugin -> {
            WorkEstimate quick = plugin.configure(Scale.QUICK, Map.of()).estimate(registry);
            assertThat(quick.steps()).as("quick steps").isFinite().isLessThan(5e9);
            assertThat(quick.bytes()).as("quick bytes").isFinite().isLessThan(256e6);
            ConfiguredExperiment<?> paper = plugin.configure(Scale.PAPER, Map.of());
            paper.validate(registry);
            assertThat(paper.estimate(registry).steps()).as("paper steps").isFinite().isLessThan(1e12);
            assertThat(paper.estimate(registry).bytes()).as("paper bytes").isFinite().isLessThan(2e9);
        });
    }
}
