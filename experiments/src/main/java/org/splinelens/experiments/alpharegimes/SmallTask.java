package org.splinelens.experiments.alpharegimes;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.network.ShallowNetwork;

/**
 * SRS §4.3's "very small task" (the paper gives no sizes; docs/EXPERIMENTS.md says which we take): N points uniformly
 * spaced on [−3, 3] with targets uniform on [−2, 2], a narrow net started at a large α. In the kernel limit α → ∞ the
 * breakpoints stay where they start (Lemma 2), so the loss cannot fall below the least-squares residual over the span
 * of the start's fixed features, {@link #frozenFloor}. Breakpoints tiling the data (the flat start) put a knot in every
 * data interval and the floor is 0; He's Cauchy-distributed breakpoints leave the outer intervals empty with a
 * probability that grows as H shrinks, and there the floor is positive.
 */
final class SmallTask {
    private SmallTask() {
    }

    /** @return the task's data: {@code points} x uniformly spaced on [−3, 3], each y uniform on [−2, 2] */
    static Dataset data(int points, java.util.random.RandomGenerator random) {
        double[] x = new double[points];
        double[] y = new double[points];
        for (int n = 0; n < points; n++) {
            x[n] = -3 + 6.0 * n / (points - 1);
            y[n] = -2 + 4 * random.nextDouble();
        }
        return new Dataset(x, y);
    }

    /**
     * @return {@code min ½‖Φc − y‖²} over c, Φ's columns the start's unit activations {@code relu(w_i x_n + b_i)} at the
     *         data and a constant (the output bias): the loss of the best fit with every breakpoint and orientation
     *         frozen (least squares by SVD, exact for a rank-deficient Φ)
     */
    static double frozenFloor(ShallowNetwork start, Dataset data) {
        int n = data.size();
        int h = start.width();
        double[][] phi = new double[n][h + 1];
        for (int r = 0; r < n; r++) {
            for (int i = 0; i < h; i++) {
                phi[r][i] = Math.max(0, start.w(i) * data.x(r) + start.b(i));
            }
            phi[r][h] = 1;
        }
        RealVector y = new ArrayRealVector(data.y());
        Array2DRowRealMatrix matrix = new Array2DRowRealMatrix(phi, false);
        RealVector c = new SingularValueDecomposition(matrix).getSolver().solve(y);
        RealVector residual = matrix.operate(c).subtract(y);
        return 0.5 * residual.dotProduct(residual);
    }
}
