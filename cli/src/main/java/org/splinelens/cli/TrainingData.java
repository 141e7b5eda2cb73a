package org.splinelens.cli;

import java.nio.file.Path;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.data.Grid;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.targets.TargetFunction;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The data of a training run: a registered target function sampled on a grid, or a CSV file. */
final class TrainingData {
    @Option(names = "--target", description = "target function name (see `splinelens list`); or --data FILE")
    String target;

    @Option(names = "--domain", split = ",", description = "a,b: the target's sampling interval (default: its own)")
    double[] domain;

    /** The grid step when {@code --step} is not given. */
    static final double STEP = 0.05;

    @Option(names = "--step", description = "grid step on the domain (default " + STEP + ")")
    Double step;

    @Mixin
    OptionalDataFile data;

    /** @return the data file, or {@code null} for a target */
    Path file() {
        return data.path;
    }

    Dataset dataset(Plugins plugins) {
        if ((target != null) == data.given()) {
            throw new InvalidInputException("give exactly one of --target NAME and --data FILE");
        }
        if (data.given()) {
            if (domain != null || step != null) {
                // the file's points are the data: a sampling interval or step would be silently ignored
                throw new InvalidInputException((domain != null ? "--domain" : "--step") + ": samples a --target;"
                        + " with --data FILE the file's points are the data");
            }
            return data.datasetOrNull();
        }
        TargetFunction f = plugins.target(target);
        double a = f.domainLow();
        double b = f.domainHigh();
        if (domain != null) {
            // finite by the option converter (OptionNumbers); a = b would sample one point, not an interval
            if (domain.length != 2 || !(domain[0] < domain[1])) {
                String got = domain.length == 2 ? "a = " + domain[0] + ", b = " + domain[1]
                        : domain.length + " numbers";
                throw new InvalidInputException("--domain: expected two numbers a,b with a < b, got " + got);
            }
            a = domain[0];
            b = domain[1];
        }
        double[] x;
        try {
            x = new Grid(a, b, step != null ? step : STEP).points();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--step: " + e.getMessage());
        }
        return Dataset.sample(x, f::value);
    }
}
