package org.splinelens.losssurface.hessian;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/** Null spaces by SVD and the principal-angle test of one subspace lying in another (EJML). */
final class Subspaces {
    private Subspaces() {
    }

    /**
     * @return an orthonormal basis (as columns) of {@code {d : M d = 0}}: the right singular vectors whose singular
     *         value is at most {@code relativeTolerance} times the largest (all of them for a zero matrix); a wide M is
     *         padded with zero rows so every right singular vector has its singular value
     */
    static DMatrixRMaj nullSpace(DMatrixRMaj matrix, double relativeTolerance) {
        int n = matrix.numCols;
        DMatrixRMaj square = new DMatrixRMaj(Math.max(matrix.numRows, n), n);
        CommonOps_DDRM.insert(matrix, square, 0, 0);
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(square.numRows, n, false, true,
                false);
        if (!svd.decompose(square)) {
            throw new ArithmeticException("SVD did not converge");
        }
        double[] sigma = svd.getSingularValues();
        DMatrixRMaj v = svd.getV(null, false);
        double largest = 0;
        for (int k = 0; k < n; k++) {
            largest = Math.max(largest, sigma[k]);
        }
        int count = 0;
        for (int k = 0; k < n; k++) {
            count += sigma[k] <= relativeTolerance * largest ? 1 : 0;
        }
        DMatrixRMaj basis = new DMatrixRMaj(n, count);
        int column = 0;
        for (int k = 0; k < n; k++) {
            if (sigma[k] <= relativeTolerance * largest) {
                for (int j = 0; j < n; j++) {
                    basis.set(j, column, v.get(j, k));
                }
                column++;
            }
        }
        return basis;
    }

    /**
     * @return {@code ‖(I − V Vᵀ) U‖₂} for orthonormal bases U and V: the sine of the largest principal angle between
     *         span U and its projection on span V, 0 exactly when span U ⊆ span V
     */
    static double escape(DMatrixRMaj u, DMatrixRMaj v) {
        if (u.numCols == 0) {
            return 0;
        }
        DMatrixRMaj rest = u.copy();
        if (v.numCols > 0) {
            DMatrixRMaj coefficients = new DMatrixRMaj(v.numCols, u.numCols);
            CommonOps_DDRM.multTransA(v, u, coefficients);
            DMatrixRMaj projection = new DMatrixRMaj(u.numRows, u.numCols);
            CommonOps_DDRM.mult(v, coefficients, projection);
            CommonOps_DDRM.subtractEquals(rest, projection);
        }
        return NormOps_DDRM.normP2(rest);
    }

    /** @return the basis of the orthogonal complement of the span of {@code relations}' columns (I if none) */
    static DMatrixRMaj complementOf(DMatrixRMaj relations, int dimension) {
        if (relations.numCols == 0) {
            return CommonOps_DDRM.identity(dimension);
        }
        DMatrixRMaj transposed = new DMatrixRMaj(relations.numCols, relations.numRows);
        CommonOps_DDRM.transpose(relations, transposed);
        return nullSpace(transposed, 1e-12);
    }
}
