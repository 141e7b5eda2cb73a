package org.splinelens.losssurface.critical;

import java.util.Locale;

/**
 * One hypothesis of Thm 4's proof that fails at θ ({@link Theorem4Hypotheses}).
 *
 * @param hypothesis the hypothesis
 * @param unit       the unit that breaks it, from 0; −1 for {@link Theorem4Hypothesis#ACTIVE_ON_ALL}, which no single
 *                   unit breaks
 * @param breakpoint the unit's breakpoint {@code β_i = −b_i/w_i}; NaN without a unit
 */
public record Theorem4Failure(Theorem4Hypothesis hypothesis, int unit, double breakpoint) {

    /** @return one line saying what fails and why the conclusion needs it */
    public String message() {
        return switch (hypothesis) {
            case ACTIVE_ON_ALL -> "no unit active on all data has v_i != 0 or w_i != 0: the proof needs one to force"
                    + " sum e*x = 0 over the data";
            case NONZERO_OUTPUT_INSIDE -> String.format(Locale.ROOT, "unit %d has v_i = 0: the OLS-per-piece"
                    + " conclusion needs v_i != 0 for every unit whose breakpoint lies inside the data (beta = %.6g)",
                    unit, breakpoint);
            case BREAKPOINT_OFF_DATA -> String.format(Locale.ROOT, "unit %d's breakpoint %.6g lies on a data point:"
                    + " the unit's activation set and the partition's side of the breakpoint differ there, so the"
                    + " pieces beside it need not be OLS fits", unit, breakpoint);
        };
    }
}
