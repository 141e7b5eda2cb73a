package org.splinelens.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.splinelens.cli.SplinelensCommand;

/** {@code splinelens sweep --engine spark --out hdfs://…}: the command line's Spark engine writing into real HDFS. */
class HdfsSweepCommandIT {
    /** What the command's own Spark context reads from {@code spark.*} system properties: loopback, no UI. */
    private static final Map<String, String> SPARK = Map.of("spark.ui.enabled", "false",
            "spark.ui.showConsoleProgress", "false", "spark.driver.host", "127.0.0.1",
            "spark.driver.bindAddress", "127.0.0.1",
            "spark.hadoop.dfs.client.block.write.locateFollowingBlock.initial.delay.ms", "10");

    @TempDir
    static Path storage;

    private static MiniHdfs hdfs;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() throws IOException {
        hdfs = new MiniHdfs(storage);
        SPARK.forEach(System::setProperty);
    }

    @AfterAll
    static void stop() {
        SPARK.keySet().forEach(System::clearProperty);
        hdfs.close();
    }

    private static int sweep(String out, StringWriter stdout, StringWriter stderr) {
        return SplinelensCommand.execute(new String[] {"sweep", "sweep-probe", "--grid", "width=2,3", "--grid",
            "init=he-normal,glorot-normal", "--seed", "5", "--engine", "spark", "--master", "local[2]", "--out", out},
                new PrintWriter(stdout, true), new PrintWriter(stderr, true));
    }

    @Test
    void theSparkEngineSweepsIntoHdfsAndTheSameSweepRunsLocallyToTheSameTables() throws IOException {
        String out = hdfs.uri("/sweeps/cli");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        assertThat(sweep(out, stdout, stderr)).as(stderr.toString()).isZero();
        assertThat(stdout.toString()).contains("4 points, 8 cells run, 0 resumed").contains(out + "/report.html");

        StringWriter again = new StringWriter();
        assertThat(sweep(out, again, new StringWriter())).isZero();
        assertThat(again.toString()).contains("0 cells run, 8 resumed");

        Path local = tmp.resolve("local");
        assertThat(SplinelensCommand.execute(new String[] {"sweep", "sweep-probe", "--grid", "width=2,3", "--grid",
            "init=he-normal,glorot-normal", "--seed", "5", "--out", local.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))).isZero();
        assertThat(hdfs.tables(out, tmp)).hasSize(1 + 4 + 8)
                .isEqualTo(org.splinelens.experiments.sweep.SweepOutputs.tables(local));
    }
}
