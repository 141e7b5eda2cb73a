package org.splinelens.experiments.piecesvsdepth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.splinelens.core.deep.DeepBreakpointAnalysis;
import org.splinelens.core.deep.DeepBreakpoints;
import org.splinelens.core.deep.LayerBreakpoints;
import org.splinelens.core.deep.UnitBreakpoints;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepNetwork;

/**
 * The arithmetic behind the reasons of FC Table 2's deep cells, on random Gaussian nets of 2 and 3 hidden layers
 * whose breakpoints are counted by brute force, independently of {@link DeepBreakpoints}: a unit of layer ℓ has a
 * pre-activation that is linear between the breakpoints of the layers before it, so its zero crossings are found by
 * evaluating it at those points and on the two outer rays, one crossing per sign change. Checked: each layer-1 unit
 * induces exactly one breakpoint, so a net with layer-1 width H1 induces H1 + Σ (the deeper units' counts) — the
 * paper's count P needs (P − H1)/(H − H1) a deeper unit; a unit of layer 2 induces at most H1 + 1 (one more than the
 * kinks of its pre-activation), a unit of layer ℓ at most one more than the breakpoints before it; the analysis's
 * induced breakpoints are the brute-force crossings, unit by unit; and the output has pieces = 1 + knots, its knots
 * the distinct induced breakpoints where its slope changes (brute force: one-sided difference quotients).
 */
class PieceCountIdentitiesTest {

    @Test
    void inducedBreakpointsAreCountedUnitByUnitAndBoundedByThePreviousLayersBreakpoints() {
        SplittableRandom random = new SplittableRandom(402);
        for (int net = 0; net < 120; net++) {
            int depth = 2 + random.nextInt(2);
            int[] widths = new int[depth];
            for (int l = 0; l < depth; l++) {
                widths[l] = 1 + random.nextInt(10);
            }
            DeepArchitecture architecture = new DeepArchitecture(widths);
            double[] parameters = new double[architecture.parameterCount()];
            for (int p = 0; p < parameters.length; p++) {
                parameters[p] = random.nextGaussian();
            }
            DeepNetwork deep = DeepNetwork.of(architecture, parameters);
            DeepBreakpointAnalysis analysis = DeepBreakpoints.analyze(deep);
            List<Double> before = new ArrayList<>();
            int induced = 0;
            for (int layer = 1; layer <= depth; layer++) {
                double[] kinks = before.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                List<Double> found = new ArrayList<>();
                LayerBreakpoints reported = analysis.layers().get(layer - 1);
                for (int unit = 0; unit < widths[layer - 1]; unit++) {
                    double[] crossings = crossings(deep, layer, unit, kinks);
                    UnitBreakpoints listed = reported.units().get(unit);
                    assertThat(listed.breakpointCount()).as("net %d, layer %d, unit %d", net, layer, unit)
                            .isEqualTo(crossings.length);
                    double[] sorted = listed.breakpoints().clone();
                    Arrays.sort(sorted);
                    for (int k = 0; k < crossings.length; k++) {
                        assertThat(sorted[k]).isCloseTo(crossings[k], Offset.offset(1e-9 * (1 + Math.abs(crossings[k]))));
                    }
                    assertThat(crossings.length).isLessThanOrEqualTo(kinks.length + 1);
                    if (layer == 1) {
                        assertThat(crossings.length).isEqualTo(1);
                    }
                    if (layer == 2) {
                        assertThat(crossings.length).isLessThanOrEqualTo(widths[0] + 1);
                    }
                    for (double c : crossings) {
                        found.add(c);
                    }
                    induced += crossings.length;
                }
                before.addAll(found);
            }
            assertThat(PieceCount.INDUCED.of(analysis)).isEqualTo(induced);
            // H1 from layer 1, the rest from the deeper units: the identity the reasons' "a unit of layer 2" uses
            int deeper = 0;
            for (int layer = 2; layer <= depth; layer++) {
                deeper += analysis.layers().get(layer - 1).breakpointCount();
            }
            assertThat(induced).isEqualTo(widths[0] + deeper);
            double[] candidates = before.stream().mapToDouble(Double::doubleValue).sorted().distinct().toArray();
            int kinked = 0;
            for (int k = 0; k < candidates.length; k++) {
                kinked += slopeChanges(deep, candidates, k) ? 1 : 0;
            }
            assertThat(PieceCount.KNOTS.of(analysis)).as("net %d", net).isEqualTo(kinked);
            assertThat(PieceCount.PIECES.of(analysis)).isEqualTo(kinked + 1);
        }
    }

