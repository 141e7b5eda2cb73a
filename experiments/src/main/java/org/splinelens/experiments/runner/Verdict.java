package org.splinelens.experiments.runner;

/**
 * A paper's claim judged from a run's numbers.
 *
 * @param claim    the claim, in the paper's words where possible
 * @param holds    whether the results support it
 * @param evidence the numbers that decided it
 */
public record Verdict(String claim, boolean holds, String evidence) {

    @Override
    public String toString() {
        return claim + ": " + (holds ? "holds" : "does not hold") + ", " + evidence;
    }
}
