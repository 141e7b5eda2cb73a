package org.splinelens.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SortedByXTest {

    /** The primitive merge sort agrees with the library's stable sort of boxed indices, ties in input order. */
    @Test
    void sortedByXIsTheStableSortOfThePoints() {
        SplittableRandom r = new SplittableRandom(6);
        for (int t = 0; t < 200; t++) {
            int n = r.nextInt(1, 70);
            double[] x = new double[n];
            double[] y = new double[n];
            for (int k = 0; k < n; k++) {
                x[k] = r.nextInt(4) == 0 && k > 0 ? x[r.nextInt(k)] : r.nextGaussian();
                y[k] = k;
            }
            Integer[] order = new Integer[n];
            Arrays.setAll(order, k -> k);
            Arrays.sort(order, Comparator.comparingDouble(k -> x[k]));
            Dataset sorted = new Dataset(x, y).sortedByX();
            for (int k = 0; k < n; k++) {
                assertThat(sorted.x(k)).isEqualTo(x[order[k]]);
                assertThat(sorted.y(k)).isEqualTo(y[order[k]]);
            }
        }
    }
}
