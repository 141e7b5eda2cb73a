package org.splinelens.losssurface.critical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;
import org.junit.jupiter.api.Test;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.spline.LineFit;
import org.splinelens.losssurface.hessian.CriticalPoints;

/**
 * Thm 4's "only if" ('shallow ReLU networks as splines'), and the hypotheses its proof needs
 * ({@link Theorem4Hypotheses}): exact counterexamples that satisfy the printed hypotheses, are critical (the exact
 * gradient and central differences of the loss vanish) and are not piecewise OLS; and on random and generated nets,
 * whenever the corrected hypotheses hold, critical iff piecewise OLS.
 */
class Theorem4HypothesesTest {

    /**
     * A unit with {@code v = 0}, {@code w ≠ 0} whose breakpoint β solves {@code Σ_{x_n > β} e_n (x_n − β) = 0} for the
     * residuals of the rest of the net: {@code ∂ℓ/∂v} is that sum times w, {@code ∂ℓ/∂w}, {@code ∂ℓ/∂b} carry the
     * factor v = 0, so the net stays critical while β cuts a piece whose halves are not OLS fits.
     */
    @Test
    void aDeadOutputUnitAtARootOfTheMomentConditionIsCriticalButNotPiecewiseOls() {
        double[] x = {0, 1, 2, 3};
        // residuals orthogonal to 1 and x with opposite signs at the ends, so the moment has a root inside
        double[] e = {-1, 3, -3, 1};
        assertThat(sum(e, x, 0)).isZero();
        assertThat(sum(e, x, 1)).isZero();
        ShallowNetwork rest = ShallowNetwork.of(new double[] {1}, new double[] {1}, new double[] {1}, 0);
        double[] y = new double[x.length];
        for (int n = 0; n < x.length; n++) {
            y[n] = rest.value(x[n]) - e[n];
        }
        double beta = momentRoot(x, e);
        assertThat(beta).isStrictlyBetween(x[0], x[x.length - 1]);
        ShallowNetwork net = ShallowNetwork.of(new double[] {1, 2}, new double[] {1, -2 * beta},
                new double[] {1, 0}, 0);

        assertCriticalByExactGradientAndDifferences(net, x, y);
        CriticalPointReport report = CriticalPointReport.of(net, x, y);
        assertThat(report.critical()).isTrue();
        assertThat(report.hypotheses().printed()).isTrue();
        assertThat(report.piecewiseOls()).isFalse();
        assertNotOlsBesides(net, x, y, beta);
        assertThat(report.hypotheses().hold()).isFalse();
        assertThat(report.hypotheses().failures()).singleElement().satisfies(f -> {
            assertThat(f.hypothesis()).isEqualTo(Theorem4Hypothesis.NONZERO_OUTPUT_INSIDE);
            assertThat(f.unit()).isEqualTo(1);
            assertThat(f.breakpoint()).isEqualTo(beta);
            assertThat(f.message()).contains("unit " + f.unit() + " has v_i = 0");
        });
        // with v ≠ 0 the theorem's conclusion is back: the same net is no longer critical
        ShallowNetwork alive = ShallowNetwork.of(net.w(), net.b(), new double[] {1, 0x1p-10}, 0);
        assertThat(CriticalPointReport.of(alive, x, y).critical()).isFalse();
        assertThat(CriticalPointReport.of(alive, x, y).hypotheses().hold()).isTrue();
    }

    /**
     * A constant unit ({@code w = v = 0}, {@code b > 0}) is active on all data, so the printed hypothesis (ii) holds,
     * but its gradient forces only {@code Σ e = 0}; with the output bias at the mean the net is critical and its one
     * piece is not the OLS line.
     */
    @Test
    void aConstantUnitActiveOnAllDataSatisfiesThePrintedHypothesisAndForcesNothing() {
        double[] x = {-1, 0, 2};
        double[] y = {0, 1, 5};
        double mean = (y[0] + y[1] + y[2]) / 3;
        ShallowNetwork net = ShallowNetwork.of(new double[] {0}, new double[] {1}, new double[] {0}, mean);
        assertCriticalByExactGradientAndDifferences(net, x, y);
        CriticalPointReport report = CriticalPointReport.of(net, x, y);
        assertThat(report.critical()).isTrue();
        assertThat(report.hypotheses().printed()).isTrue();
        assertThat(report.piecewiseOls()).isFalse();
        assertThat(LineFit.of(x, y).slope()).isNotZero();
        assertThat(report.hypotheses().failures()).extracting(Theorem4Failure::hypothesis)
                .containsExactly(Theorem4Hypothesis.ACTIVE_ON_ALL);
    }

