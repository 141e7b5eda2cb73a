package org.splinelens.losssurface.hessian;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.splinelens.core.network.ShallowNetwork;

/**
 * Critical points of the loss with Cor 2's degeneracies planted, as a shrinking jqwik {@link Arbitrary}: data on a
 * few distinct x-values (some held by two points), units of the {@link Kind}s below, and targets {@code y = f − r}
 * where r is orthogonal to {@code 1} and {@code x} on every cell of points sharing one activation pattern — every
 * unit's active set is a union of cells, so the gradient vanishes (and with it the Hessian's residual part).
 */
final class PlantedCriticalPoints {
    private PlantedCriticalPoints() {
    }

    /** How a unit is placed. */
    enum Kind {
        /** breakpoint in a random gap between distinct x-values, or beyond the data's ends */
        GAP,
        /** breakpoint exactly on a data point */
        AT_POINT,
        /** breakpoint outside the data, facing away: active on none (case 4) */
        DEAD_OUTSIDE,
        /** breakpoint outside the data, facing it: active on all (case 3) */
        FULL_OUTSIDE,
        /** {@code w = 0}: a constant unit, active on all or none (case 6) */
        ZERO_W,
        /** {@code v = 0} (case 6) */
        ZERO_V,
        /** a breakpoint in the previous unit's gap: the same pattern if also the same orientation (case 1) */
        SAME_GAP,
        /** a breakpoint one gap right of the previous unit's: one x-value between them */
        NEXT_GAP,
        /** the previous unit's breakpoint, either orientation (case 1 or 7) */
        COINCIDENT
    }

    /**
     * One unit's draw: where its breakpoint goes ({@code where} picks a gap or point, its fraction the position in
     * it), magnitudes and signs of w and v, and the rescaling of a coincident copy.
     */
    record UnitSpec(Kind kind, double where, double wMagnitude, boolean wPositive, double vMagnitude,
            boolean vPositive) {
    }

    /** A planted critical point: the net, the sorted data, the targets. */
    record Point(ShallowNetwork network, double[] x, double[] y, List<Kind> kinds) {
    }

    static Arbitrary<Point> points() {
        Arbitrary<UnitSpec> unit = Combinators.combine(Arbitraries.of(Kind.class),
                Arbitraries.doubles().between(0, 0.9999).ofScale(4), Arbitraries.doubles().between(0.5, 2).ofScale(3),
                Arbitraries.of(true, false), Arbitraries.doubles().between(0.3, 1.3).ofScale(3),
                Arbitraries.of(true, false))
                .as(UnitSpec::new);
        Arbitrary<List<Double>> jitters = Arbitraries.doubles().between(0.2, 0.8).ofScale(3).list().ofMinSize(3)
                .ofMaxSize(7);
        Arbitrary<List<Double>> noise = Arbitraries.doubles().between(-1, 1).ofScale(4).list().ofSize(14);
        return Combinators.combine(jitters, unit.list().ofMinSize(1).ofMaxSize(7), noise)
                .as(PlantedCriticalPoints::build);
    }

    static Point build(List<Double> jitters, List<UnitSpec> units, List<Double> noise) {
        int m = jitters.size();
        double[] u = new double[m];
        List<Double> xs = new ArrayList<>();
        for (int k = 0; k < m; k++) {
            u[k] = k + jitters.get(k) - m / 2.0;
            xs.add(u[k]);
            if (jitters.get(k) < 0.3) {
                xs.add(u[k]); // a second point on the same x
            }
        }
        double[] x = xs.stream().mapToDouble(Double::doubleValue).toArray();
        int h = units.size();
        double[] w = new double[h];
        double[] b = new double[h];
        double[] v = new double[h];
        List<Kind> kinds = new ArrayList<>();
        int previousGap = 0;
        for (int i = 0; i < h; i++) {
            UnitSpec spec = units.get(i);
            kinds.add(spec.kind());
            double scaled = spec.where() * (m + 1);
            int gap = (int) scaled;
            double fraction = scaled - gap;
            if (spec.kind() == Kind.SAME_GAP && i > 0) {
                gap = previousGap;
            } else if (spec.kind() == Kind.NEXT_GAP && i > 0) {
                gap = Math.min(m, previousGap + 1);
            }
            double lo = gap > 0 ? u[gap - 1] : u[0] - 1.5;
            double hi = gap < m ? u[gap] : u[m - 1] + 1.5;
            double beta = lo + (hi - lo) * (0.1 + 0.8 * fraction);
            w[i] = (spec.wPositive() ? 1 : -1) * spec.wMagnitude();
            v[i] = (spec.vPositive() ? 1 : -1) * spec.vMagnitude();
            switch (spec.kind()) {
                case AT_POINT -> beta = u[(int) (spec.where() * m)];
                // facing away: right of the data facing right, or left facing left
                case DEAD_OUTSIDE -> beta = w[i] > 0 ? u[m - 1] + 1 + fraction : u[0] - 1 - fraction;
                case FULL_OUTSIDE -> beta = w[i] > 0 ? u[0] - 1 - fraction : u[m - 1] + 1 + fraction;
                case ZERO_V -> v[i] = 0;
                default -> {
                }
            }
            b[i] = -(w[i] * beta); // on a data point w x + b is then exactly 0
            if (spec.kind() == Kind.ZERO_W) {
                w[i] = 0;
                b[i] = (spec.wPositive() ? 1 : -1) * (0.3 + fraction);
            } else if (spec.kind() == Kind.COINCIDENT && i > 0 && w[i - 1] != 0) {
                double c = (spec.wPositive() ? 1 : -1) * (0.5 + fraction);
                w[i] = w[i - 1] * c;
                b[i] = b[i - 1] * c;
            }
            previousGap = gap;
        }
        ShallowNetwork net = ShallowNetwork.of(w, b, v, 0.3);
        double[] y = new double[x.length];
        net.values(x, y);
        double[] r = criticalResidual(net, x, noise);
        for (int n = 0; n < x.length; n++) {
            y[n] -= r[n];
        }
        return new Point(net, x, y, List.copyOf(kinds));
    }

    /** The noise with its projection on span{1, x} removed within each cell of points with one activation pattern. */
    private static double[] criticalResidual(ShallowNetwork net, double[] x, List<Double> noise) {
        Map<String, List<Integer>> cells = new HashMap<>();
        for (int n = 0; n < x.length; n++) {
            StringBuilder pattern = new StringBuilder();
            for (int i = 0; i < net.width(); i++) {
                pattern.append(net.w(i) * x[n] + net.b(i) > 0 ? '1' : '0');
            }
            cells.computeIfAbsent(pattern.toString(), k -> new ArrayList<>()).add(n);
        }
        double[] r = new double[x.length];
        for (List<Integer> cell : cells.values()) {
            double mean = 0;
            double noiseMean = 0;
            for (int n : cell) {
                mean += x[n] / cell.size();
                noiseMean += noise.get(n) / cell.size();
            }
            double sxx = 0;
            double sxe = 0;
            for (int n : cell) {
                sxx += (x[n] - mean) * (x[n] - mean);
                sxe += (x[n] - mean) * (noise.get(n) - noiseMean);
            }
            for (int n : cell) {
                double slope = sxx > 0 ? sxe / sxx : 0;
                r[n] = noise.get(n) - noiseMean - slope * (x[n] - mean);
            }
        }
        return r;
    }
}
