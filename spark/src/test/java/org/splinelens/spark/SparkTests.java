package org.splinelens.spark;

import org.apache.spark.SparkConf;

/** The Spark configuration of the tests: loopback only, no UI, no console progress bar, few partitions. */
final class SparkTests {
    private SparkTests() {
    }

    static SparkConf conf(String master) {
        return SparkCellEngine.conf(master)
                .setAppName("splinelens spark tests")
                .set("spark.ui.enabled", "false")
                .set("spark.ui.showConsoleProgress", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.default.parallelism", "2")
                .set("spark.sql.shuffle.partitions", "2");
    }
}
