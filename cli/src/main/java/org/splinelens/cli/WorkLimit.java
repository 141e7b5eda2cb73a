package org.splinelens.cli;

import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.limits.Limits;
import org.splinelens.core.limits.WorkEstimate;
import picocli.CommandLine.Option;

/**
 * {@code --max-work STEPS}: the most work a command may plan. Commands whose work grows faster than their input (the
 * census's partitions, the DP's N², init-stats' samples × width) estimate it before they start and refuse beyond this
 * limit, or beyond the heap, in one line naming the sizes and this option; work that passes but is long shows its
 * progress on stderr ({@link RunProgress#forWork}).
 */
public final class WorkLimit {
    /** The default limit: about two minutes at {@link Limits#STEPS_PER_SECOND}. */
    static final String DEFAULT = "1e10";

    /** Work estimated beyond this many steps (about five seconds) shows its progress. */
    static final double PROGRESS_STEPS = 5e8;

    @Option(names = "--max-work", defaultValue = DEFAULT, paramLabel = "STEPS",
            description = "refuse work estimated at more than this many steps, about 1e8 a second (default"
                    + " ${DEFAULT-VALUE}, about two minutes)")
    double maxWork = Double.parseDouble(DEFAULT);

    /** @throws InvalidInputException when the estimate needs more memory than the heap, or more steps than allowed */
    public void check(WorkEstimate estimate) {
        if (!(maxWork >= 1)) {
            throw new InvalidInputException("--max-work must be >= 1, got " + maxWork);
        }
        estimate.check(maxWork, "--max-work");
    }
}
