package org.splinelens.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.splinelens.core.targets.TargetFunction;
import org.splinelens.core.testing.PluginContract;

/**
 * What every target plugin promises: a finite domain, and {@code f} finite and deterministic at 1,001 evenly spaced
 * points of it and at 100 points on either side (the training grids of the experiments may reach past the domain).
 */
public interface TargetContract extends PluginContract {

    @TestFactory
    default Stream<DynamicTest> targetsAreFiniteAndDeterministicOnAndAroundTheirDomain() {
        return each("target", TargetFunction.class, target -> {
            double lo = target.domainLow();
            double hi = target.domainHigh();
            assertThat(lo).as("domain low").isFinite();
            assertThat(hi).as("domain high").isFinite();
            double width = hi - lo;
            for (int k = -100; k <= 1100; k++) {
                double x = lo + width * k / 1000.0;
                double y = target.value(x);
                assertThat(y).as("f(%s)", x).isFinite();
                assertThat(target.value(x)).as("f(%s) again", x).isEqualTo(y);
            }
        });
    }
}
