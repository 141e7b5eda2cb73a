package org.splinelens.losssurface.critical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.spline.LineFit;

/**
 * The report's fast path (sorted data, a counting sort of points into pieces, one key per activation set) against the
 * definitions computed directly: every unit's pattern as N flags, pairs of units compared flag by flag, every piece's
 * points found by scanning the data and its network line summed over the units active inside it. Nets include units
 * with {@code w = 0}, shared breakpoints and data with repeated x.
 */
class CriticalPointReportProperties {

    @Property(tries = 300)
    void fastPathAgreesWithTheDefinitions(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int h = r.nextInt(0, 12);
        int size = r.nextInt(1, 10);
        double[] x = new double[size];
        double[] y = new double[size];
        for (int n = 0; n < size; n++) {
            x[n] = r.nextInt(4) == 0 && n > 0 ? x[n - 1] : r.nextInt(-6, 7) * 0.5;
            y[n] = r.nextGaussian();
        }
        double[] w = new double[h];
        double[] b = new double[h];
        double[] v = new double[h];
        for (int i = 0; i < h; i++) {
            w[i] = r.nextInt(5) == 0 ? 0 : r.nextInt(-2, 3);
            b[i] = r.nextInt(-6, 7) * 0.5; // breakpoints often on data points and on each other
            v[i] = r.nextInt(6) == 0 ? 0 : r.nextGaussian();
        }
        ShallowNetwork net = ShallowNetwork.of(w, b, v, r.nextGaussian());
        CriticalPointReport report = CriticalPointReport.of(net, x, y);

        boolean[][] active = new boolean[h][size];
        for (int i = 0; i < h; i++) {
            for (int n = 0; n < size; n++) {
                active[i][n] = w[i] * x[n] + b[i] > 0;
            }
        }
        List<int[]> shared = new ArrayList<>();
        List<int[]> complementary = new ArrayList<>();
        boolean someOnAll = false;
        for (int i = 0; i < h; i++) {
            int count = 0;
            double first = Double.NaN;
            boolean oneValue = true;
            for (int n = 0; n < size; n++) {
                if (active[i][n]) {
                    count++;
                    oneValue &= count == 1 || x[n] == first;
                    first = count == 1 ? x[n] : first;
                }
            }
            someOnAll |= count == size;
            assertThat(report.degeneracies().activeOnAll().contains(i)).isEqualTo(count == size);
            assertThat(report.degeneracies().activeOnNone().contains(i)).isEqualTo(count == 0);
            assertThat(report.degeneracies().singleInput().contains(i)).isEqualTo(count > 0 && oneValue);
            for (int j = i + 1; j < h; j++) {
                if (Arrays.equals(active[i], active[j])) {
                    shared.add(new int[] {i, j});
                }
                boolean complement = true;
                for (int n = 0; n < size; n++) {
                    complement &= active[i][n] != active[j][n];
                }
                if (complement) {
                    complementary.add(new int[] {i, j});
                }
            }
        }
        assertThat(report.hypotheses().printed()).isEqualTo(someOnAll);
        assertThat(pairsWithin(report.degeneracies().sharedPatterns())).containsExactlyElementsOf(shared);
        assertThat(pairsAcross(report.degeneracies().complementary())).containsExactlyElementsOf(complementary);
        assertThat(report.degeneracies().sharedPairs()).isEqualTo(shared.size());
        assertThat(report.degeneracies().complementaryPairs()).isEqualTo(complementary.size());

        double[] beta = java.util.stream.IntStream.range(0, h).filter(i -> w[i] != 0)
                .mapToDouble(i -> -b[i] / w[i]).sorted().toArray();
        List<PieceFit> pieces = report.pieces();
        int k = 0;
        for (int p = 0; p <= beta.length; p++) {
            double from = p == 0 ? Double.NEGATIVE_INFINITY : beta[p - 1];
            double to = p == beta.length ? Double.POSITIVE_INFINITY : beta[p];
            if (p > 0 && p < beta.length && from == to) {
                continue;
            }
            PieceFit piece = pieces.get(k++);
            double[] px = new double[size];
            double[] py = new double[size];
            int count = 0;
            for (int n = 0; n < size; n++) {
                if (x[n] >= from && x[n] < to) {
                    px[count] = x[n];
                    py[count++] = y[n];
                }
            }
            assertThat(piece.from()).isEqualTo(from);
            assertThat(piece.to()).isEqualTo(to);
            assertThat(piece.points()).isEqualTo(count);
            LineFit line = LineFit.of(px, py, 0, count);
            // bit for bit: the same points in the same order
            Double slopeOls = line.unique() ? line.slope() : Double.NaN;
            Double interceptOls = line.unique() ? line.intercept() : Double.NaN;
            assertThat(Double.valueOf(piece.olsSlope())).isEqualTo(slopeOls);
            assertThat(Double.valueOf(piece.olsIntercept())).isEqualTo(interceptOls);
            double inside = Double.isInfinite(from) ? (Double.isInfinite(to) ? 0 : to - 1)
                    : Double.isInfinite(to) ? from + 1 : 0.5 * (from + to);
            double slope = 0;
            double intercept = net.b0();
            double scale = Math.abs(net.b0());
            for (int i = 0; i < h; i++) {
                if (w[i] * inside + b[i] > 0) {
                    slope += v[i] * w[i];
                    intercept += v[i] * b[i];
                }
                scale += Math.abs(v[i]) * (Math.abs(w[i]) + Math.abs(b[i]));
            }
            assertThat(piece.netSlope()).isCloseTo(slope, within(1e-12 * scale));
            assertThat(piece.netIntercept()).isCloseTo(intercept, within(1e-12 * scale));
        }
        assertThat(k).isEqualTo(pieces.size());
    }

