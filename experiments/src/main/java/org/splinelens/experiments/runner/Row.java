package org.splinelens.experiments.runner;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One result line of a trial: the cell it belongs to (the experiment's factors, e.g. init and width) and the measured
 * metrics. Column order is the insertion order, the same in every row of an experiment.
 *
 * @param cell    factor name to level
 * @param metrics metric name to value
 */
public record Row(Map<String, String> cell, Map<String, Double> metrics) {

    public Row {
        cell = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cell));
        metrics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }
}
