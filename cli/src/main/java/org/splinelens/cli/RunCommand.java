package org.splinelens.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.experiments.report.HtmlReport;
import org.splinelens.experiments.runner.ConfiguredExperiment;
import org.splinelens.experiments.runner.ExperimentPlugin;
import org.splinelens.experiments.runner.Runner;
import org.splinelens.experiments.runner.Scale;
import org.splinelens.experiments.runner.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run an experiment by name or from a YAML file (experiment: NAME, optional scale and seed, "
                + "config: {key: value}); trials in parallel, resumable into the same --out.")
final class RunCommand implements Callable<Integer> {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> FILE_KEYS = Set.of("experiment", "scale", "seed", "config");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME|CONFIG.yaml", description = "experiment name or YAML config file")
    String target;

    @Option(names = "--scale", description = "quick (default) or paper")
    String scale;

    @Option(names = "--set", description = "config key=value (YAML value, e.g. ratios=[1,4]); repeatable")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--trials", description = "number of trials (overrides the preset)")
    Integer trials;

    @Option(names = "--seed", description = "run seed (default 0)")
    Long seed;

    @Option(names = "--threads", description = "worker threads (default: all cores)")
    Integer threads;

    @Option(names = "--out", description = "output directory (default runs/NAME-SCALE)")
    Path out;

    @Override
    @SuppressWarnings("unchecked")
    public Integer call() throws IOException {
        PluginRegistry plugins = PluginRegistry.discover(RunCommand.class.getClassLoader());
        String name = target;
        Map<String, Object> config = new LinkedHashMap<>();
        String fileScale = null;
        Long fileSeed = null;
        if (target.endsWith(".yaml") || target.endsWith(".yml")) {
            JsonNode root = readYaml(Path.of(target));
            for (Iterator<String> keys = root.fieldNames(); keys.hasNext();) {
                String key = keys.next();
                if (!FILE_KEYS.contains(key)) {
                    throw new InvalidInputException(target + ": unknown key '" + key + "'; expected " + FILE_KEYS);
                }
            }
            if (!root.path("experiment").isTextual()) {
                throw new InvalidInputException(target + ": key 'experiment': expected an experiment name");
            }
            name = root.get("experiment").asText();
            fileScale = root.has("scale") ? root.get("scale").asText() : null;
            if (root.has("seed")) {
                if (!root.get("seed").isIntegralNumber() || !root.get("seed").canConvertToLong()) {
                    throw new InvalidInputException(target + ": key 'seed': expected an integer");
                }
                fileSeed = root.get("seed").asLong();
            }
            if (root.has("config")) {
                if (!root.get("config").isObject()) {
                    throw new InvalidInputException(target + ": key 'config': expected a map of config keys");
                }
                config.putAll(YAML.convertValue(root.get("config"), Map.class));
            }
        }
        ExperimentPlugin experiment = plugins.plugin(ExperimentPlugin.class, name);
        Scale chosen;
        try {
            chosen = Scale.named(scale != null ? scale : fileScale != null ? fileScale : "quick");
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException((scale != null ? "--scale: " : target + ": ") + e.getMessage());
        }
        for (Map.Entry<String, String> e : settings.entrySet()) {
            try {
                config.put(e.getKey(), YAML.readValue(e.getValue().isEmpty() ? "''" : e.getValue(), Object.class));
            } catch (IOException malformed) {
                throw new InvalidInputException("--set " + e.getKey() + ": not a YAML value: '" + e.getValue() + "'");
            }
        }
        if (trials != null) {
            config.put("trials", trials);
        }
        // every config problem is reported against where the config came from, before any work
        String source = target.equals(name) ? "" : target + ": ";
        ConfiguredExperiment<?> bound;
        try {
            bound = experiment.configure(chosen, config);
            bound.validate(plugins);
        } catch (InvalidInputException | IllegalArgumentException e) {
            String message = e.getMessage();
            throw new InvalidInputException(source + (message.startsWith("experiment ") ? message
                    : "experiment " + name + ": " + message));
        }
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (workers < 1) {
            throw new InvalidInputException("--threads must be >= 1, got " + workers);
        }
        Path dir = out != null ? out : Path.of("runs", name + "-" + chosen);
        PrintWriter err = spec.commandLine().getErr();
        boolean terminal = System.console() != null;
        long runSeed = seed != null ? seed : fileSeed != null ? fileSeed : 0L;
        String label = name;
        long started = System.nanoTime();
        int[] first = {-1, 0};
        int[] logged = {-1};
        Runner.Outcome outcome = new Runner(plugins, workers, (done, all) -> {
            if (terminal) {
                printProgress(err, label, done, all, started, first);
            } else {
                logProgress(err, label, done, all, logged);
            }
            return 0;
        }).run(bound, runSeed, dir);
        if (terminal) {
            err.println();
        }
        HtmlReport.write(bound, outcome, dir);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(Locale.ROOT, "%s (%s): %d trials run, %d resumed, %.2f s -> %s%n", name, chosen,
                outcome.trialsRun(), outcome.trialsResumed(), outcome.seconds(), dir.resolve("report.html"));
        for (Verdict verdict : outcome.verdicts()) {
            stdout.println("  " + verdict);
        }
        return 0;
    }

    /** A bar with trials done and, once a trial has finished in this run, the time left at the pace so far. */
    private static synchronized void printProgress(PrintWriter err, String label, int done, int all, long started,
            int[] first) {
        if (first[0] < 0) {
            first[0] = done; // trials resumed from an earlier run do not count toward the pace
        }
        if (done < first[1]) {
            return; // a worker that counted earlier reports late: never move the bar backwards
        }
        first[1] = done;
        int width = 30;
        int filled = all == 0 ? width : (int) ((long) width * done / all);
        String eta = "";
        if (done > first[0] && done < all) {
            double perTrial = (System.nanoTime() - started) / 1e9 / (done - first[0]);
            eta = String.format(Locale.ROOT, "  ETA %.0f s", perTrial * (all - done));
        }
        err.printf(Locale.ROOT, "\r%s [%s%s] %d/%d trials%s   ", label, "#".repeat(filled), " ".repeat(width - filled),
                done, all, eta);
        err.flush();
    }

    /** Without a terminal: a plain line at every tenth of the trials. */
    private static synchronized void logProgress(PrintWriter err, String label, int done, int all, int[] logged) {
        int tenth = all == 0 ? 10 : (int) (10L * done / all);
        if (tenth > logged[0]) {
            logged[0] = tenth;
            err.printf(Locale.ROOT, "%s: %d/%d trials%n", label, done, all);
            err.flush();
        }
    }

    private static JsonNode readYaml(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file + ": no such file");
        }
        try {
            JsonNode root = YAML.readTree(file.toFile());
            if (root == null || !root.isObject()) {
                throw new InvalidInputException(file + ": expected a YAML map with the key 'experiment'");
            }
            return root;
        } catch (IOException e) {
            throw new InvalidInputException(file + ": malformed YAML: " + e.getMessage().lines().findFirst()
                    .orElse(""));
        }
    }
}
