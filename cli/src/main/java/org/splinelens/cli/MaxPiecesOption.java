package org.splinelens.cli;

import org.splinelens.core.deep.PieceLimit;
import org.splinelens.core.io.InvalidInputException;
import picocli.CommandLine.Option;

/**
 * {@code --max-pieces N}: the most pieces the exact analysis of a deep network may track layer by layer
 * ({@link PieceLimit}); a sawtooth of 40 layers has 2^40, which no heap holds. A net with one hidden layer has at most
 * {@code H + 1} pieces and is analysed in O(H log H) whatever N is.
 */
public final class MaxPiecesOption {
    static final String NAME = "--max-pieces";

    @Option(names = NAME, paramLabel = "N", defaultValue = "" + PieceLimit.DEFAULT,
            description = "refuse a deep network whose exact analysis would track more than N pieces, before it"
                    + " allocates them (default ${DEFAULT-VALUE})")
    long max;

    /** @param what the work as the user asked for it, for the refusal ({@code "breakpoints --net deep.json"}) */
    public PieceLimit limit(String what) {
        if (max < 1) {
            throw new InvalidInputException(NAME + " must be >= 1, got " + max);
        }
        return new PieceLimit(max, what, NAME);
    }
}
