package org.splinelens.spark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.experiments.runner.Scale;
import org.splinelens.experiments.sweep.ProbeExperiment;
import org.splinelens.experiments.sweep.SweepSpec;
import org.splinelens.init.InitModule;

/** What the Spark tests share: their Spark configuration, the driver's registry and the sweeps. */
final class SparkTests {
    /** The driver's registry; the executors discover theirs (the probe through this module's test services file). */
    static final PluginRegistry PLUGINS = PluginRegistry.of(List.of(new InitModule(),
            new ProbeExperiment.Module()));

    private SparkTests() {
    }

    /** @return loopback only, no UI, no console progress bar, two default partitions */
    static SparkConf conf(String master) {
        return SparkCellEngine.conf(master)
                .setAppName("splinelens spark tests")
                .set("spark.ui.enabled", "false")
                .set("spark.ui.showConsoleProgress", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.default.parallelism", "2");
    }

    static SweepSpec spec(Map<String, List<Object>> grid, boolean zip) {
        return new SweepSpec("sweep-probe", Scale.QUICK, Map.of(), grid, zip, null, 11);
    }

    /** @return 3 widths × 2 initializers = 6 points, 2 trials each */
    static SweepSpec sixPoints() {
        Map<String, List<Object>> grid = new LinkedHashMap<>();
        grid.put("width", List.of(2, 3, 5));
        grid.put("init", List.of("he-normal", "glorot-normal"));
        return spec(grid, false);
    }

    /** @return 2 points zipped with {@code failTrial}, so only point 1's trial 1 fails */
    static SweepSpec failingPoint() {
        Map<String, List<Object>> grid = new LinkedHashMap<>();
        grid.put("width", List.of(2, 3));
        grid.put("failTrial", List.of(-1, 1));
        return spec(grid, true);
    }

    /** The one line {@link #failingPoint()} ends with, on every engine. */
    static final String FAILURE = "sweep point 1 (width=3, failTrial=1), trial 1 failed 2 times: probe trial 1 fails"
            + " on purpose";
}
