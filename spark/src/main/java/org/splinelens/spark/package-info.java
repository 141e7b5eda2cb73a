/**
 * The Apache Spark engine for sweeps: {@link org.splinelens.spark.SparkCellEngine} runs a sweep's (point, trial)
 * cells as Spark tasks, each executor discovering its own plugins and writing each cell's file through Hadoop's
 * {@code FileSystem} (local, {@code hdfs://}, {@code s3a://}) by a temporary name and a rename that never replaces a
 * finished cell. Spark is provided by the cluster ({@code spark-submit}); the default {@code splinelens} jar never
 * holds it.
 */
package org.splinelens.spark;
