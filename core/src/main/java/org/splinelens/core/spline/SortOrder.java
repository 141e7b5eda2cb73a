package org.splinelens.core.spline;

/**
 * The stable ascending order of a {@code double[]} as an index permutation, by a primitive bottom-up merge sort: no
 * boxed indices and no comparator, so sorting the breakpoints of a network with millions of units costs O(H log H)
 * time and two {@code int[H]}. Ties keep their index order (the order {@code Arrays.sort} gives boxed indices), so
 * results summed in this order are the same bit for bit.
 */
final class SortOrder {
    private SortOrder() {
    }

    /** @return {@code order} with {@code keys[order[0]] <= keys[order[1]] <= …}; keys must not be NaN */
    static int[] ascending(double[] keys) {
        int n = keys.length;
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
                    // Double.compare, as Arrays.sort orders: −0.0 before 0.0
                    buffer[k++] = Double.compare(keys[order[j]], keys[order[i]]) < 0 ? order[j++] : order[i++];
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
}
