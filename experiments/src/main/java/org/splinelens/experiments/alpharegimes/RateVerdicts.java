package org.splinelens.experiments.alpharegimes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.splinelens.experiments.runner.Summary;
import org.splinelens.experiments.runner.Verdict;

/**
 * SRS §2.4: "the initial learning rate for β_i scales as 1/α², while that of μ_i scales approximately as α²", judged
 * by the exponents each trial fits to its starts' measured rates ({@link InitialRates}); a verdict holds when the
 * predicted exponent lies in the 95% confidence interval of the trials' mean exponent, widened by the measurement's
 * resolution. Under gradient flow the predictions are the corrected laws' (docs/ERRATA.md, E4 and the alpha-regimes
 * entry); under Adam, Table 2's optimizer, they are −1 and 1.
 */
final class RateVerdicts {
    private RateVerdicts() {
    }

    static List<Verdict> of(Summary summary, String init) {
        Map<String, String> cell = Cells.exponents(init);
        List<Verdict> verdicts = new ArrayList<>();
        if (summary.stat(cell, "flowBreakpointMax").mean() == 0) {
            verdicts.add(Verdict.compared("SRS §2.4, gradient flow, " + init + " init: the initial breakpoint speed"
                    + " scales as α⁻²", true, "vacuously: β̇(0) = 0 at every α (v = 0 at the start, so β̇ = (v/w)(E"
                    + " + βX) = 0, measured 0)", List.of(Verdict.side(init, summary.stat(cell, "flowBreakpointMax")))));
        } else {
            verdicts.add(verdict(summary, cell, "flowBreakpoint", InitialRates.FLOW_BREAKPOINT, "SRS §2.4, gradient"
                    + " flow, " + init + " init: the initial breakpoint speed scales as α⁻² (all α)"));
        }
        verdicts.add(verdict(summary, cell, "flowDeltaSlope", InitialRates.FLOW_DELTA_SLOPE, "SRS §2.4, gradient flow, "
                + init + " init: the initial delta-slope speed scales approximately as α² (α ≥ 1, where α⁴ ≫ v²/w²)"));
        if (summary.stat(cell, "adamBreakpointMax").mean() == 0) {
            verdicts.add(Verdict.compared("derived for Adam (Table 2's optimizer), " + init + " init: the"
                    + " breakpoints' first step scales as α⁻¹", true, "vacuously: Δβ = 0 at every α (w and b have zero"
                    + " gradient while v = 0, measured 0)", List.of(Verdict.side(init, summary.stat(cell,
                    "adamBreakpointMax")))));
        } else {
            verdicts.add(verdict(summary, cell, "adamBreakpoint", InitialRates.ADAM_BREAKPOINT, "derived for Adam"
                    + " (Table 2's optimizer), " + init + " init: the breakpoints' first step scales as α⁻¹ (all α)"));
        }
        verdicts.add(verdict(summary, cell, "adamDeltaSlope", InitialRates.ADAM_DELTA_SLOPE, "derived for Adam (Table"
                + " 2's optimizer), " + init + " init: the delta-slopes' first step scales as α (α ≥ 1)"));
        return verdicts;
    }

    /**
     * The resolution of a measured exponent: the rates carry relative errors below 1e-9 (the central difference's
     * rounding at a 1e-6 relative step; Adam's {@code ε/|g|}), so an exact law's trials agree to about that and
     * their t-interval alone would be narrower than what the measurement resolves.
     */
    static final double RESOLUTION = 1e-6;

    /**
     * @return whether {@code predicted} lies in the 95% interval of the trials' exponents of {@code metric}, widened
     *         by {@link #RESOLUTION}
     */
    static Verdict verdict(Summary summary, Map<String, String> cell, String metric, double predicted, String claim) {
        Summary.Stat exponent = summary.stat(cell, metric);
        double[] interval = InitialRates.interval(exponent);
        interval[0] -= RESOLUTION;
        interval[1] += RESOLUTION;
        boolean holds = interval[0] <= predicted && predicted <= interval[1];
        return Verdict.compared(claim, holds, String.format(Locale.ROOT, "fitted exponent %s over %d trials, 95%% CI"
                + " [%.4f, %.4f], predicted %s", exponent, exponent.count(), interval[0], interval[1], predicted),
                List.of(Verdict.side(cell.getOrDefault("init", "exponent"), exponent)), interval[0], interval[1]);
    }
}
