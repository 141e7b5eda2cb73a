package org.splinelens.experiments.alpharegimes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.splinelens.experiments.runner.Summary;
import org.splinelens.experiments.runner.Verdict;

/**
 * The α claims of SRS §2.4, §4.3, §4.4 and Table 2's text, judged from a run's summary, and the text's He claims also
 * judged on the paper's own printed table ({@link Table2#paperNumbers}). A fit "is" a reference when its MAE against
 * it is below its MAE against the other by more than two standard errors of the trial means; a loss is "near 0" when
 * its mean is at most {@link #NEAR_ZERO} of the zero function's loss {@code ½Σy²} (the paper does not say how near).
 */
final class RegimeVerdicts {
    /** "near 0 training loss": at most this fraction of {@code ½Σy²}. */
    static final double NEAR_ZERO = 0.01;
    private static final String FLAT = "flat";
    private static final String HE = "he-normal";

    private RegimeVerdicts() {
    }

    static List<Verdict> of(AlphaRegimesConfig config, Summary summary) {
        List<Verdict> verdicts = new ArrayList<>();
        Table2.Numbers ours = Table2.ours(summary);
        List<Double> alphas = config.alphas();
        double smallest = alphas.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double largest = alphas.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        if (config.inits().contains(FLAT)) {
            verdicts.add(regimeOne(ours, summary, smallest, alphas.contains(3.0)));
            if (alphas.contains(3.0)) {
                verdicts.add(is(ours, summary, FLAT, 3.0, Cells.LINEAR, "SRS §4.4, regime (ii): flat init, α = 3"
                        + " gives an interpolating linear spline (the fit is the linear interpolant, not the cubic)"));
            }
            verdicts.add(is(ours, summary, FLAT, largest, Cells.CUBIC, "SRS §4.4, regime (iii): flat init, large α"
                    + " gives the roughness-minimising natural cubic spline (kernel regime, Cor 4)"));
        }
        verdicts.add(nearZeroEverywhere(config, summary));
        if (config.inits().contains(FLAT) && config.inits().contains(HE)) {
            for (Table2.Numbers numbers : List.of(ours, Table2.paperNumbers())) {
                Summary lossOf = numbers == ours ? summary : null;
                // the printed table has rows only at the paper's α
                List<Double> judged = numbers == ours ? alphas : alphas.stream()
                        .filter(AlphaRegimesExperiment.PAPER_ALPHAS::contains).toList();
                if (judged.isEmpty()) {
                    continue;
                }
                if (alphas.contains(10.0)) {
                    verdicts.add(is(numbers, lossOf, HE, 10.0, Cells.LINEAR, "SRS §4.4 text: \"excellent agreement"
                            + " with the linear interpolation\" for He init at α = 10" + numbers.judgedOn()));
                }
                if (alphas.contains(100.0)) {
                    verdicts.add(is(numbers, lossOf, HE, 100.0, Cells.CUBIC, "SRS §4.4 text: \"excellent"
                            + " agreement with the cubic spline\" for He init at α = 100" + numbers.judgedOn()));
                }
                verdicts.add(regimeTwoDisappears(numbers, lossOf, judged));
                verdicts.add(uniformlyHigher(numbers, judged));
            }
        }
        if (config.smallTask() && config.inits().contains(FLAT) && config.inits().contains(HE)) {
            verdicts.add(smallTask(config, summary));
        }
        for (String init : config.unpinnedInits()) {
            verdicts.addAll(EndSlopes.verdicts(summary, init, largest));
        }
        for (String init : config.inits()) {
            verdicts.addAll(RateVerdicts.of(summary, init));
        }
        return verdicts;
    }

    /** @return whether {@code a}'s mean is below {@code b}'s by more than two standard errors of their difference */
    static boolean below(Summary.Stat a, Summary.Stat b) {
        return b.mean() - a.mean() > a.twoStandardErrors(b);
    }

    /** @return whether a cell's mean training loss is at most {@link #NEAR_ZERO} of its zero function's */
    static boolean nearZero(Summary summary, java.util.Map<String, String> cell) {
        return summary.stat(cell, "trainLoss").mean() <= NEAR_ZERO * summary.stat(cell, "zeroLoss").mean();
    }

    private static String loss(Summary summary, java.util.Map<String, String> cell) {
        return String.format(Locale.ROOT, "training loss %s (zero function's %.3g)", summary.stat(cell, "trainLoss"),
                summary.stat(cell, "zeroLoss").mean());
    }

