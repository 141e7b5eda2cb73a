package org.splinelens.core.spline;

/**
 * Stable ascending orders as index permutations, by a primitive bottom-up merge sort: no boxed indices and no
 * comparator objects, so sorting the breakpoints of a network with millions of units, or a million data points, costs
 * O(n log n) time and two {@code int[n]}. Ties keep their index order (the order {@code Arrays.sort} gives boxed
 * indices), so results summed in this order are the same bit for bit.
 */
public final class SortOrder {
    /** Whether the key of index {@code i} comes strictly before the key of index {@code j}. */
    @FunctionalInterface
    public interface Before {
        boolean test(int i, int j);
    }

    /** The length of the runs {@link #ascending(double[], int, int[], int[])} sorts by insertion before merging. */
    private static final int RUN = 32;

    private SortOrder() {
    }

    /** @return {@code order} with {@code keys[order[0]] <= keys[order[1]] <= …} by {@link Double#compare} (−0.0
     *     before 0.0); keys must not be NaN */
    public static int[] ascending(double[] keys) {
        int[] order = new int[keys.length];
        ascending(keys, keys.length, order, new int[keys.length]);
        return order;
    }

    /**
     * Writes the stable ascending order of {@code keys[0..n)} by {@link Double#compare} into {@code order[0..n)},
     * with {@code buffer[0..n)} as work space: the allocation-free form, for a kernel that sorts a refilled batch at
     * every call. The merge compares the keys inline rather than through {@link Before}, whose call site, shared by
     * every caller of {@link #stable}, is a virtual call per comparison.
     */
    public static void ascending(double[] keys, int n, int[] order, int[] buffer) {
        if (keys.length < n || order.length < n || buffer.length < n || order == buffer) {
            throw new IllegalArgumentException("need " + n + " keys and distinct order and buffer arrays of at least"
                    + " as many entries");
        }
        // runs of RUN indices by insertion, which is stable and, for a batch of a few dozen points, does all the work
        for (int start = 0; start < n; start += RUN) {
            int end = Math.min(start + RUN, n);
            for (int i = start; i < end; i++) {
                double key = keys[i];
                int j = i;
                while (j > start && Double.compare(keys[order[j - 1]], key) > 0) {
                    order[j] = order[j - 1];
                    j--;
                }
                order[j] = i;
            }
        }
        int[] from = order;
        int[] to = buffer;
        for (int width = RUN; width < n; width *= 2) {
            for (int start = 0; start < n; start += 2 * width) {
                int middle = Math.min(start + width, n);
                int end = Math.min(start + 2 * width, n);
                int i = start;
                int j = middle;
                int k = start;
                while (i < middle && j < end) {
                    to[k++] = Double.compare(keys[from[j]], keys[from[i]]) < 0 ? from[j++] : from[i++];
                }
                while (i < middle) {
                    to[k++] = from[i++];
                }
                while (j < end) {
                    to[k++] = from[j++];
                }
            }
            int[] swap = from;
            from = to;
            to = swap;
        }
        if (from != order) {
            System.arraycopy(from, 0, order, 0, n);
        }
    }

    /** @return {@code order} with {@code keys[order[0]] <= keys[order[1]] <= …} */
    public static int[] ascending(long[] keys) {
        return stable(keys.length, (i, j) -> keys[i] < keys[j]);
    }

    /** @return the stable order of the indices {@code 0 … n − 1} under {@code before} */
    public static int[] stable(int n, Before before) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int[] buffer = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int from = 0; from < n; from += 2 * width) {
                int middle = Math.min(from + width, n);
                int to = Math.min(from + 2 * width, n);
                int i = from;
                int j = middle;
                int k = from;
                while (i < middle && j < to) {
                    buffer[k++] = before.test(order[j], order[i]) ? order[j++] : order[i++];
                }
                while (i < middle) {
                    buffer[k++] = order[i++];
                }
                while (j < to) {
                    buffer[k++] = order[j++];
                }
            }
            int[] swap = order;
            order = buffer;
            buffer = swap;
        }
        return order;
    }

    /** @return the number of values of the ascending {@code sorted} that are {@code <= x} */
    public static int countAtMost(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
