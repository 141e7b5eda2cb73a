package org.splinelens.losssurface.knot;

/**
 * {@code q(β) = a β² + b β + c}.
 *
 * @param a curvature coefficient
 * @param b linear coefficient
 * @param c constant
 */
public record Quadratic(double a, double b, double c) {

    public double value(double beta) {
        return (a * beta + b) * beta + c;
    }

    /** @return {@code −b/(2a)}, or NaN when {@code a <= 0} (no unique minimiser) */
    public double minimiser() {
        return a > 0 ? -b / (2 * a) : Double.NaN;
    }
}
