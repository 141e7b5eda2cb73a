package org.splinelens.core.targets;

import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import org.splinelens.core.plugin.Plugin;

/**
 * A named ground-truth function {@code f: ℝ → ℝ} with the domain the papers sample it on.
 *
 * @param name        registry name, kebab-case
 * @param description formula and where the papers use it
 * @param domainLow   left end of the papers' domain
 * @param domainHigh  right end of the papers' domain
 * @param function    {@code f}, defined on all of ℝ
 */
public record TargetFunction(String name, String description, double domainLow, double domainHigh,
        DoubleUnaryOperator function) implements Plugin {

    public TargetFunction {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(function, "function");
        if (!(domainLow < domainHigh)) {
            throw new IllegalArgumentException("target " + name + ": empty domain [" + domainLow + ", " + domainHigh
                    + "]");
        }
    }

    /** @return {@code f(x)} */
    public double value(double x) {
        return function.applyAsDouble(x);
    }
}
