package org.splinelens.init;

/** What every initializer config has: the init scale {@code alpha > 0} ({@link InitScale}), default 1. */
public interface InitConfig {

    double alpha();

    /** Validates {@code alpha}; for the compact constructors of config records. */
    static void checkAlpha(double alpha) {
        if (!(alpha > 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("alpha must be a finite number > 0, got " + alpha);
        }
    }

    /** Validates a positive scale parameter, naming it. */
    static void checkPositive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number > 0, got " + value);
        }
    }
}
