package org.splinelens.experiments.runner;

import java.util.List;
import org.splinelens.core.limits.Limits;

/**
 * The length of a config's lists: each entry becomes cells, rows, points of a figure and columns of a table, so a list
 * of a million ratios is a mistake to refuse at once, naming the key, rather than a run of a million cells.
 */
public final class ConfigLists {
    /** The most entries a config list may hold. */
    public static final int MAX_ENTRIES = 10_000;

    private ConfigLists() {
    }

    /** @throws IllegalArgumentException naming the key when {@code values} holds more than {@link #MAX_ENTRIES} */
    public static void check(String key, List<?> values) {
        if (values != null && values.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException(key + ": " + Limits.number(values.size()) + " entries, more than the "
                    + Limits.number(MAX_ENTRIES) + " a config list may hold");
        }
    }
}
