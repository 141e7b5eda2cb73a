package org.splinelens.spark;

import org.splinelens.experiments.sweep.CellEngine;
import org.splinelens.experiments.sweep.EnginePlugin;

/**
 * {@code spark}: sweep cells as Spark tasks ({@link SparkCellEngine}) — an embedded {@code local[*]} context without
 * {@code --master}, else the given cluster ({@code spark://host:7077}, {@code yarn}, {@code k8s://…}); the context is
 * stopped when the sweep's engine is closed.
 */
public final class SparkEngine implements EnginePlugin {

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public String description() {
        return "cells as Apache Spark tasks: embedded local[*], or a cluster with --master";
    }

    @Override
    public CellEngine create(int threads, String master) {
        return SparkCellEngine.start(master);
    }
}
