package org.splinelens.cli.extras;

import org.splinelens.core.targets.TargetFunction;

/** {@code extra-cubic}: {@code f(x) = x³ − x} on [−1.5, 1.5]. */
final class CubicTarget {
    static final TargetFunction TARGET = new TargetFunction("extra-cubic", "x^3 - x on [-1.5, 1.5] (test module)",
            -1.5, 1.5, x -> x * x * x - x);

    private CubicTarget() {
    }
}
