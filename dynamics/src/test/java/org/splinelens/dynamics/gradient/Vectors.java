package org.splinelens.dynamics.gradient;

/** Euclidean lengths for comparing a fast gradient with the dense one. */
final class Vectors {
    private Vectors() {
    }

    /** @return {@code ‖a − b‖₂} */
    static double distance(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            double d = a[k] - b[k];
            s += d * d;
        }
        return Math.sqrt(s);
    }

    /** @return {@code ‖a‖₂} */
    static double norm(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v * v;
        }
        return Math.sqrt(s);
    }
}
