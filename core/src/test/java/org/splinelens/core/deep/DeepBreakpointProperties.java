package org.splinelens.core.deep;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.assertj.core.data.Offset;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.spline.Pwl;
import org.splinelens.core.testing.RandomNetworks;

/** 'Functional characterization' Sec 4, Definition 1: deep breakpoints are exact. */
class DeepBreakpointProperties {

    /**
     * The output equals the reported PWL at 10^5 dense points, so no kink is missed; between consecutive
     * reported knots the network is affine, and at every knot its slope changes.
     */
    @Property(tries = 60)
    void outputPwlMatchesDenseEvaluationAndEveryKnotIsAKink(@ForAll DeepNetwork net) {
        DeepBreakpointAnalysis analysis = DeepBreakpoints.analyze(net);
        Pwl pwl = analysis.output();
        double scale = 1;
        for (double s : pwl.slopes()) {
            scale = Math.max(scale, Math.abs(s));
        }
        for (int i = 0; i <= 100_000; i++) {
            double x = -10 + 20.0 * i / 100_000;
            assertThat(pwl.value(x)).isCloseTo(net.value(x), Offset.offset(1e-9 * scale * (1 + Math.abs(x))));
        }
        double[] knots = pwl.knots();
        for (int k = 0; k < knots.length; k++) {
            double h = 1e-7 * (1 + Math.abs(knots[k]));
            if (k > 0) {
                h = Math.min(h, (knots[k] - knots[k - 1]) / 4);
            }
            if (k < knots.length - 1) {
                h = Math.min(h, (knots[k + 1] - knots[k]) / 4);
            }
            double left = (net.value(knots[k]) - net.value(knots[k] - h)) / h;
            double right = (net.value(knots[k] + h) - net.value(knots[k])) / h;
            assertThat(Math.abs(right - left)).as("slope change at knot %s", knots[k])
                    .isGreaterThan(1e-9 * scale);
        }
        int active = 0;
        for (LayerBreakpoints layer : analysis.layers()) {
            for (UnitBreakpoints unit : layer.units()) {
                for (double beta : unit.activeBreakpoints()) {
                    assertThat(knots).contains(beta);
                }
                active += unit.activeBreakpoints().length;
            }
        }
        assertThat(active).isGreaterThanOrEqualTo(knots.length);
    }

    /** Induced breakpoints are zero crossings of the unit's pre-activation (Definition 1). */
    @Property(tries = 60)
    void inducedBreakpointsAreZeroCrossingsOfPreActivations(@ForAll DeepNetwork net) {
        DeepBreakpointAnalysis analysis = DeepBreakpoints.analyze(net);
        for (LayerBreakpoints layer : analysis.layers()) {
            for (UnitBreakpoints unit : layer.units()) {
                for (double beta : unit.breakpoints()) {
                    double z = preActivation(net, layer.layer(), unit.unit(), beta);
                    assertThat(Math.abs(z)).isLessThan(1e-9 * (1 + Math.abs(beta)) * 100);
                }
            }
        }
    }

    private static double preActivation(DeepNetwork net, int layer, int unit, double x) {
        double[] h = {x};
        for (int l = 0; l < layer; l++) {
            int nOut = net.architecture().outputSize(l);
            double[] z = new double[nOut];
            for (int j = 0; j < nOut; j++) {
                z[j] = net.bias(l, j);
                for (int k = 0; k < h.length; k++) {
                    z[j] += net.weight(l, j, k) * h[k];
                }
            }
            if (l == layer - 1) {
                return z[unit];
            }
            for (int j = 0; j < nOut; j++) {
                z[j] = Math.max(z[j], 0);
            }
            h = z;
        }
        throw new AssertionError();
    }
}
