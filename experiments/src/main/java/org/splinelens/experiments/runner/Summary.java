package org.splinelens.experiments.runner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Mean ± standard deviation of every metric per cell, over all trials; cells in order of first appearance (trial
 * order), so the summary is a function of the trial results alone. NaN values (a metric a trial could not measure,
 * e.g. the loss of a diverged run) are left out: {@code count} says how many values remain, {@code trials} how many
 * trials gave the metric a value or NaN.
 *
 * @param cells one entry per distinct cell
 */
public record Summary(List<CellSummary> cells) {

    public Summary {
        cells = List.copyOf(cells);
    }

    /**
     * @param levels the cell's factor levels
     * @param stats  per metric: count, mean and unbiased standard deviation
     */
    public record CellSummary(Map<String, String> levels, Map<String, Stat> stats) {
        public CellSummary {
            levels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(levels));
            stats = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stats));
        }
    }

    /**
     * @param count  values (the trials that measured the metric: NaN left out)
     * @param mean   their mean
     * @param sd     their unbiased standard deviation (0 for one value)
     * @param trials the trials behind the statistic, {@code >= count}: those left out ({@link #lost()}) gave NaN,
     *               e.g. a diverged run
     */
    public record Stat(int count, double mean, double sd, int trials) {

        public Stat {
            if (count < 0 || trials < count) {
                throw new IllegalArgumentException("a statistic needs 0 <= count <= trials, got count " + count
                        + " of " + trials + " trials");
            }
        }

        /** A statistic of {@code count} values, none lost: {@code trials = count}. */
        public Stat(int count, double mean, double sd) {
            this(count, mean, sd, count);
        }

        /** @return the trials left out because their value was NaN: {@code trials − count} */
        public int lost() {
            return trials - count;
        }

        /**
         * @return this statistic as one of {@code trials} trials meant to measure it, for a metric that only some
         *         trials measure by design (e.g. the trained subset of a census), so that only the others count as
         *         lost
         * @throws IllegalArgumentException when fewer than {@code count} trials
         */
        public Stat outOf(int trials) {
            return new Stat(count, mean, sd, trials);
        }

        /**
         * @return two standard errors of the difference of this mean and {@code other}'s, both means of independent
         *         trials: {@code 2 √(sd²/n + sd_other²/n_other)}, the margin a difference must pass to be more than
         *         trial noise; NaN when either side has fewer than two trials
         */
        public double twoStandardErrors(Stat other) {
            if (count < 2 || other.count < 2) {
                // one trial has no spread to tell a difference from noise: NaN makes every comparison with it false
                return Double.NaN;
            }
            return 2 * Math.sqrt(sd * sd / count + other.sd * other.sd / other.count);
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%.4g ± %.2g", mean, sd);
        }
    }

    /** @return the summary of rows given in trial order */
    public static Summary of(List<Row> rows) {
        Map<Map<String, String>, Map<String, List<Double>>> byCell = new LinkedHashMap<>();
        Map<Map<String, String>, Map<String, Integer>> trialsByCell = new LinkedHashMap<>();
        for (Row row : rows) {
            Map<String, List<Double>> metrics = byCell.computeIfAbsent(row.cell(), c -> new LinkedHashMap<>());
            Map<String, Integer> trials = trialsByCell.computeIfAbsent(row.cell(), c -> new LinkedHashMap<>());
            row.metrics().forEach((name, value) -> {
                List<Double> values = metrics.computeIfAbsent(name, m -> new ArrayList<>());
                trials.merge(name, 1, Integer::sum);
                if (!Double.isNaN(value)) {
                    values.add(value);
                }
            });
        }
        List<CellSummary> cells = new ArrayList<>();
        byCell.forEach((levels, metrics) -> {
            Map<String, Stat> stats = new LinkedHashMap<>();
            Map<String, Integer> trials = trialsByCell.get(levels);
            metrics.forEach((name, values) -> stats.put(name, stat(values).outOf(trials.get(name))));
            cells.add(new CellSummary(levels, stats));
        });
        return new Summary(cells);
    }

    /** @return the statistic of {@code metric} in the cell with exactly these levels */
    public Stat stat(Map<String, String> levels, String metric) {
        for (CellSummary cell : cells) {
            if (cell.levels().equals(levels)) {
                Stat stat = cell.stats().get(metric);
                if (stat != null) {
                    return stat;
                }
            }
        }
        throw new IllegalArgumentException("no cell " + levels + " with metric " + metric);
    }

    private static Stat stat(List<Double> values) {
        if (values.isEmpty()) {
            return new Stat(0, Double.NaN, Double.NaN);
        }
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.size();
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        double sd = values.size() > 1 ? Math.sqrt(squares / (values.size() - 1)) : 0;
        return new Stat(values.size(), mean, sd);
    }
}
