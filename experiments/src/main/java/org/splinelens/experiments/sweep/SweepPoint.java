package org.splinelens.experiments.sweep;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.splinelens.experiments.runner.ConfiguredExperiment;

/**
 * One resolved configuration of a sweep.
 *
 * @param index      its place in the sweep, from 0
 * @param swept      the swept keys' values at this point
 * @param experiment the experiment bound to the point's whole config
 * @param canonical  the canonical JSON of (experiment, config): what seeds its cells
 * @param directory  its run directory, relative to the sweep's ({@code points/NNN-key=value_…})
 */
public record SweepPoint(int index, Map<String, Object> swept, ConfiguredExperiment<?> experiment, String canonical,
        String directory) {

    public SweepPoint {
        swept = Collections.unmodifiableMap(new LinkedHashMap<>(swept));
        Objects.requireNonNull(experiment, "experiment");
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(directory, "directory");
    }

    /** @return {@code (key=value, …)} of the swept keys, for messages */
    public String label() {
        return label(swept);
    }

    /** @return {@code (key=value, …)} of {@code swept} */
    static String label(Map<String, Object> swept) {
        StringBuilder label = new StringBuilder();
        swept.forEach((key, value) -> label.append(label.length() == 0 ? "" : ", ").append(key).append('=')
                .append(value));
        return "(" + label + ")";
    }
}
