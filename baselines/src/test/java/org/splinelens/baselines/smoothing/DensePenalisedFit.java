package org.splinelens.baselines.smoothing;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The penalised least squares of a natural cubic spline solved densely in x units, independently of the banded code:
 * K = Q R⁻¹ Qᵀ built as matrices, the full data's normal equations {@code (EᵀWE + λK) g = EᵀWy} with E the N × n
 * incidence of observations to distinct x (so ties are handled by the algebra, not by averaging), the smoother
 * {@code S = E (EᵀWE + λK)⁻¹ EᵀW} of the N observations and its trace, the RSS and the GCV score
 * {@code (RSS/Σw)/(1 − tr S/N)²}.
 */
record DensePenalisedFit(double[] knots, double[] values, double trace, double rss, double gcv) {

    static DensePenalisedFit of(double[] x, double[] y, double[] w, double lambda) {
        int size = x.length;
        double[] knots = Arrays.stream(x).sorted().distinct().toArray();
        int n = knots.length;
        DMatrixRMaj q = new DMatrixRMaj(n, n - 2);
        DMatrixRMaj r = new DMatrixRMaj(n - 2, n - 2);
        for (int j = 1; j < n - 1; j++) {
            double left = knots[j] - knots[j - 1];
            double right = knots[j + 1] - knots[j];
            q.set(j - 1, j - 1, 1 / left);
            q.set(j, j - 1, -1 / left - 1 / right);
            q.set(j + 1, j - 1, 1 / right);
            r.set(j - 1, j - 1, (left + right) / 3);
            if (j < n - 2) {
                r.set(j - 1, j, right / 6);
                r.set(j, j - 1, right / 6);
            }
        }
        DMatrixRMaj rInvQt = new DMatrixRMaj(n - 2, n);
        CommonOps_DDRM.solve(r, transpose(q), rInvQt);
        DMatrixRMaj k = new DMatrixRMaj(n, n);
        CommonOps_DDRM.mult(q, rInvQt, k);

        DMatrixRMaj e = new DMatrixRMaj(size, n);
        DMatrixRMaj ew = new DMatrixRMaj(n, size); // Eᵀ W
        for (int p = 0; p < size; p++) {
            int i = Arrays.binarySearch(knots, x[p]);
            e.set(p, i, 1);
            ew.set(i, p, w[p]);
        }
        DMatrixRMaj normal = new DMatrixRMaj(n, n);
        CommonOps_DDRM.mult(ew, e, normal);
        CommonOps_DDRM.addEquals(normal, lambda, k);
        DMatrixRMaj inverse = new DMatrixRMaj(n, n);
        if (!CommonOps_DDRM.invert(normal, inverse)) {
            throw new IllegalStateException("singular normal equations");
        }
        DMatrixRMaj g = new DMatrixRMaj(n, 1);
        DMatrixRMaj ewy = new DMatrixRMaj(n, 1);
        CommonOps_DDRM.mult(ew, DMatrixRMaj.wrap(size, 1, y.clone()), ewy);
        CommonOps_DDRM.mult(inverse, ewy, g);
        // tr S = tr(E (EᵀWE + λK)⁻¹ EᵀW) = tr((EᵀWE + λK)⁻¹ EᵀWE)
        DMatrixRMaj gram = new DMatrixRMaj(n, n);
        CommonOps_DDRM.mult(ew, e, gram);
        DMatrixRMaj product = new DMatrixRMaj(n, n);
        CommonOps_DDRM.mult(inverse, gram, product);
        double trace = CommonOps_DDRM.trace(product);
        double rss = 0;
        double sumW = 0;
        for (int p = 0; p < size; p++) {
            double res = y[p] - g.get(Arrays.binarySearch(knots, x[p]), 0);
            rss += w[p] * res * res;
            sumW += w[p];
        }
        double gap = 1 - trace / size;
        return new DensePenalisedFit(knots, g.getData().clone(), trace, rss, rss / sumW / (gap * gap));
    }

    private static DMatrixRMaj transpose(DMatrixRMaj a) {
        DMatrixRMaj t = new DMatrixRMaj(a.numCols, a.numRows);
        CommonOps_DDRM.transpose(a, t);
        return t;
    }
}
