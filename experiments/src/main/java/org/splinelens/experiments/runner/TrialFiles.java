package org.splinelens.experiments.runner;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.splinelens.core.io.AtomicFiles;
import org.splinelens.core.io.Excerpt;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.provenance.FileDigests;

/**
 * The result file of one trial, {@code trials/trial-NNNNN.json} in a run directory: written atomically when the trial
 * ends, so a run (or a sweep cell) interrupted at any moment resumes with the trials whose files exist. Each file
 * carries its run's {@link #stamp} — the digest of the run's {@code config.yaml} (experiment, seed, every config key) —
 * so a resume takes only trials of the same run: a file written under another seed or config is refused, naming it.
 * Rows may hold NaN (a metric a trial could not measure); they are read back as written. A file this class did not
 * write as it is (a key twice, more after the object: an edited or concatenated file) is refused rather than
 * half-read.
 */
public final class TrialFiles {
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private TrialFiles() {
    }

    /** @return the result file of {@code trial} in the run directory {@code run} */
    public static Path path(Path run, int trial) {
        return run.resolve("trials").resolve(String.format(Locale.ROOT, "trial-%05d.json", trial));
    }

    /**
     * @return the stamp every trial file of the run directory {@code run} carries: the SHA-256 of its
     *     {@code config.yaml}, written before any trial
     */
    public static String stamp(Path run) {
        return FileDigests.sha256(run.resolve("config.yaml"));
    }

    /** @return the file's text for {@code trial}'s rows (cells and metrics in their order) in the run {@code stamp} */
    public static String text(int trial, String stamp, List<Row> rows) {
        ObjectNode node = JSON.createObjectNode();
        node.put("trial", trial);
        node.put("run", stamp);
        ArrayNode list = node.putArray("rows");
        for (Row row : rows) {
            ObjectNode r = list.addObject();
            ObjectNode cell = r.putObject("cell");
            row.cell().forEach(cell::put);
            ObjectNode metrics = r.putObject("metrics");
            row.metrics().forEach(metrics::put);
        }
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code trial}'s rows to {@code file} atomically. */
    public static void write(Path file, int trial, String stamp, List<Row> rows) {
        try {
            AtomicFiles.writeString(file, text(trial, stamp, rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @throws InvalidInputException naming the file, when it is not the result of {@code trial} of the run
     *     {@code stamp}
     */
    public static List<Row> read(Path file, int trial, String stamp) {
        JsonNode node;
        try {
            node = JSON.readTree(file.toFile());
            if (node != null && node.path("trial").asInt(-1) == trial && !stamp.equals(node.path("run").asText())) {
                throw new InvalidInputException(file + ": the result of another run (its config.yaml had another"
                        + " seed or config); delete it, or choose another --out, to run this trial");
            }
            return parse(node, trial);
        } catch (IOException e) {
            throw new InvalidInputException(file + ": unreadable trial result (" + Excerpt.cut(String.valueOf(
                    e.getMessage()).lines().findFirst().orElse("")) + "); delete it to rerun that trial");
        }
    }

    private static List<Row> parse(JsonNode node, int trial) throws IOException {
        if (node == null || node.path("trial").asInt(-1) != trial || !node.path("rows").isArray()) {
            throw new IOException("not the result of trial " + trial);
        }
        List<Row> rows = new ArrayList<>();
        for (JsonNode r : node.get("rows")) {
            if (!r.path("cell").isObject() || !r.path("metrics").isObject()) {
                throw new IOException("a row lacks its cell or metrics");
            }
            Map<String, String> cell = new LinkedHashMap<>();
            r.get("cell").fields().forEachRemaining(e -> cell.put(e.getKey(), e.getValue().asText()));
            Map<String, Double> metrics = new LinkedHashMap<>();
            r.get("metrics").fields().forEachRemaining(e -> metrics.put(e.getKey(), e.getValue().asDouble()));
            rows.add(new Row(cell, metrics));
        }
        return rows;
    }
}
