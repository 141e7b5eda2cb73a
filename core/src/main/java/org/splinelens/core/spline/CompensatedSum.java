package org.splinelens.core.spline;

/**
 * Neumaier's compensated running sum, so that prefix sums of delta-slopes that cancel (a slope returning to 0
 * after large contributions) keep the small remainder exactly enough for a relative 1e-9 agreement.
 */
final class CompensatedSum {
    private double sum;
    private double compensation;

    void add(double value) {
        double t = sum + value;
        if (Math.abs(sum) >= Math.abs(value)) {
            compensation += (sum - t) + value;
        } else {
            compensation += (value - t) + sum;
        }
        sum = t;
    }

    double value() {
        return sum + compensation;
    }
}
