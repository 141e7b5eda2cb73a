package org.splinelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.splinelens.baselines.contract.FitterContract;
import org.splinelens.cli.contract.CommandContract;
import org.splinelens.core.contract.TargetContract;
import org.splinelens.dynamics.contract.OptimizerContract;
import org.splinelens.experiments.contract.ExperimentContract;
import org.splinelens.init.contract.InitializerContract;

/**
 * Adding a plugin of each kind is its own files plus one registration line (package {@code extras}, registered from
 * this test class path): the kinds' contracts pass on them, every command that takes a plugin name uses them, and every
 * other CLI test runs with them registered.
 */
class ExtraPluginsTest implements TargetContract, InitializerContract, OptimizerContract, FitterContract,
        ExperimentContract, CommandContract {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Override
    public boolean covers(String name) {
        return name.startsWith("extra-");
    }

    @Test
    void listShowsOnePluginOfEachKind() {
        CliRun list = CliRun.run("list");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("extra-cubic", "extra-lecun-normal", "extra-sign-descent", "extra-mean",
                "extra-init-roughness", "extra-domain");
        CliRun domain = CliRun.run("extra-domain", "--target", "extra-cubic");
        assertThat(domain.code()).as(domain.err()).isZero();
        assertThat(domain.out().strip()).isEqualTo("-1.5 1.5");
    }

    @Test
    void trainUsesTheExtraTargetInitializerAndOptimizer() throws IOException {
        Path out = tmp.resolve("train");
        CliRun train = CliRun.run("train", "--target", "extra-cubic", "--step", "0.1", "--width", "8", "--init",
                "extra-lecun-normal", "--optimizer", "extra-sign-descent", "--lr", "0.001", "--epochs", "200",
                "--out", out.toString(), "--json");
        assertThat(train.code()).as(train.err()).isZero();
        double initialLoss = Double.parseDouble(Files.readAllLines(out.resolve("loss.csv")).get(1).split(",")[1]);
        assertThat(JSON.readTree(train.out()).get("finalLoss").asDouble()).isLessThan(initialLoss);
        assertThat(out.resolve("final-net.json")).isNotEmptyFile();
    }

    @Test
    void fitUsesTheExtraFitter() throws IOException {
        Path data = Files.writeString(tmp.resolve("d.csv"), "x,y\n0,1\n1,2\n2,6\n");
        CliRun fit = CliRun.run("fit", "--method", "extra-mean", "--data", data.toString(), "--json");
        assertThat(fit.code()).as(fit.err()).isZero();
        // mean 3, RSS 4 + 1 + 9
        assertThat(JSON.readTree(fit.out()).get("rss").asDouble()).isEqualTo(14.0);
    }

    @Test
    void initStatsAndRunUseTheExtraInitializerTheoryAndExperiment() throws IOException {
        CliRun stats = CliRun.run("init-stats", "--init", "extra-lecun-normal", "--width", "30", "--samples", "50",
                "--json");
        assertThat(stats.code()).as(stats.err()).isZero();
        assertThat(JSON.readTree(stats.out()).get("layers").get(0).has("theory")).isTrue();
        Path out = tmp.resolve("run");
        CliRun run = CliRun.run("run", "extra-init-roughness", "--threads", "2", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(out.resolve("report.html")).isNotEmptyFile();
    }
}