    /**
     * A right-facing unit ({@code v ≠ 0}) with its breakpoint on a data point: the gradient (relu'(0) = 0) forces the
     * OLS conditions on {@code x <= β} and {@code x > β}, the partition asks them on {@code x < β} and {@code x >= β}.
     * The loss is not differentiable in that unit's {@code w} and {@code b} there (its one-sided differences are 0 and
     * {@code e(β)}, which brackets 0), so "critical" is the relu'(0) = 0 convention's, and the report says which
     * hypothesis makes the conclusion fail.
     */
    @Test
    void aRightFacingBreakpointOnADataPointIsCriticalButNotPiecewiseOls() {
        double[] x = {0, 1, 2, 3, 4, 5};
        double[] e = {1, -2, 1, 1, -2, 1}; // orthogonal to 1 and x on {0, 1, 2} and on {3, 4, 5}
        ShallowNetwork net = ShallowNetwork.of(new double[] {1, 1}, new double[] {1, -2}, new double[] {1, 1}, 0);
        double[] y = new double[x.length];
        for (int n = 0; n < x.length; n++) {
            y[n] = net.value(x[n]) - e[n];
        }
        assertThat(ExactGradient.gradient(net.asDeep(), x, y)).containsOnly(0.0);
        double[] theta = net.parameters();
        double h = 0x1p-12;
        for (int k : new int[] {1, 3}) { // w_1 and b_1, layout w[0..H), b[0..H), v[0..H), b0
            double[] plus = theta.clone();
            double[] minus = theta.clone();
            plus[k] += h;
            minus[k] -= h;
            double at = net.loss(x, y);
            double right = (ShallowNetwork.fromParameters(2, plus).loss(x, y) - at) / h;
            double left = (at - ShallowNetwork.fromParameters(2, minus).loss(x, y)) / h;
            assertThat(Math.min(left, right)).as("parameter %d", k).isLessThanOrEqualTo(1e-9);
            assertThat(Math.max(left, right)).as("parameter %d", k).isGreaterThan(0.1);
        }
        CriticalPointReport report = CriticalPointReport.of(net, x, y);
        assertThat(report.critical()).isTrue();
        assertThat(report.hypotheses().printed()).isTrue();
        assertThat(report.piecewiseOls()).isFalse();
        assertNotOlsBesides(net, x, y, 2);
        assertThat(report.hypotheses().failures()).singleElement().satisfies(f -> {
            assertThat(f.hypothesis()).isEqualTo(Theorem4Hypothesis.BREAKPOINT_OFF_DATA);
            assertThat(f.unit()).isEqualTo(1);
        });
    }

    /**
     * The corrected Thm 4 on random nets with units of {@code v = 0} and {@code w = 0}, breakpoints on data points
     * and repeated x, and on generated critical points with a dead-output unit added at a root of its moment
     * condition: wherever the corrected hypotheses hold, critical iff piecewise OLS; the dead unit keeps the net
     * critical and is named whenever the pieces are not OLS fits.
     */
    @Property(tries = 200)
    @StatisticsReport(StatisticsReportMode.OFF)
    void whereTheCorrectedHypothesesHoldCriticalIffPiecewiseOls(@ForAll @LongRange(max = 1_000_000) long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        CriticalPoints.Point point = CriticalPoints.generate(r, r.nextInt(1, 5), r.nextInt(4, 14));
        CriticalPointReport good = CriticalPointReport.of(point.network(), point.x(), point.y());
        assertThat(good.critical()).isTrue();
        if (good.hypotheses().hold()) {
            assertThat(good.piecewiseOls()).isTrue();
        }
        ShallowNetwork net = point.network();
        double[] e = new double[point.x().length];
        net.values(point.x(), e);
        for (int n = 0; n < e.length; n++) {
            e[n] -= point.y()[n];
        }
        double beta = momentRoot(point.x(), e);
        if (!Double.isNaN(beta)) {
            ShallowNetwork dead = withUnit(net, 1, -beta, 0);
            CriticalPointReport report = CriticalPointReport.of(dead, point.x(), point.y());
            assertThat(report.critical()).isTrue();
            if (!report.piecewiseOls()) {
                assertThat(report.hypotheses().failures()).extracting(Theorem4Failure::unit)
                        .contains(net.width());
            }
            Statistics.label("dead unit: critical, not piecewise OLS").collect(!report.piecewiseOls());
        }
        ShallowNetwork random = randomNet(r);
        double[] x = new double[r.nextInt(1, 9)];
        double[] y = new double[x.length];
        for (int n = 0; n < x.length; n++) {
            x[n] = n > 0 && r.nextInt(4) == 0 ? x[n - 1] : r.nextInt(-4, 5) * 0.5;
            y[n] = r.nextInt(-4, 5) * 0.25;
        }
        CriticalPointReport report = CriticalPointReport.of(random, x, y);
        if (report.hypotheses().hold()) {
            assertThat(report.piecewiseOls()).isEqualTo(report.critical());
        }
        Statistics.label("random: hypotheses").collect(report.hypotheses().hold() ? "hold"
                : report.hypotheses().printed() ? "only the printed hold" : "printed fail");
        Statistics.label("random: critical where they hold").collect(report.hypotheses().hold() && report.critical());
        Statistics.label("dead unit: critical, not piecewise OLS").coverage(c -> c.check(true).count(n -> n >= 20));
        Statistics.label("random: hypotheses").coverage(c -> {
            c.check("hold").count(n -> n >= 20);
            c.check("only the printed hold").count(n -> n >= 20);
        });
    }