    /**
     * @return the zero crossings of unit {@code unit}'s pre-activation in hidden layer {@code layer} (1-based), found
     *         from its values at the sorted {@code kinks} (every breakpoint of the layers before) and on the two rays
     *         beyond them, where it is linear
     */
    private static double[] crossings(DeepNetwork net, int layer, int unit, double[] kinks) {
        List<Double> found = new ArrayList<>();
        if (kinks.length == 0) {
            // layer 1: w x + b
            double w = net.weight(0, unit, 0);
            return w == 0 ? new double[0] : new double[] {-net.bias(0, unit) / w};
        }
        double span = 1 + Math.max(Math.abs(kinks[0]), Math.abs(kinks[kinks.length - 1]));
        double left = kinks[0] - span;
        double zLeft = z(net, layer, unit, left);
        double zFirst = z(net, layer, unit, kinks[0]);
        // the left ray: z(x) = zFirst + s (x − kinks[0]) with s from the point at `left`
        double slope = ray(zLeft, zFirst, span);
        if (zFirst != 0 && slope != 0 && Math.signum(zFirst) == Math.signum(slope)) {
            found.add(kinks[0] - zFirst / slope);
        }
        double previous = zFirst;
        for (int k = 1; k < kinks.length; k++) {
            double current = z(net, layer, unit, kinks[k]);
            if (previous != 0 && current != 0 && Math.signum(previous) != Math.signum(current)) {
                found.add(kinks[k - 1] + (kinks[k] - kinks[k - 1]) * previous / (previous - current));
            }
            previous = current;
        }
        double last = kinks[kinks.length - 1];
        double zRight = z(net, layer, unit, last + span);
        slope = ray(previous, zRight, span);
        if (previous != 0 && slope != 0 && Math.signum(previous) != Math.signum(slope)) {
            found.add(last - previous / slope);
        }
        return found.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * @return the slope of a ray from its values {@code span} apart, 0 when they agree to rounding (a ray on which no
     *         unit of the layers before is active is flat, though rounding may tilt it)
     */
    private static double ray(double from, double to, double span) {
        return Math.abs(to - from) <= 1e-12 * (1 + Math.abs(from) + Math.abs(to)) ? 0 : (to - from) / span;
    }

    /** @return whether the output's one-sided slopes at {@code candidates[k]} differ (steps inside its neighbours) */
    private static boolean slopeChanges(DeepNetwork net, double[] candidates, int k) {
        double at = candidates[k];
        double h = 1e-6 * (1 + Math.abs(at));
        if (k > 0) {
            h = Math.min(h, (at - candidates[k - 1]) / 4);
        }
        if (k < candidates.length - 1) {
            h = Math.min(h, (candidates[k + 1] - at) / 4);
        }
        double left = (net.value(at) - net.value(at - h)) / h;
        double right = (net.value(at + h) - net.value(at)) / h;
        double scale = 1 + Math.abs(left) + Math.abs(right);
        return Math.abs(right - left) > 1e-6 * scale;
    }

    /** @return the pre-activation of a hidden unit by a plain forward pass */
    private static double z(DeepNetwork net, int layer, int unit, double x) {
        double[] h = {x};
        for (int l = 0; l < layer; l++) {
            int out = net.architecture().outputSize(l);
            double[] z = new double[out];
            for (int j = 0; j < out; j++) {
                z[j] = net.bias(l, j);
                for (int k = 0; k < h.length; k++) {
                    z[j] += net.weight(l, j, k) * h[k];
                }
            }
            if (l == layer - 1) {
                return z[unit];
            }
            for (int j = 0; j < out; j++) {
                z[j] = Math.max(z[j], 0);
            }
            h = z;
        }
        throw new AssertionError("layer " + layer);
    }
}