    /** A thousand units on six points: the classes hold the ~10^5 shared pairs without listing them. */
    @Test
    void aWideNetOnFewPointsListsClassesNotPairs() {
        int h = 1000;
        double[] x = {-2.5, -1.5, -0.5, 0.5, 1.5, 2.5};
        double[] w = new double[h];
        double[] b = new double[h];
        double[] v = new double[h];
        for (int i = 0; i < h; i++) {
            w[i] = i % 2 == 0 ? 1 : -1;
            b[i] = -w[i] * (-3 + i % 7); // breakpoints -3 … 3, on no data point
            v[i] = 1;
        }
        CriticalPointReport report = CriticalPointReport.of(ShallowNetwork.of(w, b, v, 0), x, new double[6]);
        // 14 (orientation, breakpoint) classes of 71 or 72 units; every pair within a class shares its pattern
        Degeneracies d = report.degeneracies();
        long pairs = 0;
        for (int[] units : d.sharedPatterns()) {
            pairs += (long) units.length * (units.length - 1) / 2;
        }
        assertThat(d.sharedPatterns().stream().mapToInt(u -> u.length).sum()).isEqualTo(h);
        assertThat(d.sharedPairs()).isEqualTo(pairs).isGreaterThan(30_000);
    }

    private static List<int[]> pairsWithin(List<int[]> classes) {
        List<int[]> pairs = new ArrayList<>();
        for (int[] units : classes) {
            for (int a = 0; a < units.length; a++) {
                for (int c = a + 1; c < units.length; c++) {
                    pairs.add(new int[] {units[a], units[c]});
                }
            }
        }
        return sorted(pairs);
    }

    private static List<int[]> pairsAcross(List<int[][]> classPairs) {
        List<int[]> pairs = new ArrayList<>();
        for (int[][] classes : classPairs) {
            for (int i : classes[0]) {
                for (int j : classes[1]) {
                    pairs.add(new int[] {Math.min(i, j), Math.max(i, j)});
                }
            }
        }
        return sorted(pairs);
    }

    private static List<int[]> sorted(List<int[]> pairs) {
        pairs.sort((p, q) -> p[0] != q[0] ? Integer.compare(p[0], q[0]) : Integer.compare(p[1], q[1]));
        return pairs;
    }
}
