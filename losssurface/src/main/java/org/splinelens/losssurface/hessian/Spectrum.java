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

    /**
     * The spectrum of the symmetric {@code matrix} (symmetric QR, EJML), not modifying it. The matrix is first scaled
     * by {@code 2^−e}, {@code 2^e} the power of two at its largest |entry|, and the eigenvalues scaled back: scaling by
     * a power of two is exact (but for entries below {@code 2^−1022} of the largest, which no eigenvalue can resolve),
     * and it keeps the QR iteration's squares and norms from overflowing or underflowing on entries near the ends of
     * the double range.
     *
     * @throws IllegalArgumentException if an entry is not finite, or an eigenvalue overflows the double range
     */
    public static Spectrum of(DMatrixRMaj matrix, double relativeTolerance) {
        if (matrix.numRows != matrix.numCols) {
            throw new IllegalArgumentException("spectrum of a non-square " + matrix.numRows + "x" + matrix.numCols
                    + " matrix");
        }
        int size = matrix.numRows;
        double largestEntry = 0;
        for (int j = 0; j < size; j++) {
            for (int k = 0; k < size; k++) {
                double entry = matrix.get(j, k);
                if (!Double.isFinite(entry)) {
                    throw new IllegalArgumentException("spectrum of a matrix with a non-finite entry (" + entry
                            + " at row " + j + ", column " + k + ")");
                }
                largestEntry = Math.max(largestEntry, Math.abs(entry));
            }
        }
        int exponent = exponent(largestEntry);
        DMatrixRMaj scaled = matrix.copy();
        for (int i = 0; i < scaled.data.length; i++) {
            scaled.data[i] = Math.scalb(scaled.data[i], -exponent);
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(size, false, true);
        if (!eig.decompose(scaled)) {
            throw new ArithmeticException("symmetric eigen-decomposition did not converge");
        }
        double[] lambda = new double[size];
        double largest = 0;
        for (int k = 0; k < size; k++) {
            lambda[k] = Math.scalb(eig.getEigenvalue(k).real, exponent);
            if (!Double.isFinite(lambda[k])) {
                throw new IllegalArgumentException("an eigenvalue overflows the double range (largest |entry| "
                        + largestEntry + ")");
            }
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

    /** @return e with {@code 2^e <= value < 2^(e+1)} for finite {@code value > 0}, subnormals included; 0 for 0 */
    static int exponent(double value) {
        if (value == 0) {
            return 0;
        }
        if (value < Double.MIN_NORMAL) {
            return Math.getExponent(Math.scalb(value, 64)) - 64;
        }
        return Math.getExponent(value);
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
