package org.splinelens.baselines.fit;

/**
 * What a fit is asked for.
 *
 * @param pieces     the number of pieces, or 0 for the method's own choice (dp: BIC; greedy-merge: 4; min-norm: 4N
 *                   uniform breakpoint locations; interpolants ignore it)
 * @param minSegment the fewest points per segment of a segmented regression, >= 1
 */
public record FitRequest(int pieces, int minSegment) {

    public FitRequest {
        if (pieces < 0) {
            throw new IllegalArgumentException("pieces must be >= 0 (0: the method's choice), got " + pieces);
        }
        if (minSegment < 1) {
            throw new IllegalArgumentException("minimum segment must be >= 1, got " + minSegment);
        }
    }
}
