package org.splinelens.losssurface.hessian;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.splinelens.core.network.ShallowLayout;
import org.splinelens.core.network.ShallowNetwork;

/**
 * The exact Hessian of {@code ℓ(θ) = ½ Σ_n e_n²}, {@code e_n = f(x_n) − y_n}, for a shallow network, in the parameter
 * layout {@code (w_1..w_H, b_1..b_H, v_1..v_H, b0)} ('shallow ReLU networks as splines' Sec 5.7, corrected: ERRATA E5).
 *
 * <p>With {@code a_{in} = [w_i x_n + b_i > 0]}, the Jacobian of {@code f} at {@code x_n} has columns
 * {@code ∂f/∂w_i = v_i x_n a_{in}}, {@code ∂f/∂b_i = v_i a_{in}}, {@code ∂f/∂v_i = (w_i x_n + b_i) a_{in}},
 * {@code ∂f/∂b0 = 1} — the vectors {@code v_i x_i, v_i 1_i, w_i x_i + b_i 1_i, 1} of Thm 5. Away from kinks
 * (no {@code w_i x_n + b_i = 0}) the only non-zero second derivatives of f are {@code ∂²f/∂w_i∂v_i = x_n a_{in}} and
 * {@code ∂²f/∂b_i∂v_i = a_{in}}, so
 * <pre>
 *   H = JᵀJ + R,   R[w_i, v_i] = R[v_i, w_i] = Σ_n e_n x_n a_{in},   R[b_i, v_i] = R[v_i, b_i] = Σ_n e_n a_{in}.
 * </pre>
 * At a critical point with every {@code v_i ≠ 0} the gradient conditions {@code v_i Σ e a x = v_i Σ e a = 0} make
 * {@code R = 0}, and H is the Gram matrix {@code JᵀJ} of Thm 5, positive semi-definite of rank at most N.
 * At a kink the Hessian does not exist; these formulas then give the one-sided value under relu'(0) = 0.
 */
public final class ShallowHessian {
    private ShallowHessian() {
    }

    /** @return the N × (3H + 1) Jacobian of {@code (f(x_1), …, f(x_N))} */
    public static DMatrixRMaj jacobian(ShallowNetwork network, double[] x) {
        int h = network.width();
        DMatrixRMaj jacobian = new DMatrixRMaj(x.length, ShallowLayout.parameterCount(h));
        for (int n = 0; n < x.length; n++) {
            for (int i = 0; i < h; i++) {
                double z = network.w(i) * x[n] + network.b(i);
                if (z > 0) {
                    jacobian.set(n, i, network.v(i) * x[n]);
                    jacobian.set(n, h + i, network.v(i));
                    jacobian.set(n, 2 * h + i, z);
                }
            }
            jacobian.set(n, 3 * h, 1.0);
        }
        return jacobian;
    }

    /** @return {@code JᵀJ}: the Gram matrix of Thm 5's vectors, in the parameter layout */
    public static DMatrixRMaj gram(ShallowNetwork network, double[] x) {
        DMatrixRMaj jacobian = jacobian(network, x);
        DMatrixRMaj gram = new DMatrixRMaj(jacobian.numCols, jacobian.numCols);
        CommonOps_DDRM.multTransA(jacobian, jacobian, gram);
        return gram;
    }

    /** @return the exact Hessian {@code JᵀJ + R} */
    public static DMatrixRMaj exact(ShallowNetwork network, double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " != " + y.length);
        }
        int h = network.width();
        DMatrixRMaj hessian = gram(network, x);
        double[] residual = new double[x.length];
        network.values(x, residual);
        for (int n = 0; n < x.length; n++) {
            residual[n] -= y[n];
        }
        for (int i = 0; i < h; i++) {
            double ex = 0;
            double e = 0;
            for (int n = 0; n < x.length; n++) {
                if (network.w(i) * x[n] + network.b(i) > 0) {
                    ex += residual[n] * x[n];
                    e += residual[n];
                }
            }
            hessian.add(i, 2 * h + i, ex);
            hessian.add(2 * h + i, i, ex);
            hessian.add(h + i, 2 * h + i, e);
            hessian.add(2 * h + i, h + i, e);
        }
        return hessian;
    }

    /** @return true when no breakpoint sits on a data point ({@code w_i x_n + b_i ≠ 0} for all i, n) */
    public static boolean kinkFree(ShallowNetwork network, double[] x) {
        for (int i = 0; i < network.width(); i++) {
            for (double xn : x) {
                if (network.w(i) * xn + network.b(i) == 0) {
                    return false;
                }
            }
        }
        return true;
    }
}
