package org.splinelens.experiments.alpharegimes;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.splinelens.experiments.runner.Summary;
import org.splinelens.experiments.runner.Verdict;

/**
 * SRS App. 4.4 on the pins at ±3: "without these, the neural network fits would still interpolate all interior
 * datapoints, but potentially with different slopes through the first and last datapoints, leading to a sub-optimal
 * fit". Judged in two parts at the largest α, where the reference is the natural cubic spline (through the data of
 * each run: the 23 pinned points or the 21 interior ones) and the end conditions matter: the unpinned fit interpolates
 * (training loss near 0) and its end-slope gap to the spline at x = ±2 exceeds the pinned fit's by more than 2 SE; and
 * its MAE against the spline exceeds the pinned fit's by more than 2 SE. Why it should: with breakpoints only over the data the kernel-regime limit is a cubic spline with
 * other end conditions than the natural one (docs/ERRATA.md, E8); the pins put the ends of the compared range inside.
 */
final class EndSlopes {
    private EndSlopes() {
    }

    /** @return the claim's two parts: interpolation with other end slopes, and the sub-optimal fit */
    static List<Verdict> verdicts(Summary summary, String init, double alpha) {
        Map<String, String> pinned = Cells.run(init, alpha);
        Map<String, String> unpinned = Cells.reading(init, alpha, Cells.NO_PINS);
        Summary.Stat gapPinned = summary.stat(pinned, "endSlopeGapCubic");
        Summary.Stat gapUnpinned = summary.stat(unpinned, "endSlopeGapCubic");
        Summary.Stat maePinned = summary.stat(pinned, "maeCubic");
        Summary.Stat maeUnpinned = summary.stat(unpinned, "maeCubic");
        boolean interpolates = RegimeVerdicts.nearZero(summary, unpinned);
        String where = String.format(Locale.ROOT, " (%s init, α = %s)", init, alpha);
        Verdict slopes = Verdict.compared("SRS App. 4.4: without the pins at ±3 the fit would still interpolate all"
                + " interior datapoints, but with different slopes through the first and last" + where,
                interpolates && RegimeVerdicts.below(gapPinned, gapUnpinned), String.format(Locale.ROOT,
                        "|slope − natural cubic's| at x = ±2: without pins %s, with %s (2 SE %.3g); training loss"
                                + " without pins %s (zero function's %.3g)", gapUnpinned, gapPinned,
                        gapPinned.twoStandardErrors(gapUnpinned), summary.stat(unpinned, "trainLoss"),
                        summary.stat(unpinned, "zeroLoss").mean()), List.of(Verdict.side("without pins", gapUnpinned,
                        summary.stat(unpinned, "trainLoss")), Verdict.side("with pins", gapPinned)));
        Verdict worse = Verdict.compared("SRS App. 4.4: without the pins the fit is sub-optimal (MAE vs the natural cubic"
                + " spline above the pinned fit's)" + where, RegimeVerdicts.below(maePinned, maeUnpinned),
                String.format(Locale.ROOT, "MAE vs cubic without pins %s, with %s (2 SE %.3g)", maeUnpinned,
                        maePinned, maePinned.twoStandardErrors(maeUnpinned)), List.of(Verdict.side("without pins",
                        maeUnpinned), Verdict.side("with pins", maePinned)));
        return List.of(slopes, worse);
    }
}
