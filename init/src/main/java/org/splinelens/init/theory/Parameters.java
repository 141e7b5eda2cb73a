package org.splinelens.init.theory;

/** Validation of distribution parameters with messages that name the parameter as the command line spells it. */
final class Parameters {
    private Parameters() {
    }

    static void positive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number > 0, got " + value);
        }
    }
}