    /**
     * "The fit is {@code reference}": its MAE against it below its MAE against the other by more than 2 SE, and (when
     * the losses are known, i.e. ours) its training loss near 0.
     */
    static Verdict is(Table2.Numbers numbers, Summary lossOf, String init, double alpha, String reference,
            String claim) {
        String other = reference.equals(Cells.LINEAR) ? Cells.CUBIC : Cells.LINEAR;
        Summary.Stat near = numbers.stat(init, alpha, "mae" + reference);
        Summary.Stat far = numbers.stat(init, alpha, "mae" + other);
        boolean closer = below(near, far);
        boolean interpolates = lossOf == null || nearZero(lossOf, Cells.run(init, alpha));
        String evidence = String.format(Locale.ROOT, "MAE vs %s %s, vs %s %s (2 SE %.3g)", reference.toLowerCase(
                Locale.ROOT), near, other.toLowerCase(Locale.ROOT), far, near.twoStandardErrors(far));
        Verdict.Side side = Verdict.side(init, near, far);
        if (lossOf != null) {
            evidence += "; " + loss(lossOf, Cells.run(init, alpha));
            side = Verdict.side(init, near, far, lossOf.stat(Cells.run(init, alpha), "trainLoss"));
        }
        return Verdict.compared(claim, closer && interpolates, evidence, List.of(side));
    }

    /**
     * Regime (i), "an underfitting linear spline": every fit of a ReLU net is a linear spline, so what sets (i) apart
     * from (ii), "an interpolating linear spline", is that it underfits: its training loss is not near 0, and (when α = 3
     * ran) above α = 3's by more than 2 SE. Its MAEs are evidence only.
     */
    static Verdict regimeOne(Table2.Numbers ours, Summary summary, double smallest, boolean withThree) {
        var cell = Cells.run(FLAT, smallest);
        Summary.Stat loss = summary.stat(cell, "trainLoss");
        // a loss that is NaN (no finite trial) or infinite (diverged) is no evidence of an underfitting spline
        boolean underfits = Double.isFinite(loss.mean()) && !nearZero(summary, cell);
        String evidence = "α = " + smallest + ": " + loss(summary, cell);
        List<Verdict.Side> sides = new ArrayList<>(List.of(Verdict.side("α = " + smallest, loss)));
        if (withThree) {
            Summary.Stat three = summary.stat(Cells.run(FLAT, 3.0), "trainLoss");
            underfits &= below(three, loss);
            sides.add(Verdict.side("α = 3", three));
            evidence += String.format(Locale.ROOT, ", α = 3's %s (2 SE %.3g)", three, three.twoStandardErrors(loss));
        }
        evidence += String.format(Locale.ROOT, "; MAE vs linear %s, vs cubic %s", ours.stat(FLAT, smallest,
                "maeLinear"), ours.stat(FLAT, smallest, "maeCubic"));
        return Verdict.compared("SRS §4.4 and §4.6, regime (i): flat init, the smallest α gives an underfitting"
                + " linear spline (training loss not near 0, and above α = 3's)", underfits, evidence, sides);
    }

    static Verdict nearZeroEverywhere(AlphaRegimesConfig config, Summary summary) {
        List<String> not = new ArrayList<>();
        List<Verdict.Side> sides = new ArrayList<>();
        for (String init : config.inits()) {
            for (double alpha : config.alphas()) {
                var cell = Cells.run(init, alpha);
                sides.add(Verdict.side(init, summary.stat(cell, "trainLoss")));
                if (!nearZero(summary, cell)) {
                    not.add(String.format(Locale.ROOT, "%s α = %s: %s", init, alpha, summary.stat(cell, "trainLoss")));
                }
            }
        }
        return Verdict.compared("SRS Table 2 caption: every network was \"trained to near 0 training loss\" (at"
                + " most " + NEAR_ZERO + " of ½Σy²)", not.isEmpty(), not.isEmpty() ? "every cell near 0"
                : "not near 0: " + String.join("; ", not), sides);
    }

