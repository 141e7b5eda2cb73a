package org.splinelens.core.limits;

import java.util.Objects;

/**
 * The size of a piece of work, estimated from its inputs before it starts, so that work too large for the heap or
 * beyond a stated limit is refused in one line ({@link #check}) instead of failing with an {@link OutOfMemoryError}
 * or running for hours. Estimates are {@code double}s: the products of huge inputs overflow a {@code long}, and an
 * estimate only needs to be right within a small factor.
 *
 * @param what  the inputs that make it large, as the user gave them ({@code "fit --method dp: 10,000,000 data points,
 *              up to 20 breaks"}): the start of a refusal
 * @param bytes the heap it needs at its peak
 * @param steps its steps of work ({@link Limits#STEPS_PER_SECOND})
 */
public record WorkEstimate(String what, double bytes, double steps) {

    public WorkEstimate {
        Objects.requireNonNull(what, "what");
        if (bytes < 0 || steps < 0) {
            throw new IllegalArgumentException("an estimate is >= 0, got " + bytes + " bytes and " + steps + " steps");
        }
    }

    /** @return an estimate of nothing to speak of, for work that is linear in inputs already read */
    public static WorkEstimate small(String what) {
        return new WorkEstimate(what, 0, 0);
    }

    /**
     * Refuses the work when it needs more memory than this JVM can still allocate, or more steps than the limit.
     *
     * @param maxSteps the limit on {@link #steps()}
     * @param option   the option that raises it ({@code "--max-work"})
     * @throws org.splinelens.core.io.InvalidInputException starting with {@link #what()}
     */
    public void check(double maxSteps, String option) {
        Limits.memory(what, bytes);
        Limits.work(what, steps, maxSteps, option);
    }
}
