package org.splinelens.losssurface.hessian;

/**
 * Lower bounds on the fraction of zero Hessian eigenvalues at a critical point of a shallow network with H units and
 * N data points ('shallow ReLU networks as splines' Cor 3; ERRATA E6).
 */
public final class Flatness {
    private Flatness() {
    }

    /**
     * Cor 3 as its proof derives it: {@code 1 − (2N − 1)/(3H + 1)} (lonely partition, a unit active on all data). The
     * printed statement's {@code 2N − 3} is false for N ≤ 2.
     */
    public static double corollary3(int dataPoints, int width) {
        check(dataPoints, width);
        return 1 - (2.0 * dataPoints - 1) / (3.0 * width + 1);
    }

    /**
     * The sharp bound {@code 1 − min(N, 3H + 1)/(3H + 1)}: at a critical point with every {@code v_i ≠ 0} the Hessian
     * is {@code JᵀJ} with J of size N × (3H + 1), so its rank is at most N. It needs no loneliness and is at least
     * Cor 3's for every N ≥ 1.
     */
    public static double rankBound(int dataPoints, int width) {
        check(dataPoints, width);
        double parameters = 3.0 * width + 1;
        return 1 - Math.min(dataPoints, parameters) / parameters;
    }

    private static void check(int dataPoints, int width) {
        if (dataPoints < 1 || width < 1) {
            throw new IllegalArgumentException("flatness bound needs N >= 1 and H >= 1, got N = " + dataPoints
                    + ", H = " + width);
        }
    }
}
