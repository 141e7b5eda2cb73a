package org.splinelens.dynamics.flow;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.DormandPrince54Integrator;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.network.UnivariateNetwork;
import org.splinelens.dynamics.gradient.Objective;

/**
 * Gradient flow {@code dθ/dt = −∇ℓ(θ)} ('shallow ReLU networks as splines' Sec 2.4) integrated by commons-math3's
 * adaptive Dormand–Prince 5(4) method, with the exact gradient of an {@link Objective}. The right-hand side is only
 * piecewise smooth (it jumps when a breakpoint crosses a data point); the step control resolves those crossings.
 *
 * @param absoluteTolerance per-component absolute error target of a step
 * @param relativeTolerance per-component relative error target of a step
 * @param maxStep           largest step in t
 */
public record GradientFlow(double absoluteTolerance, double relativeTolerance, double maxStep) {
    public static final GradientFlow DEFAULTS = new GradientFlow(1e-10, 1e-10, 1.0);

    public GradientFlow {
        if (!(absoluteTolerance > 0) || !(relativeTolerance > 0) || !(maxStep > 0)) {
            throw new IllegalArgumentException("gradient flow: tolerances and maxStep must be > 0");
        }
    }

    /** The state at one observation time. */
    public record Snapshot(double time, double loss, UnivariateNetwork network) {
    }

    /**
     * @param times observation times, increasing, the first >= 0 (the flow starts at t = 0 from {@code start})
     * @return the network and loss at each time
     */
    public List<Snapshot> integrate(Objective objective, double[] start, double[] times) {
        double[] theta = start.clone();
        double[] gradient = new double[theta.length];
        FirstOrderDifferentialEquations field = new FirstOrderDifferentialEquations() {
            @Override
            public int getDimension() {
                return theta.length;
            }

            @Override
            public void computeDerivatives(double t, double[] y, double[] yDot) {
                objective.lossAndGradient(y, yDot);
                for (int k = 0; k < yDot.length; k++) {
                    yDot[k] = -yDot[k];
                }
            }
        };
        DormandPrince54Integrator integrator = new DormandPrince54Integrator(1e-14, maxStep, absoluteTolerance,
                relativeTolerance);
        List<Snapshot> out = new ArrayList<>(times.length);
        double t = 0;
        for (double next : times) {
            if (!(next >= t)) {
                throw new InvalidInputException("gradient flow: observation times must be increasing and >= 0, got "
                        + next + " after " + t);
            }
            if (next > t) {
                try {
                    integrator.integrate(field, t, theta, next, theta);
                } catch (MathIllegalStateException e) {
                    throw new IllegalStateException("gradient flow failed between t = " + t + " and " + next + ": "
                            + e.getMessage(), e);
                }
                t = next;
            }
            out.add(new Snapshot(t, objective.lossAndGradient(theta, gradient), objective.network(theta)));
        }
        return out;
    }
}