    /** "More strikingly, the α regime (ii) above disappears" for He: no α at which He's fit is an interpolating linear spline. */
    static Verdict regimeTwoDisappears(Table2.Numbers numbers, Summary lossOf, List<Double> alphas) {
        List<String> found = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<Verdict.Side> sides = new ArrayList<>();
        for (double alpha : alphas) {
            sides.add(Verdict.side(HE, numbers.stat(HE, alpha, "maeLinear"), numbers.stat(HE, alpha, "maeCubic")));
            // a NaN MAE makes is(...) false: without this an α with no finite trial would count as regime (ii) absent
            if (!Double.isFinite(numbers.stat(HE, alpha, "maeLinear").mean())
                    || !Double.isFinite(numbers.stat(HE, alpha, "maeCubic").mean())) {
                unknown.add("α = " + alpha);
            } else if (is(numbers, lossOf, HE, alpha, Cells.LINEAR, "").holds()) {
                found.add("α = " + alpha + ": MAE vs linear " + numbers.stat(HE, alpha, "maeLinear") + ", vs cubic "
                        + numbers.stat(HE, alpha, "maeCubic"));
            }
        }
        return Verdict.compared("SRS §4.4 text: with He init \"the α regime (ii) above disappears\" (no α gives an"
                + (lossOf == null ? "" : " interpolating,") + " linear-interpolant fit)" + numbers.judgedOn(),
                found.isEmpty() && unknown.isEmpty(), (found.isEmpty() ? "at no α is He's MAE vs linear below its"
                        + " MAE vs cubic by 2 SE" + (lossOf == null ? "" : " with training loss near 0")
                        : "regime (ii) at " + String.join("; ", found))
                        + (unknown.isEmpty() ? "" : "; no finite MAE at " + String.join(", ", unknown)), sides);
    }

    /**
     * "Generalization error is uniformly higher for all α" with He init: at every α He's error against the nearer
     * reference (the lower mean of its MAE vs linear and vs cubic) exceeds flat's by more than 2 SE.
     */
    static Verdict uniformlyHigher(Table2.Numbers numbers, List<Double> alphas) {
        List<String> lower = new ArrayList<>();
        List<Verdict.Side> sides = new ArrayList<>();
        for (double alpha : alphas) {
            Summary.Stat he = nearer(numbers, HE, alpha);
            Summary.Stat flat = nearer(numbers, FLAT, alpha);
            sides.add(Verdict.side(HE, he));
            sides.add(Verdict.side(FLAT, flat));
            if (!below(flat, he)) {
                lower.add(String.format(Locale.ROOT, "α = %s: He %s, flat %s (2 SE %.3g)", alpha, he, flat,
                        he.twoStandardErrors(flat)));
            }
        }
        return Verdict.compared("SRS §4.4 text: with He init \"generalization error is uniformly higher for all α\""
                + " (MAE vs the nearer reference above flat's by 2 SE at every α)" + numbers.judgedOn(),
                lower.isEmpty(), lower.isEmpty() ? "He above flat at every α" : "not higher at "
                + String.join("; ", lower), sides);
    }

    private static Summary.Stat nearer(Table2.Numbers numbers, String init, double alpha) {
        Summary.Stat linear = numbers.stat(init, alpha, "maeLinear");
        Summary.Stat cubic = numbers.stat(init, alpha, "maeCubic");
        return linear.mean() <= cubic.mean() ? linear : cubic;
    }

    static Verdict smallTask(AlphaRegimesConfig config, Summary summary) {
        var flat = Cells.smallTask(FLAT);
        var he = Cells.smallTask(HE);
        boolean flatReaches = nearZero(summary, flat);
        boolean heFails = !nearZero(summary, he) && below(summary.stat(flat, "trainLoss"), summary.stat(he,
                "trainLoss"));
        return Verdict.compared(String.format(Locale.ROOT, "SRS §4.3: on a very small task (H = %d, N = %d on [−3, 3])"
                + " He init at α = %s fails to reach ~0 training loss where the uniform (flat) init succeeds",
                config.smallWidth(), config.smallPoints(), config.smallAlpha()), flatReaches && heFails,
                String.format(Locale.ROOT, "final training loss flat %s, He %s (2 SE %.3g), zero function's %.3g;"
                        + " tasks reaching near 0: flat %.2f, He %.2f; frozen-breakpoint floor flat %s, He %s",
                        summary.stat(flat, "trainLoss"), summary.stat(he, "trainLoss"), summary.stat(flat,
                                "trainLoss").twoStandardErrors(summary.stat(he, "trainLoss")), summary.stat(flat,
                                "zeroLoss").mean(), summary.stat(flat, "reachedZero").mean(), summary.stat(he,
                                "reachedZero").mean(), summary.stat(flat, "frozenFloor"), summary.stat(he,
                                "frozenFloor")), List.of(Verdict.side(FLAT, summary.stat(flat, "trainLoss")),
                Verdict.side(HE, summary.stat(he, "trainLoss"))));
    }
}
