package org.splinelens.experiments.sweep;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.splinelens.experiments.runner.Scale;

/**
 * What a sweep asks for, before any name is looked up.
 *
 * @param experiment the experiment's registered name
 * @param scale      the preset the settings and grids are laid over
 * @param settings   config keys fixed for every point ({@code --set})
 * @param grid       the swept keys in order, each with its values ({@code --grid KEY=V1,V2,…})
 * @param zip        pair the lists (all of one length) instead of taking their Cartesian product
 * @param trials     trials per point, or null for the preset's
 * @param seed       the sweep seed every cell's generator derives from
 */
public record SweepSpec(String experiment, Scale scale, Map<String, Object> settings, Map<String, List<Object>> grid,
        boolean zip, Integer trials, long seed) {

    public SweepSpec {
        Objects.requireNonNull(experiment, "experiment");
        Objects.requireNonNull(scale, "scale");
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        Map<String, List<Object>> copy = new LinkedHashMap<>();
        grid.forEach((key, values) -> copy.put(key, Collections.unmodifiableList(new ArrayList<>(values))));
        grid = Collections.unmodifiableMap(copy);
        if (grid.isEmpty()) {
            throw new IllegalArgumentException("--grid: a sweep needs at least one swept key");
        }
        for (Map.Entry<String, List<Object>> e : grid.entrySet()) {
            if (e.getValue().isEmpty()) {
                throw new IllegalArgumentException("--grid " + e.getKey() + ": empty list of values");
            }
            if (settings.containsKey(e.getKey())) {
                throw new IllegalArgumentException("--grid " + e.getKey() + ": the key is also fixed by --set");
            }
        }
        if (trials != null && trials < 1) {
            throw new IllegalArgumentException("--trials must be >= 1, got " + trials);
        }
        if (zip) {
            int length = grid.values().iterator().next().size();
            for (Map.Entry<String, List<Object>> e : grid.entrySet()) {
                if (e.getValue().size() != length) {
                    throw new IllegalArgumentException("--zip: --grid " + e.getKey() + " has " + e.getValue().size()
                            + " values, the first list " + length);
                }
            }
        }
    }

    /** @return how many points the sweep has, computed without listing them (saturates at {@code Long.MAX_VALUE}) */
    public long pointCount() {
        if (zip) {
            return grid.values().iterator().next().size();
        }
        long count = 1;
        for (List<Object> values : grid.values()) {
            count = values.size() > Long.MAX_VALUE / count ? Long.MAX_VALUE : count * values.size();
        }
        return count;
    }

    /** @return the swept values of every point, in order: the last key varies fastest (or the lists paired) */
    public List<Map<String, Object>> combinations() {
        List<String> keys = new ArrayList<>(grid.keySet());
        List<Map<String, Object>> points = new ArrayList<>();
        if (zip) {
            int length = grid.get(keys.get(0)).size();
            for (int i = 0; i < length; i++) {
                Map<String, Object> point = new LinkedHashMap<>();
                for (String key : keys) {
                    point.put(key, grid.get(key).get(i));
                }
                points.add(point);
            }
            return points;
        }
        points.add(new LinkedHashMap<>());
        for (String key : keys) {
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> partial : points) {
                for (Object value : grid.get(key)) {
                    Map<String, Object> point = new LinkedHashMap<>(partial);
                    point.put(key, value);
                    next.add(point);
                }
            }
            points = next;
        }
        return points;
    }
}
