package org.splinelens.experiments.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.experiments.report.HtmlReport;

/**
 * Every registered experiment's quick preset runs, writes its files, judges its claims from its numbers, and gives a
 * byte-identical summary with one thread and with two.
 */
class QuickPresetsTest {
    private static final PluginRegistry PLUGINS = PluginRegistry.discover(QuickPresetsTest.class.getClassLoader());

    @TempDir
    Path tmp;

    @Test
    @SuppressWarnings({"rawtypes", "unchecked"})
    void everyQuickPresetRunsAndReports() throws IOException {
        Map<String, Experiment> experiments = PLUGINS.plugins(Experiment.class);
        assertThat(experiments).containsKeys("loneliness", "uniform-breakpoint-init", "alpha-regimes", "init-densities", "spiky-init",
                "gap-roughness", "pieces-vs-depth", "roughness-by-layer", "breakpoint-mobility",
                "gd-vs-dp", "critical-point-growth", "hessian-flatness", "dynamics-movie");
        for (Experiment experiment : experiments.values()) {
            Record config = experiment.preset(Scale.QUICK);
            Path out = tmp.resolve(experiment.name());
            Runner.Outcome outcome = new Runner(PLUGINS, 2, (done, all) -> 0).run(experiment, config, 1, out);
            Path serial = tmp.resolve(experiment.name() + "-serial");
            new Runner(PLUGINS, 1, (done, all) -> 0).run(experiment, config, 1, serial);
            assertThat(Files.readAllBytes(serial.resolve("summary.csv"))).as(experiment.name() + " threads")
                    .isEqualTo(Files.readAllBytes(out.resolve("summary.csv")));
            HtmlReport.write(experiment, config, outcome, out);
            for (String file : List.of("config.yaml", "provenance.json", "trials.csv", "summary.csv", "summary.json",
                    "report.html")) {
                assertThat(out.resolve(file)).as(experiment.name() + " " + file).isNotEmptyFile();
            }
            assertThat(outcome.summary().cells()).as(experiment.name()).isNotEmpty();
            for (String table : List.of("trials.csv", "summary.csv")) {
                List<String> lines = Files.readAllLines(out.resolve(table));
                int columns = lines.get(0).split(",", -1).length;
                assertThat(lines).as(experiment.name() + " " + table)
                        .allSatisfy(line -> assertThat(line.split(",", -1)).hasSize(columns));
            }
            assertThat(outcome.verdicts()).as(experiment.name()).isNotEmpty()
                    .allSatisfy(v -> assertThat(v.evidence()).containsPattern("[0-9]"));
        }
    }
}
