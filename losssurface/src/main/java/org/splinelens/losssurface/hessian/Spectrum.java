package org.splinelens.losssurface.hessian;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The eigenvalues of a symmetric matrix and its flat directions: an eigenvalue counts as zero when
 * {@code |λ| <= relativeTolerance · max_k |λ_k|} (all of them when the matrix is zero).
 *
 * @param eigenvalues       ascending
 * @param relativeTolerance the threshold relative to the largest |λ|
 * @param zeroCount         eigenvalues counted as zero
 */
public record Spectrum(double[] eigenvalues, double relativeTolerance, int zeroCount) {
    /** Default threshold: well above the ~1e-15 relative rounding of a symmetric QR on matrices of this size. */
    public static final double DEFAULT_TOLERANCE = 1e-9;

    public Spectrum {
        eigenvalues = eigenvalues.clone();
        if (!(relativeTolerance >= 0)) {
            throw new IllegalArgumentException("relative tolerance must be >= 0, got " + relativeTolerance);
        }
    }

    /** @return the spectrum of the symmetric {@code matrix} (symmetric QR, EJML), not modifying it */
    public static Spectrum of(DMatrixRMaj matrix, double relativeTolerance) {
        if (matrix.numRows != matrix.numCols) {
            throw new IllegalArgumentException("spectrum of a non-square " + matrix.numRows + "x" + matrix.numCols
                    + " matrix");
        }
        int size = matrix.numRows;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(size, false, true);
        if (!eig.decompose(matrix.copy())) {
            throw new ArithmeticException("symmetric eigen-decomposition did not converge");
        }
        double[] lambda = new double[size];
        double largest = 0;
        for (int k = 0; k < size; k++) {
            lambda[k] = eig.getEigenvalue(k).real;
            largest = Math.max(largest, Math.abs(lambda[k]));
        }
        Arrays.sort(lambda);
        int zeros = 0;
        for (double l : lambda) {
            if (Math.abs(l) <= relativeTolerance * largest) {
                zeros++;
            }
        }
        return new Spectrum(lambda, relativeTolerance, zeros);
    }

    @Override
    public double[] eigenvalues() {
        return eigenvalues.clone();
    }

    /** @return the fraction of eigenvalues counted as zero (0 for an empty matrix) */
    public double zeroFraction() {
        return eigenvalues.length == 0 ? 0 : (double) zeroCount / eigenvalues.length;
    }

    /** @return the smallest eigenvalue relative to the largest |λ| (0 for the zero matrix) */
    public double smallestRelative() {
        double largest = Math.max(Math.abs(eigenvalues[0]), Math.abs(eigenvalues[eigenvalues.length - 1]));
        return largest == 0 ? 0 : eigenvalues[0] / largest;
    }
}
