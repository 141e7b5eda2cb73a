package org.splinelens.core.spline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.splinelens.core.limits.PrecisionExceeded;

/** The least-squares line against the normal equations solved in exact arithmetic, and its rule for degenerate data. */
class LineFitProperties {
    private static final MathContext MC = MathContext.DECIMAL128;

    /**
     * {slope, intercept, rss, Syy, Sxx} from the uncentred normal equations, sums exact in BigDecimal, 34 digits after.
     */
    private static double[] normalEquations(double[] x, double[] y, int from, int to) {
        BigDecimal n = BigDecimal.valueOf(to - from);
        BigDecimal sx = BigDecimal.ZERO;
        BigDecimal sy = BigDecimal.ZERO;
        BigDecimal sxx = BigDecimal.ZERO;
        BigDecimal sxy = BigDecimal.ZERO;
        BigDecimal syy = BigDecimal.ZERO;
        for (int k = from; k < to; k++) {
            BigDecimal xk = new BigDecimal(x[k]);
            BigDecimal yk = new BigDecimal(y[k]);
            sx = sx.add(xk);
            sy = sy.add(yk);
            sxx = sxx.add(xk.multiply(xk));
            sxy = sxy.add(xk.multiply(yk));
            syy = syy.add(yk.multiply(yk));
        }
        // n·Sxx = nΣx² − (Σx)², n·Sxy = nΣxy − ΣxΣy, n·Syy = nΣy² − (Σy)², all exact
        BigDecimal nSxx = n.multiply(sxx).subtract(sx.multiply(sx));
        BigDecimal nSxy = n.multiply(sxy).subtract(sx.multiply(sy));
        BigDecimal nSyy = n.multiply(syy).subtract(sy.multiply(sy));
        BigDecimal slope = nSxy.divide(nSxx, MC);
        BigDecimal intercept = sy.subtract(slope.multiply(sx, MC), MC).divide(n, MC);
        BigDecimal rss = nSyy.subtract(nSxy.multiply(nSxy).divide(nSxx, MC), MC).divide(n, MC);
        return new double[] {slope.doubleValue(), intercept.doubleValue(), rss.doubleValue(),
                nSyy.divide(n, MC).doubleValue(), nSxx.divide(n, MC).doubleValue()};
    }

