package org.splinelens.core.spline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.constraints.LongRange;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.testing.RandomNetworks;

/** Paper 'shallow ReLU networks as splines', Eq. 1–2: network = BDSO = canonical PWL everywhere. */
class BdsoEquivalenceProperties {

    static double termScale(ShallowNetwork net, double x) {
        return RandomNetworks.termScale(net, x);
    }

    @Property(tries = 300)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void networkBdsoAndPwlAgreeEverywhere(@ForAll ShallowNetwork net, @ForAll Random r) {
        Bdso bdso = Bdso.of(net);
        Pwl pwl = bdso.toPwl();
        boolean deadWeight = bdso.size() < net.width();
        boolean coincident = pwl.knotCount() < bdso.size();
        Statistics.label("w = 0 unit").collect(deadWeight);
        Statistics.label("coincident or zero-delta-slope breakpoints").collect(coincident);
        Statistics.label("w = 0 unit").coverage(c -> c.check(true).percentage(p -> p > 20));
        Statistics.label("coincident or zero-delta-slope breakpoints").coverage(c -> c.check(true)
                .percentage(p -> p > 20));
        for (int k = 0; k < 200; k++) {
            double x = k < bdso.size() ? bdso.breakpoint(k) : r.nextGaussian() * Math.pow(10, r.nextInt(-3, 4));
            double f = net.value(x);
            double tol = 1e-9 * (termScale(net, x) + 1e-300);
            assertThat(bdso.value(x)).isCloseTo(f, org.assertj.core.data.Offset.offset(tol));
            assertThat(pwl.value(x)).isCloseTo(f, org.assertj.core.data.Offset.offset(tol + 1e-9 * Math.abs(x)
                    * maxAbsSlope(pwl)));
        }
    }

    private static double maxAbsSlope(Pwl pwl) {
        double m = 0;
        for (double s : pwl.slopes()) {
            m = Math.max(m, Math.abs(s));
        }
        return m;
    }

    @Property(tries = 200)
    void pwlToNetworkToPwlRoundTrips(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int k = r.nextInt(0, 25);
        double[] x = new double[k + 1];
        double[] y = new double[k + 1];
        double at = -5;
        for (int i = 0; i <= k; i++) {
            at += 0.01 + r.nextDouble();
            x[i] = at;
            y[i] = r.nextDouble() * 4 - 2;
        }
        Pwl pwl = Pwl.throughPoints(x, y, r.nextGaussian(), r.nextGaussian());
        ShallowNetwork net = pwl.toShallowNetwork();
        Pwl back = Bdso.of(net).toPwl();
        assertThat(back.knots()).containsExactly(pwl.knots());
        for (int p = 0; p < pwl.pieces(); p++) {
            assertThat(back.slope(p)).isCloseTo(pwl.slope(p), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(back.intercept(p)).isCloseTo(pwl.intercept(p), org.assertj.core.data.Offset.offset(1e-8));
        }
        for (int i = 0; i <= k; i++) {
            assertThat(net.value(x[i])).isCloseTo(y[i], org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    /** Sec 2.1: (w, b, v) → (αw, αb, v/α) and unit permutations leave function, BDSO and loss invariant. */
    @Property(tries = 200)
    void positiveRescalingAndPermutationLeaveFunctionBdsoAndLossInvariant(@ForAll ShallowNetwork net,
            @ForAll Random r) {
        int h = net.width();
        double[] w = new double[h];
        double[] b = new double[h];
        double[] v = new double[h];
        int[] perm = new int[h];
        for (int i = 0; i < h; i++) {
            perm[i] = i;
        }
        for (int i = h - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        for (int i = 0; i < h; i++) {
            double alpha = Math.pow(2, r.nextInt(-8, 9)); // powers of two scale exactly
            w[i] = alpha * net.w(perm[i]);
            b[i] = alpha * net.b(perm[i]);
            v[i] = net.v(perm[i]) / alpha;
        }
        ShallowNetwork other = ShallowNetwork.of(w, b, v, net.b0());
        // the BDSO is the same multiset of (β, μ, s): powers of two rescale without rounding
        assertThat(sortedUnits(Bdso.of(other))).isEqualTo(sortedUnits(Bdso.of(net)));
        assertThat(Bdso.of(other).constant()).isCloseTo(Bdso.of(net).constant(),
                org.assertj.core.data.Offset.offset(1e-12 * (1 + Math.abs(Bdso.of(net).constant()))));
        Pwl expected = Bdso.of(net).toPwl();
        Pwl actual = Bdso.of(other).toPwl();
        // breakpoints are invariant exactly; slopes and intercepts up to the order of summation
        assertThat(actual.knots()).containsExactly(expected.knots());
        for (int p = 0; p < expected.pieces(); p++) {
            assertThat(actual.slope(p)).isCloseTo(expected.slope(p),
                    org.assertj.core.data.Offset.offset(1e-12 * (1 + Math.abs(expected.slope(p)))));
            assertThat(actual.intercept(p)).isCloseTo(expected.intercept(p),
                    org.assertj.core.data.Offset.offset(1e-12 * (1 + Math.abs(expected.intercept(p)))));
        }
        double[] xs = new double[50];
        double[] ys = new double[50];
        for (int n = 0; n < xs.length; n++) {
            xs[n] = r.nextGaussian() * 3;
            ys[n] = r.nextGaussian();
            assertThat(other.value(xs[n])).isCloseTo(net.value(xs[n]),
                    org.assertj.core.data.Offset.offset(1e-12 * (termScale(net, xs[n]) + 1e-300)));
        }
        assertThat(other.loss(xs, ys)).isCloseTo(net.loss(xs, ys),
                org.assertj.core.data.Percentage.withPercentage(1e-8));
    }

    private static java.util.List<String> sortedUnits(Bdso bdso) {
        java.util.List<String> units = new java.util.ArrayList<>();
        for (int i = 0; i < bdso.size(); i++) {
            units.add(bdso.breakpoint(i) + "/" + bdso.deltaSlope(i) + "/" + bdso.orientation(i));
        }
        java.util.Collections.sort(units);
        return units;
    }
}
