package org.splinelens.core.deep;

import java.util.Objects;

/**
 * The most pieces an exact analysis of a deep network may track, and how the user names the work and raises the
 * bound. A net with {@code L} hidden layers can have a number of pieces exponential in {@code L} (a sawtooth of 40
 * layers has {@code 2^40}); the analysis counts the pieces of its shared grid layer by layer and refuses, in one
 * line naming {@code what} and {@code option}, as soon as they pass {@code max}, before allocating for them.
 *
 * @param max    the most pieces, {@code >= 1}
 * @param what   the work as the user asked for it ({@code "breakpoints --net deep.json"}), for messages
 * @param option the option that raises {@code max} ({@code "--max-pieces"})
 */
public record PieceLimit(long max, String what, String option) {
    /** The default bound of the command line: 10^7 pieces hold about 240 MB a unit of the widest layer, at most. */
    public static final long DEFAULT = 10_000_000L;

    /** No bound on the count (memory is still checked): for callers that sized their networks themselves. */
    public static final PieceLimit NONE = new PieceLimit(Long.MAX_VALUE, "breakpoint analysis", "no option");

    public PieceLimit {
        if (max < 1) {
            throw new IllegalArgumentException("piece limit must be >= 1, got " + max);
        }
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(option, "option");
    }
}
