package org.splinelens.experiments.gdvsdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.splinelens.experiments.runner.Summary;
import org.splinelens.experiments.runner.Verdict;

/**
 * FC Sec 3 (and SRS App. 4.3): the gradient methods "do not appear to use this large number of pieces efficiently,
 * often showing little or even negative loss changes for order thousands of pieces". Judged by the rate at which the
 * training MSE falls with the available pieces over the widths with at least {@link #THOUSANDS} pieces: the exponent
 * {@code a} of {@code MSE ∝ pieces^(−a)}, the least-squares slope of {@code −ln MSE} on {@code ln pieces} through the
 * means. Its standard error comes from the means' (delta method: {@code SE(ln m) ≈ s / (m √n)}), propagated through the
 * slope. An optimal piecewise-linear fit of a smooth target has {@code a = 4} (error ∝ h², MSE ∝ h⁴; DP's measured
 * exponent is shown beside it); "little gain" is taken as less than a quarter of that, {@code a <= 1} (the MSE at most
 * halves when the pieces double). By the project's rule for noisy comparisons the gain counts as more than little
 * only when {@code a − 1} exceeds two standard errors.
 */
final class PieceGain {
    /** "Order thousands of pieces": the widths judged are those with at least this many available pieces. */
    static final int THOUSANDS = 1000;
    /** The largest exponent counted as little gain: a quarter of the optimal rate 4. */
    static final double LITTLE = 1;

    private PieceGain() {
    }

    /**
     * @param what   the method, as the claim names it
     * @param pieces available pieces of each point, increasing
     * @param mse    the method's training MSE at each (trial mean, sd, count)
     * @param dp     DP's exponent over its own piece counts, for the evidence
     * @return the verdict over the points with at least {@link #THOUSANDS} pieces and at least two finished trials;
     *         undetermined when fewer than two such points remain, or when a point in the thousands lost its trials
     *         ({@link Verdict})
     */
    static Verdict verdict(String what, List<Integer> pieces, List<Summary.Stat> mse, double dp) {
        List<double[]> points = new ArrayList<>();
        List<Verdict.Side> sides = new ArrayList<>();
        for (int k = 0; k < pieces.size(); k++) {
            Summary.Stat stat = mse.get(k);
            if (pieces.get(k) >= THOUSANDS) {
                sides.add(Verdict.side(pieces.get(k) + " pieces", stat));
            }
            // a width where fewer than two trials finished has no standard error: it is left out of the fit
            if (pieces.get(k) >= THOUSANDS && stat.count() > 1 && stat.mean() > 0 && Double.isFinite(stat.mean())) {
                double se = stat.sd() / (stat.mean() * Math.sqrt(stat.count()));
                points.add(new double[] {Math.log(pieces.get(k)), Math.log(stat.mean()), se, pieces.get(k)});
            }
        }
        String claim = what + " gains little or loses over thousands of pieces (MSE ∝ pieces^−a over the widths"
                + " with >= " + THOUSANDS + " pieces, a <= " + LITTLE + " within 2 SE)";
        if (points.size() < 2) {
            return Verdict.undetermined(claim, "fewer than two widths with >= " + THOUSANDS
                    + " pieces where at least two trials finished", "fewer than two widths to fit");
        }
        double centre = points.stream().mapToDouble(p -> p[0]).average().orElseThrow();
        double suu = 0;
        double suv = 0;
        double variance = 0;
        for (double[] p : points) {
            double u = p[0] - centre;
            suu += u * u;
            suv += u * p[1];
            variance += u * u * p[2] * p[2];
        }
        double exponent = -suv / suu;
        double twoSe = 2 * Math.sqrt(variance) / suu;
        StringBuilder at = new StringBuilder();
        for (int k = 0; k < pieces.size(); k++) {
            if (pieces.get(k) >= THOUSANDS) {
                at.append(at.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%s (%d trials) at %d",
                        mse.get(k), mse.get(k).count(), pieces.get(k)));
            }
        }
        return Verdict.compared(claim, exponent - LITTLE <= twoSe, String.format(Locale.ROOT, "a = %.3g ± %.2g (2"
                + " SE); MSE %s pieces; DP's exponent %.3g", exponent, twoSe, at, dp), sides, exponent, twoSe);
    }
}
