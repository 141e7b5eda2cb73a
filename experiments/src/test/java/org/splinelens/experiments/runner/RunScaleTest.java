package org.splinelens.experiments.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.experiments.report.HtmlReport;
import org.splinelens.experiments.sweep.ProbeExperiment;
import org.splinelens.init.InitModule;

/**
 * {@link RunScale} through the runner: the scale is read from the resolved config, only the paper preset gives plain
 * verdicts, and quick or custom runs are marked indicative in the outcome, summary.json and report.html. The probe's
 * presets are tiny (2 and 4 trials), so the paper preset runs here in milliseconds.
 */
class RunScaleTest {
    private static final PluginRegistry PLUGINS = PluginRegistry.of(List.of(new InitModule(),
            new ProbeExperiment.Module()));
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Runner.Outcome run(Scale preset, Map<String, ?> settings, String dir) throws IOException {
        ConfiguredExperiment<?> configured = new ProbeExperiment().configure(preset, settings);
        Runner.Outcome outcome = new Runner(PLUGINS, 2, (done, all) -> 0).run(configured, 5, tmp.resolve(dir));
        HtmlReport.write(configured, outcome, tmp.resolve(dir));
        return outcome;
    }

    private JsonNode summary(String dir) throws IOException {
        return JSON.readTree(tmp.resolve(dir).resolve("summary.json").toFile());
    }

    private String report(String dir) throws IOException {
        return Files.readString(tmp.resolve(dir).resolve("report.html"));
    }

    @Test
    void onlyThePaperPresetGivesPlainVerdicts() throws IOException {
        Runner.Outcome paper = run(Scale.PAPER, Map.of(), "paper");
        Runner.Outcome quick = run(Scale.QUICK, Map.of(), "quick");
        Runner.Outcome custom = run(Scale.PAPER, Map.of("trials", 3), "custom");

        assertThat(List.of(paper.scale(), quick.scale(), custom.scale()))
                .containsExactly(RunScale.PAPER, RunScale.QUICK, RunScale.CUSTOM);
        assertThat(paper.claimsHolding()).isEqualTo("1/1");
        assertThat(quick.claimsHolding()).isEqualTo("1/1 indicative (quick scale)");
        assertThat(custom.claimsHolding()).isEqualTo("1/1 indicative (custom scale)");
        assertThat(paper.line(paper.verdicts().get(0))).doesNotContain("indicative").contains("holds");
        assertThat(quick.line(quick.verdicts().get(0))).endsWith("[indicative (quick scale)]");

        assertThat(summary("paper").get("scale").asText()).isEqualTo("paper");
        assertThat(summary("paper").get("indicative").asBoolean()).isFalse();
        assertThat(summary("paper").get("verdicts").get(0).get("standing").asText()).isEqualTo("paper scale");
        assertThat(summary("quick").get("indicative").asBoolean()).isTrue();
        assertThat(summary("quick").get("verdicts").get(0).get("standing").asText())
                .isEqualTo("indicative (quick scale)");
        assertThat(summary("custom").get("scale").asText()).isEqualTo("custom");
        assertThat(summary("custom").get("verdicts").get(0).get("standing").asText())
                .isEqualTo("indicative (custom scale)");

        assertThat(report("paper")).contains("Claims — paper scale").doesNotContain("indicative (");
        assertThat(report("quick")).contains("Claims — indicative (quick scale)")
                .contains("<span class=\"indicative\">[indicative (quick scale)]</span>");
        assertThat(report("custom")).contains("[indicative (custom scale)]");
    }

    @Test
    void aConfigEqualToAPresetIsThatPresetHoweverItWasGiven() {
        ProbeExperiment probe = new ProbeExperiment();
        // the probe's quick preset has 2 trials, its paper preset 4
        assertThat(probe.configure(Scale.PAPER, Map.of("trials", 2)).scale()).isEqualTo(RunScale.QUICK);
        assertThat(probe.configure(Scale.QUICK, Map.of("trials", 4)).scale()).isEqualTo(RunScale.PAPER);
        assertThat(probe.configure(Scale.QUICK, Map.of("width", 3)).scale()).isEqualTo(RunScale.CUSTOM);
        assertThat(RunScale.PAPER.indicative()).isFalse();
        assertThat(RunScale.CUSTOM.standing()).isEqualTo("indicative (custom scale)");
    }
}