    private static ShallowNetwork randomNet(SplittableRandom r) {
        int h = r.nextInt(1, 6);
        double[] w = new double[h];
        double[] b = new double[h];
        double[] v = new double[h];
        for (int i = 0; i < h; i++) {
            w[i] = r.nextInt(5) == 0 ? 0 : r.nextInt(-2, 3);
            b[i] = r.nextInt(-4, 5) * 0.5;
            v[i] = r.nextInt(4) == 0 ? 0 : r.nextInt(-3, 4) * 0.5;
        }
        return ShallowNetwork.of(w, b, v, r.nextInt(-2, 3) * 0.5);
    }

    private static ShallowNetwork withUnit(ShallowNetwork net, double w, double b, double v) {
        int h = net.width();
        double[] ws = java.util.Arrays.copyOf(net.w(), h + 1);
        double[] bs = java.util.Arrays.copyOf(net.b(), h + 1);
        double[] vs = java.util.Arrays.copyOf(net.v(), h + 1);
        ws[h] = w;
        bs[h] = b;
        vs[h] = v;
        return ShallowNetwork.of(ws, bs, vs, net.b0());
    }

    /**
     * @return a root β strictly between two consecutive distinct data values of {@code m(β) = Σ_{x_n > β} e_n (x_n − β)},
     *         which is linear there, or NaN when m has none (or vanishes on a whole interval)
     */
    static double momentRoot(double[] x, double[] e) {
        double[] knots = java.util.Arrays.stream(x).sorted().distinct().toArray();
        for (int k = 0; k + 1 < knots.length; k++) {
            double sumE = 0;
            double sumEx = 0;
            for (int n = 0; n < x.length; n++) {
                if (x[n] > knots[k]) {
                    sumE += e[n];
                    sumEx += e[n] * x[n];
                }
            }
            // m(β) = Σ e x − β Σ e on (knots[k], knots[k + 1])
            if (sumE != 0) {
                double root = sumEx / sumE;
                if (root > knots[k] && root < knots[k + 1]) {
                    return root;
                }
            }
        }
        return Double.NaN;
    }

    private static double sum(double[] e, double[] x, int power) {
        double s = 0;
        for (int n = 0; n < e.length; n++) {
            s += e[n] * (power == 0 ? 1 : x[n]);
        }
        return s;
    }

    /** The exact gradient is zero, and central differences of the loss vanish in every parameter. */
    private static void assertCriticalByExactGradientAndDifferences(ShallowNetwork net, double[] x, double[] y) {
        assertThat(ExactGradient.gradient(net.asDeep(), x, y)).containsOnly(0.0);
        double[] theta = net.parameters();
        double h = 0x1p-12; // a dyadic step: the loss is quadratic near θ (no datum on a moving breakpoint)
        for (int k = 0; k < theta.length; k++) {
            double[] plus = theta.clone();
            double[] minus = theta.clone();
            plus[k] += h;
            minus[k] -= h;
            double difference = (ShallowNetwork.fromParameters(net.width(), plus).loss(x, y)
                    - ShallowNetwork.fromParameters(net.width(), minus).loss(x, y)) / (2 * h);
            assertThat(Math.abs(difference)).as("parameter %d", k).isLessThan(1e-9);
        }
    }

    /** The OLS lines of the data on each side of {@code beta} differ from the net's line there. */
    private static void assertNotOlsBesides(ShallowNetwork net, double[] x, double[] y, double beta) {
        for (boolean left : new boolean[] {true, false}) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int n = 0; n < x.length; n++) {
                if ((x[n] < beta) == left) {
                    xs.add(x[n]);
                    ys.add(y[n]);
                }
            }
            double[] px = xs.stream().mapToDouble(Double::doubleValue).toArray();
            double[] py = ys.stream().mapToDouble(Double::doubleValue).toArray();
            LineFit ols = LineFit.of(px, py);
            double a = px[0];
            double b = px[px.length - 1];
            // the net is affine on the side's data: compare it with the OLS line at the side's two ends
            boolean same = Math.abs(ols.value(a) - net.value(a)) < 1e-9 && Math.abs(ols.value(b) - net.value(b)) < 1e-9;
            assertThat(same).as(left ? "left of β" : "right of β").isFalse();
        }
    }
}
