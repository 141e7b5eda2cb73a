package org.splinelens.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.IntBinaryOperator;
import org.splinelens.experiments.runner.Runner;

/** An experiment bound to one config: what {@code run} and {@code reproduce} do with it. */
public interface BoundExperiment {

    /** @return the number of trials the config asks for */
    int trials();

    /**
     * Runs the trials into {@code dir} (resuming the ones already there), then writes {@code report.html}.
     *
     * @param threads  worker threads, >= 1
     * @param progress told (trials done, trials in all) after each trial
     */
    Runner.Outcome run(int threads, IntBinaryOperator progress, long seed, Path dir) throws IOException;
}
