package org.splinelens.core.spline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * The primitive merge sort gives the permutation a stable sort of boxed indices gives (Arrays.sort, TimSort), in
 * both its allocating and its allocation-free form.
 */
class SortOrderProperties {

    @Property(tries = 200)
    void sameOrderAsAStableBoxedSort(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = random.nextInt(0, 300);
        double[] keys = new double[n];
        for (int i = 0; i < n; i++) {
            // few distinct values, so ties are common, and both zeros
            int kind = random.nextInt(4);
            keys[i] = kind == 0 ? 0.0 : kind == 1 ? -0.0 : random.nextInt(-5, 6) * (kind == 2 ? 1 : 0.5);
        }
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, (i, j) -> Double.compare(keys[i], keys[j]));
        int[] expected = Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
        assertThat(SortOrder.ascending(keys)).containsExactly(expected);

        // the allocation-free form, into longer arrays holding stale entries, sorts the first n of them alike
        int[] order = new int[n + 3];
        int[] buffer = new int[n + 5];
        Arrays.fill(order, -7);
        Arrays.fill(buffer, -9);
        SortOrder.ascending(keys, n, order, buffer);
        assertThat(Arrays.copyOf(order, n)).containsExactly(expected);
    }
}
