package org.splinelens.experiments.runner;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the cell of a {@link Row}: factor name to level, in the order the factors are added, which is the column
 * order of {@code trials.csv} and {@code summary.csv}. Numbers are written by {@link Integer#toString(int)},
 * {@link Long#toString(long)} and {@link Double#toString(double)}, the same text every experiment's rows and its
 * summary look-ups use, so a cell built for a look-up equals the cell of the rows it names.
 *
 * <pre>{@code
 * Map<String, String> cell = CellBuilder.of("init", init).and("ratio", ratio).build();
 * }</pre>
 */
public final class CellBuilder {
    private final Map<String, String> levels = new LinkedHashMap<>();

    private CellBuilder() {
    }

    /** @return a builder whose first factor is {@code factor} at {@code level} */
    public static CellBuilder of(String factor, String level) {
        return new CellBuilder().and(factor, level);
    }

    /** @return a builder whose first factor is {@code factor} at {@code level} */
    public static CellBuilder of(String factor, int level) {
        return of(factor, Integer.toString(level));
    }

    /** @return a builder whose first factor is {@code factor} at {@code level} */
    public static CellBuilder of(String factor, long level) {
        return of(factor, Long.toString(level));
    }

    /** @return a builder whose first factor is {@code factor} at {@code level} */
    public static CellBuilder of(String factor, double level) {
        return of(factor, Double.toString(level));
    }

    /**
     * Adds the next factor.
     *
     * @return this builder
     * @throws IllegalArgumentException when {@code factor} is already in the cell
     */
    public CellBuilder and(String factor, String level) {
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(level, "level");
        if (levels.putIfAbsent(factor, level) != null) {
            throw new IllegalArgumentException("factor " + factor + " is already in the cell " + levels);
        }
        return this;
    }

    /** Adds the next factor, written by {@link Integer#toString(int)}. */
    public CellBuilder and(String factor, int level) {
        return and(factor, Integer.toString(level));
    }

    /**
     * Adds the next factor, written by {@link Long#toString(long)} (so that a {@code long} is not widened to
     * {@code double} and written as {@code 1.0E9}).
     */
    public CellBuilder and(String factor, long level) {
        return and(factor, Long.toString(level));
    }

    /** Adds the next factor, written by {@link Double#toString(double)}. */
    public CellBuilder and(String factor, double level) {
        return and(factor, Double.toString(level));
    }

    /** @return the cell, unmodifiable, its factors in the order they were added */
    public Map<String, String> build() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(levels));
    }
}
