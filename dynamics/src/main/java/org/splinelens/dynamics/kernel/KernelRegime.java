package org.splinelens.dynamics.kernel;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The kernel regime of 'shallow ReLU networks as splines' Lemma 2 and Thm 6: with the breakpoints {@code β} and
 * orientations {@code s} frozen, the network is the linear model {@code ŷ = Φ μ} with features
 * {@code Φ_{n,i} = (s_i (x_n − β_i))_+} (eq. (7)), and gradient flow or descent on {@code ℓ = ½‖Φμ − y‖²} from
 * {@code μ = 0} stays in the row space of Φ, so it converges to the minimum-norm solution {@code μ* = Φ⁺ y} (Thm 6).
 */
public final class KernelRegime {
    private KernelRegime() {
    }

    /** @return Φ, N × H, row-major */
    public static DMatrixRMaj features(double[] breakpoints, int[] orientations, double[] x) {
        if (breakpoints.length != orientations.length) {
            throw new IllegalArgumentException("breakpoints and orientations differ in length");
        }
        DMatrixRMaj phi = new DMatrixRMaj(x.length, breakpoints.length);
        for (int n = 0; n < x.length; n++) {
            for (int i = 0; i < breakpoints.length; i++) {
                phi.unsafe_set(n, i, Math.max(0, orientations[i] * (x[n] - breakpoints[i])));
            }
        }
        return phi;
    }

    /** @return {@code Φ⁺ y}, the minimum-norm least-squares delta-slopes (EJML pseudo-inverse by SVD) */
    public static double[] minimumNormDeltaSlopes(DMatrixRMaj phi, double[] y) {
        DMatrixRMaj pinv = new DMatrixRMaj(phi.numCols, phi.numRows);
        CommonOps_DDRM.pinv(phi, pinv);
        DMatrixRMaj mu = new DMatrixRMaj(phi.numCols, 1);
        CommonOps_DDRM.mult(pinv, DMatrixRMaj.wrap(y.length, 1, y.clone()), mu);
        return mu.data;
    }

    /** @return {@code μ} after {@code steps} of gradient descent {@code μ ← μ − η Φᵀ(Φμ − y)} from {@code μ = 0} */
    public static double[] gradientDescent(DMatrixRMaj phi, double[] y, double lr, int steps) {
        int n = phi.numRows;
        int h = phi.numCols;
        double[] mu = new double[h];
        double[] residual = new double[n];
        for (int t = 0; t < steps; t++) {
            for (int r = 0; r < n; r++) {
                double f = -y[r];
                for (int i = 0; i < h; i++) {
                    f += phi.unsafe_get(r, i) * mu[i];
                }
                residual[r] = f;
            }
            for (int i = 0; i < h; i++) {
                double g = 0;
                for (int r = 0; r < n; r++) {
                    g += phi.unsafe_get(r, i) * residual[r];
                }
                mu[i] -= lr * g;
            }
        }
        return mu;
    }
}
