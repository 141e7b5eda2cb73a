package org.splinelens.experiments.criticalpointgrowth;

/**
 * The exponent of a power law {@code y ≈ c·x^k} fitted by least squares on logarithms: the slope of {@code ln y}
 * against {@code ln x}, {@code k = Σ (u − ū)(v − v̄) / Σ (u − ū)²} with {@code u = ln x}, {@code v = ln y}. A count
 * that grows at least like a polynomial of degree d has, over a range of x, a log-log slope of at least about d.
 */
final class PowerLaw {
    private PowerLaw() {
    }

    /**
     * @param x abscissae, > 0, at least two distinct
     * @param y ordinates, > 0
     * @return the least-squares slope of ln y against ln x
     */
    static double exponent(double[] x, double[] y) {
        if (x.length != y.length || x.length < 2) {
            throw new IllegalArgumentException("a power-law fit needs at least two points, x and y of one length");
        }
        double meanU = 0;
        double meanV = 0;
        for (int k = 0; k < x.length; k++) {
            if (!(x[k] > 0) || !(y[k] > 0)) {
                throw new IllegalArgumentException("a power-law fit needs x > 0 and y > 0, got (" + x[k] + ", " + y[k]
                        + ")");
            }
            meanU += Math.log(x[k]);
            meanV += Math.log(y[k]);
        }
        meanU /= x.length;
        meanV /= x.length;
        double suu = 0;
        double suv = 0;
        for (int k = 0; k < x.length; k++) {
            double u = Math.log(x[k]) - meanU;
            suu += u * u;
            suv += u * (Math.log(y[k]) - meanV);
        }
        if (!(suu > 0)) {
            throw new IllegalArgumentException("a power-law fit needs at least two distinct x");
        }
        return suv / suu;
    }
}
