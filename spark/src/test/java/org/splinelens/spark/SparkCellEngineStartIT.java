package org.splinelens.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.splinelens.spark.SparkTests.PLUGINS;
import static org.splinelens.spark.SparkTests.sixPoints;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.spark.SparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.splinelens.core.provenance.Invocation;
import org.splinelens.experiments.sweep.LocalCellEngine;
import org.splinelens.experiments.sweep.SweepOutputs;
import org.splinelens.experiments.sweep.SweepPlan;
import org.splinelens.experiments.sweep.SweepRunner;

/** The engine that starts its own Spark context (the command line's): its defaults, a sweep, and stopping. */
class SparkCellEngineStartIT {
    @TempDir
    Path tmp;

    @Test
    void withoutAMasterTheEngineRunsEmbeddedOnEveryCore() {
        // a master set by spark-submit (the system property spark.master) would win; the tests set none
        assertThat(SparkCellEngine.conf(null).get("spark.master")).isEqualTo("local[*]");
        assertThat(SparkCellEngine.conf("local[3]").get("spark.master")).isEqualTo("local[3]");
        assertThat(SparkCellEngine.conf(null).get("spark.app.name")).isEqualTo("splinelens sweep");
    }

    @Test
    void anEngineThatStartedItsContextRunsASweepAndStopsTheContextWhenClosed() throws IOException {
        SparkContext context;
        try (SparkCellEngine engine = SparkCellEngine.start(SparkTests.conf("local[1]"))) {
            context = SparkContext.getOrCreate();
            new SweepRunner(PLUGINS, engine, (done, all) -> 0, Invocation.library())
                    .run(SweepPlan.of(sixPoints(), PLUGINS), tmp.resolve("spark"));
        }
        assertThat(context.isStopped()).isTrue();
        new SweepRunner(PLUGINS, new LocalCellEngine(1), (done, all) -> 0, Invocation.library())
                .run(SweepPlan.of(sixPoints(), PLUGINS), tmp.resolve("one"));
        assertThat(SweepOutputs.tables(tmp.resolve("spark"))).isEqualTo(SweepOutputs.tables(tmp.resolve("one")));
    }
}
