package org.splinelens.experiments.uniformbreakpointinit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.splinelens.experiments.runner.Summary;
import org.splinelens.experiments.runner.Verdict;

/**
 * The claims of Table 1, judged for every loss reading on its own. A difference counts only when it exceeds two
 * standard errors of the difference of the trial means ({@link Summary.Stat#twoStandardErrors}):
 * <ul>
 * <li>FC Sec 2.2, "converge faster and achieve a better training loss", per target: the uniform start's final
 * training loss below the standard's; "faster" in two readings, each its own verdict: fewer epochs to reach
 * {@code speedFraction} of the start loss (both starts are nearly the same function on the data range, App. 3.1.1,
 * so the same level is reached from about the same start), and a lower training loss after a tenth of the
 * epochs;</li>
 * <li>FC Sec 3, "uniform breakpoint density rescues bad fits in cases with significant curvature far from the
 * origin": the sine's test loss lower from the uniform start (sin(x), and sin(πx) when the config has it);</li>
 * <li>"with less effect on other cases": the sine's gain (standard over uniform test loss) larger than the
 * quadratic's, the sine's difference passing two standard errors.</li>
 * </ul>
 */
final class Table1Verdicts {
    /** The sines judged for the rescue: FC Sec 3's sin(x) and App. 3.2's sin(πx) (the sin-pi reading). */
    private static final List<String> SINES = List.of("sin", "sin-pi");

    private Table1Verdicts() {
    }

    static List<Verdict> all(UniformBreakpointInitConfig config, Summary summary) {
        List<Verdict> verdicts = new ArrayList<>();
        if (config.inits().size() < 2) {
            return verdicts;
        }
        String standard = config.inits().get(0);
        String uniform = config.inits().get(1);
        for (LossReading reading : config.readings()) {
            String by = " (" + reading.label() + ")";
            for (String target : config.targets()) {
                verdicts.add(lower("uniform-breakpoint init achieves a better training loss on " + target + by,
                        stat(summary, target, reading, uniform, "trainLoss"),
                        stat(summary, target, reading, standard, "trainLoss"), "final training loss"));
                verdicts.add(lower("uniform-breakpoint init converges faster on " + target + by,
                        stat(summary, target, reading, uniform, "epochsToFraction"),
                        stat(summary, target, reading, standard, "epochsToFraction"), String.format(Locale.ROOT,
                                "epochs to %.3g of the start loss", config.speedFraction())));
                verdicts.add(lower("uniform-breakpoint init converges faster on " + target + ", loss at a fixed epoch"
                        + by, stat(summary, target, reading, uniform, "lossAtTenth"),
                        stat(summary, target, reading, standard, "lossAtTenth"), String.format(Locale.ROOT,
                                "training loss at epoch %d", config.epochs() / 10)));
            }
            for (String sine : SINES) {
                if (!config.targets().contains(sine)) {
                    continue;
                }
                Summary.Stat u = stat(summary, sine, reading, uniform, "testLoss");
                Summary.Stat s = stat(summary, sine, reading, standard, "testLoss");
                verdicts.add(lower("uniform breakpoint density rescues the fit of " + sine + " (curvature far from the"
                        + " origin)" + by, u, s, "sine test loss"));
                if (config.targets().contains("quadratic")) {
                    Summary.Stat qu = stat(summary, "quadratic", reading, uniform, "testLoss");
                    Summary.Stat qs = stat(summary, "quadratic", reading, standard, "testLoss");
                    double sineGain = s.mean() / u.mean();
                    double quadraticGain = qs.mean() / qu.mean();
                    boolean sineSignificant = s.mean() - u.mean() > u.twoStandardErrors(s);
                    verdicts.add(Verdict.compared("the gain is larger on " + sine + " than on x²/2 (less effect on"
                            + " other cases)" + by, sineSignificant && sineGain > quadraticGain, String.format(
                                    Locale.ROOT, "standard/uniform test loss %.3g on %s (difference %s 2 SE) vs %.3g"
                                    + " on x²/2", sineGain, sine, sineSignificant ? "beyond" : "within",
                                    quadraticGain),
                            List.of(Verdict.side("uniform", u), Verdict.side("standard", s),
                                    Verdict.side("uniform", qu), Verdict.side("standard", qs)), sineGain,
                            quadraticGain));
                }
            }
        }
        return verdicts;
    }

    private static Summary.Stat stat(Summary summary, String target, LossReading reading, String init, String metric) {
        return summary.stat(Table1Cells.result(target, reading.key(), init), metric);
    }

    /** Holds when {@code candidate}'s mean is below {@code reference}'s by more than two standard errors. */
    static Verdict lower(String claim, Summary.Stat candidate, Summary.Stat reference, String what) {
        double gap = reference.mean() - candidate.mean();
        double twoSe = candidate.twoStandardErrors(reference);
        return Verdict.compared(claim, gap > twoSe, String.format(Locale.ROOT, "%s %s (uniform) vs %s (standard):"
                + " lower by %.3g vs 2 SE %.2g", what, candidate, reference, gap, twoSe),
                List.of(Verdict.side("uniform", candidate), Verdict.side("standard", reference)));
    }
}
