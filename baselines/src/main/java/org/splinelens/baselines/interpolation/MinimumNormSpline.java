package org.splinelens.baselines.interpolation;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.splinelens.core.data.Dataset;

/**
 * Minimum-norm spline regression (Thm 6): with breakpoints β and orientations s fixed, the model
 * {@code f(x) = Σ_i μ_i (s_i (x − β_i))_+} (eq. (7); for s = −1 the sign of μ is flipped, which the norm does not
 * see) is linear in μ with features {@code Φ_{n,i} = (s_i (x_n − β_i))_+}, and
 * gradient flow from μ = 0 converges to {@code μ* = Φ⁺ y}, the least-squares solution of least norm (EJML SVD
 * pseudo-inverse); when the model can interpolate, f interpolates. Cor 4 takes H uniform breakpoints to infinity.
 *
 * @param breakpoints  β
 * @param orientations s, ±1
 * @param deltaSlopes  μ* = Φ⁺ y
 */
public record MinimumNormSpline(double[] breakpoints, int[] orientations, double[] deltaSlopes) {

    public MinimumNormSpline {
        breakpoints = breakpoints.clone();
        orientations = orientations.clone();
        deltaSlopes = deltaSlopes.clone();
        if (breakpoints.length != orientations.length || breakpoints.length != deltaSlopes.length) {
            throw new IllegalArgumentException("minimum-norm spline: array lengths differ");
        }
    }

    /** @return μ* = Φ⁺ y for the given breakpoints and orientations */
    public static MinimumNormSpline fit(Dataset data, double[] breakpoints, int[] orientations) {
        if (breakpoints.length != orientations.length || breakpoints.length == 0) {
            throw new IllegalArgumentException("minimum-norm spline needs H >= 1 breakpoints with orientations");
        }
        double[] x = data.x();
        DMatrixRMaj phi = new DMatrixRMaj(x.length, breakpoints.length);
        for (int n = 0; n < x.length; n++) {
            for (int i = 0; i < breakpoints.length; i++) {
                phi.unsafe_set(n, i, Math.max(0, orientations[i] * (x[n] - breakpoints[i])));
            }
        }
        DMatrixRMaj pinv = new DMatrixRMaj(breakpoints.length, x.length);
        CommonOps_DDRM.pinv(phi, pinv);
        DMatrixRMaj mu = new DMatrixRMaj(breakpoints.length, 1);
        CommonOps_DDRM.mult(pinv, DMatrixRMaj.wrap(x.length, 1, data.y()), mu);
        return new MinimumNormSpline(breakpoints, orientations, mu.data);
    }

    /**
     * Cor 4's family: H breakpoints spaced uniformly on {@code [a, b]}, each location carrying one unit of each
     * orientation (2H features), so neither side of the data is favoured.
     */
    public static MinimumNormSpline uniform(Dataset data, int locations, double a, double b) {
        if (locations < 2 || !(a < b)) {
            throw new IllegalArgumentException("uniform breakpoints need H >= 2 and a < b, got H = " + locations
                    + " on [" + a + ", " + b + "]");
        }
        double[] beta = new double[2 * locations];
        int[] s = new int[2 * locations];
        for (int i = 0; i < locations; i++) {
            double at = a + (b - a) * i / (locations - 1);
            beta[2 * i] = at;
            s[2 * i] = 1;
            beta[2 * i + 1] = at;
            s[2 * i + 1] = -1;
        }
        return fit(data, beta, s);
    }

    public double value(double x) {
        double f = 0;
        for (int i = 0; i < breakpoints.length; i++) {
            f += deltaSlopes[i] * Math.max(0, orientations[i] * (x - breakpoints[i]));
        }
        return f;
    }

    @Override
    public double[] breakpoints() {
        return breakpoints.clone();
    }

    @Override
    public int[] orientations() {
        return orientations.clone();
    }

    @Override
    public double[] deltaSlopes() {
        return deltaSlopes.clone();
    }
}
