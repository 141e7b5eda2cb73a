package org.splinelens.losssurface.partition;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.assertj.core.data.Offset;

/**
 * Lemma 1 and Remark 1 ('shallow ReLU networks as splines') at growing N: the exact finite-N formulas against brute
 * force, and their asymptotic forms against the exact values (ratio → 1). The counts and the corrected probability
 * are {@link LonelyPartitions}'; ERRATA E7 and E14.
 */
class LonelinessAsymptoticsProperties {

    /**
     * Remark 1, exact: with H equally spaced breakpoints on [0, 1] (M = H − 1 equal cells) and N uniform points, each
     * point falls in each cell with probability 1/M independently, so the lonely fraction of all {@code M^N} cell
     * assignments is the probability. Each assignment is placed inside its cells and judged by {@link DataPartition};
     * the fraction must equal {@code Π_{k<N} (1 − k/M)}.
     */
    // seeded: asymptotic rates checked at finite N: the tolerance is calibrated on these draws
    @Property(tries = 25, seed = "41")
    void lonelyProbabilityEqualsTheLonelyFractionOfAllCellAssignments(@ForAll @IntRange(min = 1, max = 5) int points,
            @ForAll @IntRange(min = 2, max = 8) int width) {
        int cells = width - 1;
        double[] breakpoints = new double[width];
        for (int i = 0; i < width; i++) {
            breakpoints[i] = (double) i / cells;
        }
        SplittableRandom jitter = new SplittableRandom(points * 31L + width);
        int total = (int) Math.pow(cells, points);
        int lonely = 0;
        double[] x = new double[points];
        for (int code = 0; code < total; code++) {
            int rest = code;
            for (int n = 0; n < points; n++) {
                int cell = rest % cells;
                rest /= cells;
                x[n] = (cell + 0.05 + 0.9 * jitter.nextDouble()) / cells;
            }
            lonely += DataPartition.of(breakpoints, x).lonely() ? 1 : 0;
        }
        assertThat((double) lonely / total).isCloseTo(LonelyPartitions.probabilityUniform(points, width),
                Offset.offset(1e-12));
    }

    /**
     * Remark 1's asymptotic form, corrected (E7): with {@code H = d N²}, the exact {@code P_N = Π_{k<N}(1 − k/M)}
     * against {@code A_N = exp(−N(N − 1)/(2M))}. Derived: {@code ln(P_N/A_N) = −Σ_{k<N} (k²/(2M²) + k³/(3M³) + …)},
     * so {@code N ln(P_N/A_N) → −1/(6d²)}: the ratio tends to 1 like {@code 1/N}, and both tend to
     * {@code e^{−1/(2d)}}.
     */
    // seeded: asymptotic rates checked at finite N: the tolerance is calibrated on these draws
    @Property(tries = 6, seed = "43")
    void lonelyProbabilityApproachesItsExponentialFormLikeOneOverN(@ForAll @IntRange(min = 1, max = 6) int d) {
        double previousGap = Double.POSITIVE_INFINITY;
        for (int n = 8; n <= 256; n *= 2) {
            int width = d * n * n;
            double exact = LonelyPartitions.probabilityUniform(n, width);
            double asymptotic = Math.exp(-(double) n * (n - 1) / (2.0 * (width - 1)));
            double logRatio = Math.log(exact / asymptotic);
            assertThat(logRatio).isNegative();
            assertThat(n * logRatio).as("N ln(P/A), N = %d, d = %d", n, d)
                    .isCloseTo(-1.0 / (6.0 * d * d), Offset.offset(1.0 / (d * d * n)));
            double gap = Math.abs(exact - Math.exp(-1.0 / (2 * d)));
            assertThat(gap).isLessThan(previousGap);
            previousGap = gap;
        }
        assertThat(previousGap).isLessThan(2e-3);
    }

    /**
     * Lemma 1's count {@code C(H + 1, N)} at {@code H = cN}: against Stirling's form
     * {@code C(n, k) ≈ √(n/(2π k (n − k))) nⁿ/(k^k (n − k)^{n−k})} (ratio → 1, error {@code O(1/N)}), and the printed
     * bound {@code O(N^{cN})}: it holds for every N >= 2 (checked exactly), but the count grows only exponentially,
     * {@code ln C / N → c ln c − (c − 1) ln(c − 1)}, so {@code ln C / ln N^{cN} → 0} (ERRATA E14).
     */
    // seeded: asymptotic rates checked at finite N: the tolerance is calibrated on these draws
    @Property(tries = 8, seed = "47")
    void lonelyCountFollowsStirlingAndGrowsExponentiallyNotLikeNToTheCN(@ForAll @IntRange(min = 2, max = 9) int c) {
        double entropyRate = c * Math.log(c) - (c - 1) * Math.log(c - 1);
        double previousShare = Double.POSITIVE_INFINITY;
        for (int n = 4; n <= 512; n *= 2) {
            BigInteger count = LonelyPartitions.count(n, c * n);
            double exactLog = logOf(count);
            double stirlingLog = stirlingLogBinomial(c * n + 1, n);
            assertThat(exactLog - stirlingLog).as("ln(exact/Stirling), N = %d", n)
                    .isBetween(-1.0 / (4 * n), 0.0);
            assertThat(count.compareTo(BigInteger.valueOf(n).pow(c * n))).isLessThanOrEqualTo(0);
            double share = exactLog / (c * n * Math.log(n));
            assertThat(share).isLessThan(previousShare);
            previousShare = share;
            if (n >= 256) {
                assertThat(exactLog / n).isCloseTo(entropyRate, Offset.offset(0.05 * entropyRate));
            }
        }
        assertThat(previousShare).isLessThan(0.2);
    }

    private static double stirlingLogBinomial(int n, int k) {
        return 0.5 * Math.log(n / (2 * Math.PI * k * (double) (n - k))) + n * Math.log(n) - k * Math.log(k)
                - (n - k) * Math.log(n - k);
    }

    private static double logOf(BigInteger value) {
        int shift = Math.max(0, value.bitLength() - 60);
        return Math.log(value.shiftRight(shift).doubleValue()) + shift * Math.log(2);
    }
}
