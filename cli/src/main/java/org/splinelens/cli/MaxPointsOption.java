package org.splinelens.cli;

import org.splinelens.core.data.Grid;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.limits.Limits;
import picocli.CommandLine.Option;

/** {@code --max-points N}: the most points an evaluation grid may have; output is streamed, so N bounds its time. */
public final class MaxPointsOption {
    static final String NAME = "--max-points";
    static final long DEFAULT = 10_000_000L;

    @Option(names = NAME, paramLabel = "N", defaultValue = "" + DEFAULT,
            description = "refuse a grid of more than N points (default ${DEFAULT-VALUE})")
    long max;

    /**
     * @param what the grid as the user gave it ({@code "--grid 0:1:1e-9"})
     * @return the grid's point count, checked against the limit
     */
    long check(String what, Grid grid) {
        if (max < 1) {
            throw new InvalidInputException(NAME + " must be >= 1, got " + max);
        }
        Limits.count(what, "grid points", grid.count(), max, NAME);
        return (long) grid.count();
    }
}
