package org.splinelens.experiments.sweep;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.experiments.runner.ExperimentPlugin;
import org.splinelens.experiments.runner.Row;
import org.splinelens.experiments.runner.Scale;
import org.splinelens.experiments.runner.TrialFiles;

/**
 * One cell as a self-contained, serialisable task: everything a JVM with splinelens (and the plugin jars) on its class
 * path needs to compute the cell — the experiment's name, the point's whole config as canonical JSON, the trial and
 * its seed — and where its result goes. Engines (threads here, Spark tasks elsewhere) run these.
 *
 * @param point     the point's index (a sweep's point, a batch's run)
 * @param label     what the cell belongs to, for messages ({@code sweep point 3 (width=21)}, {@code experiment NAME})
 * @param canonical the point's canonical JSON {@code {"experiment": NAME, "config": {…}}}
 * @param trial     the trial
 * @param seed      the cell's generator seed ({@link CellSeeds})
 * @param stamp     the stamp of the point's run directory ({@link TrialFiles#stamp}), which the result carries
 * @param file      the cell's result file, relative to the sweep directory ({@code points/…/trials/trial-NNNNN.json})
 */
public record CellTask(int point, String label, String canonical, int trial, long seed, String stamp, String file)
        implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    public CellTask {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(stamp, "stamp");
        Objects.requireNonNull(file, "file");
    }

    /** @return the cell's rows: the point's config rebuilt from its canonical JSON, the trial run from its seed */
    public List<Row> compute(PluginRegistry plugins) {
        Map<String, Object> doc;
        try {
            doc = JSON.readValue(canonical, new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ExperimentPlugin experiment = plugins.plugin(ExperimentPlugin.class, (String) doc.get("experiment"));
        @SuppressWarnings("unchecked")
        Map<String, Object> config = (Map<String, Object>) doc.get("config");
        // every key is given, so the preset the settings are laid over does not matter
        return experiment.configure(Scale.QUICK, config).trial(trial, new SplittableRandom(seed), plugins);
    }

    /** @return the text of the cell's result file */
    public String result(List<Row> rows) {
        return TrialFiles.text(trial, stamp, rows);
    }

    /** @return the message of a cell that failed {@code attempts} times */
    public String failure(int attempts, Throwable cause) {
        return label + ", trial " + trial + " failed " + attempts
                + (attempts == 1 ? " time: " : " times: ") + String.valueOf(cause.getMessage()).lines().findFirst()
                .orElse(cause.getClass().getSimpleName());
    }
}
