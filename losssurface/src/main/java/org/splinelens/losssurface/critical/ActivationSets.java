package org.splinelens.losssurface.critical;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.spline.SortOrder;

/**
 * Every unit's activation set on the data, {@code A_i = {n : w_i x_n + b_i > 0}}, in O(H log N) time and O(H + N)
 * memory instead of an H × N table of flags.
 *
 * <p>Why one number per unit suffices: for {@code w_i > 0} the computed {@code fl(fl(w_i x) + b_i)} is non-decreasing
 * in {@code x} (rounding is monotone), so {@code A_i} is the {@code c} largest points for some count {@code c}, found
 * by binary search over the sorted data, and equal x are never split; for {@code w_i < 0} it is the {@code c} smallest;
 * for {@code w_i = 0} all or none. A set is therefore one key: {@link #NONE}, {@link #ALL}, {@code 2c} for the
 * {@code c} largest or {@code 2c + 1} for the {@code c} smallest ({@code 0 < c < N}); two units have the same set
 * iff their keys are equal, and the complement of the {@code c} largest is the {@code N − c} smallest.
 */
final class ActivationSets {
    static final long NONE = -2;
    static final long ALL = -1;

    private final double[] sortedX;
    private final long[] keys;

    ActivationSets(ShallowNetwork network, double[] x) {
        sortedX = x.clone();
        Arrays.sort(sortedX);
        keys = new long[network.width()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = key(network.w(i), network.b(i));
        }
    }

    private long key(double w, double b) {
        int n = sortedX.length;
        if (w == 0) {
            return b > 0 ? ALL : NONE;
        }
        // the first sorted index whose activity differs from that of the smallest x
        boolean first = w * sortedX[0] + b > 0;
        int lo = 1;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if ((w * sortedX[mid] + b > 0) == first) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int count = first ? lo : n - lo; // active: the prefix [0, lo) or the suffix [lo, n)
        if (count == 0) {
            return NONE;
        }
        if (count == n) {
            return ALL;
        }
        return first ? 2L * count + 1 : 2L * count;
    }

    /** @return the number of data points */
    int points() {
        return sortedX.length;
    }

    /** @return the number of data points {@code x < beta} */
    int countBelow(double beta) {
        int lo = 0;
        int hi = sortedX.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sortedX[mid] < beta) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** @return the number of points in the set of {@code key} */
    int size(long key) {
        return key == NONE ? 0 : key == ALL ? sortedX.length : (int) (key / 2);
    }

    /** @return the key of the complementary set */
    long complement(long key) {
        if (key == NONE || key == ALL) {
            return key == NONE ? ALL : NONE;
        }
        long rest = sortedX.length - key / 2;
        return key % 2 == 0 ? 2 * rest + 1 : 2 * rest;
    }

    /** @return unit {@code i}'s key */
    long key(int i) {
        return keys[i];
    }

    /** @return whether unit {@code i} is active on some points whose x are all equal (Cor 2, case 5) */
    boolean singleInput(int i) {
        long key = keys[i];
        int n = sortedX.length;
        if (key == NONE) {
            return false;
        }
        int count = size(key);
        boolean smallest = key != ALL && key % 2 == 1;
        return smallest ? sortedX[0] == sortedX[count - 1] : sortedX[n - count] == sortedX[n - 1];
    }

    /**
     * @return Thm 4's hypotheses: some unit active on every point, and every point active in some unit (which the
     *         first implies)
     */
    boolean hypotheses() {
        for (long key : keys) {
            if (key == ALL) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return the classes of units with equal keys, each sorted, ordered by their first unit; with {@code minimum}
     *         2 the classes of Cor 2's case 1, with 1 every class
     */
    List<int[]> classes(int minimum) {
        int h = keys.length;
        int[] order = SortOrder.ascending(keys);
        List<int[]> classes = new ArrayList<>();
        for (int from = 0; from < h;) {
            int to = from + 1;
            while (to < h && keys[order[to]] == keys[order[from]]) {
                to++;
            }
            if (to - from >= minimum) {
                classes.add(Arrays.copyOfRange(order, from, to));
            }
            from = to;
        }
        classes.sort((a, b) -> Integer.compare(a[0], b[0]));
        return classes;
    }

}
