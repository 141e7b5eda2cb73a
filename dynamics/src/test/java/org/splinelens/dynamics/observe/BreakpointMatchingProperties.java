package org.splinelens.dynamics.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

class BreakpointMatchingProperties {

    @Property(tries = 300)
    void dynamicProgrammingFindsTheLeastDisplacementOfAllOrderPreservingMatchings(
            @ForAll @Size(max = 6) double @DoubleRange(min = -3, max = 3) [] before,
            @ForAll @Size(max = 6) double @DoubleRange(min = -3, max = 3) [] after) {
        double[] a = before.clone();
        double[] b = after.clone();
        Arrays.sort(a);
        Arrays.sort(b);
        int[] partner = BreakpointMatching.match(a, b);

        assertThat(partner).hasSize(a.length);
        int matched = 0;
        int last = -1;
        double displacement = 0;
        for (int i = 0; i < a.length; i++) {
            if (partner[i] >= 0) {
                assertThat(partner[i]).isGreaterThan(last).isLessThan(b.length);
                last = partner[i];
                matched++;
                displacement += Math.abs(a[i] - b[partner[i]]);
            }
        }
        assertThat(matched).isEqualTo(Math.min(a.length, b.length));
        assertThat(displacement).isCloseTo(bruteForce(a, b), within(1e-12));
    }

    /** Least displacement over every way to pick min(p, q) elements of the longer array, paired in order. */
    private static double bruteForce(double[] a, double[] b) {
        double[] shorter = a.length <= b.length ? a : b;
        double[] longer = a.length <= b.length ? b : a;
        double best = Double.POSITIVE_INFINITY;
        for (int mask = 0; mask < 1 << longer.length; mask++) {
            if (Integer.bitCount(mask) != shorter.length) {
                continue;
            }
            double sum = 0;
            int k = 0;
            for (int j = 0; j < longer.length; j++) {
                if ((mask >> j & 1) == 1) {
                    sum += Math.abs(shorter[k++] - longer[j]);
                }
            }
            best = Math.min(best, sum);
        }
        return best;
    }
}
