package org.splinelens.experiments.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.experiments.runner.ConfiguredExperiment;
import org.splinelens.experiments.runner.ExperimentPlugin;

/**
 * A sweep resolved against the registry: every point's config bound and validated before any work, so an unknown key,
 * an empty list, a value of the wrong type, an unknown plugin name or a repeated point fails first, naming the key.
 *
 * @param spec   what was asked
 * @param points the points, in the order of {@link SweepSpec#combinations()}
 */
public record SweepPlan(SweepSpec spec, List<SweepPoint> points) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public SweepPlan {
        points = List.copyOf(points);
    }

    /** A plan of at most {@link CellEngine#MAX_CELLS} cells. */
    public static SweepPlan of(SweepSpec spec, PluginRegistry plugins) {
        return of(spec, plugins, CellEngine.MAX_CELLS);
    }

    /**
     * @param maxCells the most cells (points × trials) the sweep may hold; checked before any point is bound
     * @throws InvalidInputException naming the key (and the point) that cannot be resolved, or the sweep's size
     */
    public static SweepPlan of(SweepSpec spec, PluginRegistry plugins, long maxCells) {
        if (spec.pointCount() > maxCells || (spec.trials() != null
                && spec.pointCount() * (double) spec.trials() > maxCells)) {
            throw new InvalidInputException("sweep: " + spec.pointCount() + " points" + (spec.trials() == null ? ""
                    : " × " + spec.trials() + " trials") + " exceed " + maxCells + " cells; narrow the --grid lists,"
                    + " lower --trials or raise --max-cells");
        }
        ExperimentPlugin experiment = plugins.plugin(ExperimentPlugin.class, spec.experiment());
        Set<String> keys = experiment.defaultSettings().keySet();
        for (String key : spec.grid().keySet()) {
            known(keys, key, "--grid", experiment.name());
        }
        for (String key : spec.settings().keySet()) {
            known(keys, key, "--set", experiment.name());
        }
        List<SweepPoint> points = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<Map<String, Object>> combinations = spec.combinations();
        long cells = 0;
        for (int i = 0; i < combinations.size(); i++) {
            Map<String, Object> swept = combinations.get(i);
            Map<String, Object> settings = new LinkedHashMap<>(spec.settings());
            if (spec.trials() != null) {
                settings.put("trials", spec.trials());
            }
            settings.putAll(swept);
            ConfiguredExperiment<?> bound;
            try {
                bound = experiment.configure(spec.scale(), settings);
                bound.validate(plugins);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("sweep point " + SweepPoint.label(swept) + ": " + e.getMessage());
            }
            String canonical = canonical(experiment.name(), bound.settings());
            Integer twin = seen.putIfAbsent(canonical, i);
            if (twin != null) {
                throw new InvalidInputException("sweep points " + SweepPoint.label(combinations.get(twin)) + " and "
                        + SweepPoint.label(swept) + " are the same configuration; a --grid list repeats a value");
            }
            points.add(new SweepPoint(i, swept, bound, canonical, directory(i, swept)));
            cells += bound.trials();
            if (cells > maxCells) {
                throw new InvalidInputException("sweep: more than " + maxCells + " cells (points × their trials);"
                        + " narrow the --grid lists, lower --trials or raise --max-cells");
            }
        }
        return new SweepPlan(spec, points);
    }

    private static void known(Set<String> keys, String key, String option, String experiment) {
        if (!keys.contains(key)) {
            throw new InvalidInputException(option + " " + key + ": experiment " + experiment
                    + " has no such config key; its keys: " + String.join(", ", keys));
        }
    }

    /** @return the canonical JSON of a point: the experiment's name and every config key in the record's order */
    static String canonical(String experiment, Map<String, Object> settings) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("experiment", experiment);
        doc.put("config", settings);
        try {
            return JSON.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a bound config is always JSON", e);
        }
    }

    /** @return {@code points/NNN-key=value_key=value}, characters other than letters, digits and {@code .=-} as _ */
    private static String directory(int index, Map<String, Object> swept) {
        StringBuilder name = new StringBuilder(String.format(Locale.ROOT, "%03d", index));
        swept.forEach((key, value) -> name.append(name.length() == 3 ? "-" : "_").append(key).append('=')
                .append(value));
        String safe = name.toString().replaceAll("[^A-Za-z0-9.=-]", "_");
        return "points/" + (safe.length() > 80 ? safe.substring(0, 80) : safe);
    }
}