    private static double[][] randomData(SplittableRandom r, int n) {
        double offset = r.nextBoolean() ? 0 : r.nextDouble(-1e3, 1e3);
        double spread = Math.pow(10, r.nextDouble(-2, 1));
        double slope = r.nextGaussian() * 3;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = offset + spread * r.nextGaussian();
            y[k] = slope * x[k] + r.nextGaussian() + 5;
        }
        return new double[][] {x, y};
    }

    @Property(tries = 300)
    void lineOfArraysSolvesTheNormalEquations(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int size = r.nextInt(2, 40);
        double[][] data = randomData(r, size);
        int from = r.nextInt(0, size - 1);
        int to = r.nextInt(from + 2, size + 1);
        double[] exact = normalEquations(data[0], data[1], from, to);
        LineFit fit = LineFit.of(data[0], data[1], from, to);
        assertThat(fit.unique()).isTrue();
        assertThat(fit.n()).isEqualTo(to - from);
        assertThat(fit.slope()).isCloseTo(exact[0], within(1e-9 * (1 + Math.abs(exact[0]))));
        // the intercept is the line's value at 0, which may lie far from the data: scale by the slope's lever arm
        double lever = Math.abs(exact[0]) * (1 + Math.abs(data[0][from]));
        assertThat(fit.intercept()).isCloseTo(exact[1], within(1e-9 * (1 + Math.abs(exact[1]) + lever)));
        assertThat(fit.rss()).isCloseTo(exact[2], within(1e-9 * (1 + exact[3])));
        double residuals = 0;
        for (int k = from; k < to; k++) {
            double e = data[1][k] - fit.value(data[0][k]);
            residuals += e * e;
        }
        assertThat(fit.rss()).isCloseTo(residuals, within(1e-9 * (1 + exact[3])));
    }

    /** The prefix-sum path of segmented regression: globally centred prefixes, one run's differences. */
    @Property(tries = 300)
    void prefixSumPathAgreesWithArrayPathAndItsStaticRss(
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int size = r.nextInt(2, 60);
        double[][] data = randomData(r, size);
        double[] x = data[0];
        double[] y = data[1];
        double meanX = 0;
        double meanY = 0;
        for (int k = 0; k < size; k++) {
            meanX += x[k] / size;
            meanY += y[k] / size;
        }
        double[][] prefix = new double[5][size + 1];
        for (int k = 0; k < size; k++) {
            double u = x[k] - meanX;
            double v = y[k] - meanY;
            double[] terms = {u, v, u * u, u * v, v * v};
            for (int m = 0; m < 5; m++) {
                prefix[m][k + 1] = prefix[m][k] + terms[m];
            }
        }
        int from = r.nextInt(0, size - 1);
        int to = r.nextInt(from + 2, size + 1);
        double[] s = new double[5];
        for (int m = 0; m < 5; m++) {
            s[m] = prefix[m][to] - prefix[m][from];
        }
        LineFit sums = LineFit.ofSums(to - from, meanX, meanY, s[0], s[1], s[2], s[3], s[4]);
        LineFit arrays = LineFit.of(x, y, from, to);
        double[] exact = normalEquations(x, y, from, to);
        assertThat(sums.rss()).isEqualTo(LineFit.rss(to - from, s[0], s[1], s[2], s[3], s[4]));
        // the prefix path loses what cancels in Sxx = Σu² − (Σu)²/n: its error grows with κ = Σu² / Sxx
        double kappa = Math.max(1, s[2] / exact[4]);
        assertThat(sums.rss()).isCloseTo(arrays.rss(), within(1e-9 * kappa * (1 + exact[3])));
        assertThat(sums.slope()).isCloseTo(arrays.slope(), within(1e-9 * kappa * (1 + Math.abs(exact[0]))));
        // a value goes through the intercept at x = 0: its rounding grows with the lever arm |slope·x| too
        double at = x[from];
        double lever = Math.abs(arrays.slope() * at);
        assertThat(sums.value(at)).isCloseTo(arrays.value(at),
                within(1e-9 * kappa * (1 + Math.abs(arrays.value(at)) + lever)));
    }

    @Test
    void pointsOnALineGiveThatLineWithNoResidual() {
        double[] x = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        double[] y = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            y[k] = 2 * x[k] - 1;
        }
        LineFit fit = LineFit.of(x, y);
        assertThat(fit.slope()).isCloseTo(2, within(1e-15));
        assertThat(fit.intercept()).isCloseTo(-1, within(1e-14));
        assertThat(fit.rss()).isCloseTo(0, within(1e-25));
        assertThat(fit.unique()).isTrue();
    }

    @Test
    void noPointsGiveTheZeroLine() {
        assertThat(LineFit.of(new double[0], new double[0])).isEqualTo(new LineFit(0, 0, 0, 0, false));
        assertThat(LineFit.of(new double[] {1, 2, 3}, new double[] {4, 5, 6}, 2, 2))
                .isEqualTo(new LineFit(0, 0, 0, 0, false));
        assertThat(LineFit.rss(0, 0, 0, 0, 0, 0)).isZero();
    }

    @Test
    void onePointGivesTheHorizontalLineThroughItWithNoResidual() {
        assertThat(LineFit.of(new double[] {3}, new double[] {5})).isEqualTo(new LineFit(1, 0, 5, 0, false));
        // prefix differences of one point need not satisfy Σu² = (Σu)² exactly: the rss is still 0
        assertThat(LineFit.rss(1, 1e-3, 2, 1e-6 + 1e-15, 2e-3 + 1e-15, 4 + 1e-12)).isZero();
        LineFit sums = LineFit.ofSums(1, 10, 20, 1e-3, 2, 1e-6 + 1e-15, 2e-3 + 1e-15, 4 + 1e-12);
        assertThat(sums.slope()).isZero();
        assertThat(sums.intercept()).isEqualTo(22);
        assertThat(sums.unique()).isFalse();
    }

    @Test
    void equalXGiveTheHorizontalLineThroughTheMeanWithTheSpreadOfYAsRss() {
        // 0.1 seven times: the rounded mean is not exactly 0.1, so the centred Σ(x − x̄)² is tiny but not zero
        double[] x = {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1};
        double[] y = {1, -2, 0.5, 3, 7, -1, 2};
        double meanY = 10.5 / 7;
        double syy = 0;
        for (double v : y) {
            syy += (v - meanY) * (v - meanY);
        }
        LineFit fit = LineFit.of(x, y);
        assertThat(fit.unique()).isFalse();
        assertThat(fit.slope()).isZero();
        assertThat(fit.intercept()).isCloseTo(meanY, within(1e-15));
        assertThat(fit.rss()).isCloseTo(syy, within(1e-12 * syy));
        // prefix sums far from the run: Sxx = 1e-8 is below 1e-12 of Σu² = 2e6, rounding, not spread
        LineFit far = LineFit.ofSums(2, 0, 0, 2e3, 3, 2e6 + 1e-8, 3e3 + 1, 5.5);
        assertThat(far.unique()).isFalse();
        assertThat(far.slope()).isZero();
        assertThat(far.rss()).isEqualTo(LineFit.rss(2, 2e3, 3, 2e6 + 1e-8, 3e3 + 1, 5.5)).isCloseTo(1, within(1e-12));
    }

    @Test
    void inconsistentValuesAndRangesAreRejected() {
        assertThatThrownBy(() -> new LineFit(-1, 0, 0, 0, false)).hasMessageContaining("n >= 0");
        assertThatThrownBy(() -> new LineFit(3, 0, 0, -1, false)).hasMessageContaining("rss >= 0");
        assertThatThrownBy(() -> new LineFit(1, 0, 0, 0, true)).hasMessageContaining("n >= 2");
        assertThatThrownBy(() -> LineFit.of(new double[2], new double[3])).hasMessageContaining("equally many");
        assertThatThrownBy(() -> LineFit.of(new double[2], new double[2], 1, 3)).hasMessageContaining("[1, 3)");
    }

    /**
     * requireSquarable passes exactly the data whose moments stay finite and normal: at the edge it refuses, and where
     * it passes, the line is finite and unique.
     */
    @Test
    void dataWhoseSquaresLeaveDoublePrecisionAreRefused() {
        double[] y = {0, 1, 0};
        assertThatThrownBy(() -> LineFit.requireSquarable("dp", new double[] {0, 1e-300, 2e-300}, y))
                .isInstanceOf(PrecisionExceeded.class).hasMessageContaining("squares underflow");
        assertThatThrownBy(() -> LineFit.requireSquarable("dp", new double[] {-1e200, 0, 1e200}, y))
                .isInstanceOf(PrecisionExceeded.class).hasMessageContaining("squares overflow");
        assertThatThrownBy(() -> LineFit.requireSquarable("dp", new double[] {0, 1, 2}, new double[] {0, 1e160, 0}))
                .isInstanceOf(PrecisionExceeded.class).hasMessageContaining("|y| up to 1.0E160");
        // an offset is no spread: x near 1e200, 1e90 apart, square fine once centred
        double[] near = {1e200, 1e200 + 1e90, 1e200 + 2e90};
        LineFit.requireSquarable("dp", near, y);
        double[] edge = {0, 1e-150, 2e-150};
        LineFit.requireSquarable("dp", edge, y);
        LineFit line = LineFit.of(edge, new double[] {0, 1, 2});
        assertThat(line.unique()).isTrue();
        assertThat(line.slope()).isCloseTo(1e150, within(1e138));
    }
}
