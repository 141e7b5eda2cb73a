package org.splinelens.dynamics.flow;

import org.splinelens.core.data.Dataset;
import org.splinelens.core.network.ShallowNetwork;

/**
 * The velocities of the spline parameters under gradient flow {@code θ̇ = −∇ℓ(θ)} on the network parameters
 * ('shallow ReLU networks as splines' Thm 7, eqs. (5)–(6); 'functional characterization' Thm 5), derived from the chain
 * rule. With residuals {@code e_n = f(x_n) − y_n}, unit i's active set {@code a_{i,n} = [w_i x_n + b_i > 0]},
 * {@code E_i = Σ_n a_{i,n} e_n} and {@code X_i = Σ_n a_{i,n} e_n x_n}:
 * <pre>
 *   β̇_i = (v_i / w_i) (E_i + β_i X_i)
 *   μ̇_i = −(v_i² + w_i²) X_i − w_i b_i E_i = w_i² [ −(1 + (v_i/w_i)²) X_i + β_i E_i ]
 * </pre>
 * In terms of the shallow paper's residual {@code ε = y − f} (its Sec 2.3) both right-hand sides change sign; the
 * paper prints them with ε and the signs above, which is wrong (docs/ERRATA.md, E4).
 *
 * @param breakpoint {@code β̇_i}, NaN for a unit with {@code w_i = 0} (no breakpoint)
 * @param deltaSlope {@code μ̇_i}
 */
public record SplineVelocities(double[] breakpoint, double[] deltaSlope) {

    public SplineVelocities {
        breakpoint = breakpoint.clone();
        deltaSlope = deltaSlope.clone();
    }

    @Override
    public double[] breakpoint() {
        return breakpoint.clone();
    }

    @Override
    public double[] deltaSlope() {
        return deltaSlope.clone();
    }

    /** @return the velocities of {@code network}'s units on {@code data} */
    public static SplineVelocities of(ShallowNetwork network, Dataset data) {
        int h = network.width();
        double[] residualSum = new double[h];
        double[] momentSum = new double[h];
        for (int n = 0; n < data.size(); n++) {
            double x = data.x(n);
            double e = network.value(x) - data.y(n);
            for (int i = 0; i < h; i++) {
                if (network.w(i) * x + network.b(i) > 0) {
                    residualSum[i] += e;
                    momentSum[i] += e * x;
                }
            }
        }
        double[] breakpoint = new double[h];
        double[] deltaSlope = new double[h];
        for (int i = 0; i < h; i++) {
            double w = network.w(i);
            double b = network.b(i);
            double v = network.v(i);
            breakpoint[i] = w == 0 ? Double.NaN : v / w * (residualSum[i] - b / w * momentSum[i]);
            deltaSlope[i] = -(v * v + w * w) * momentSum[i] - w * b * residualSum[i];
        }
        return new SplineVelocities(breakpoint, deltaSlope);
    }
}
