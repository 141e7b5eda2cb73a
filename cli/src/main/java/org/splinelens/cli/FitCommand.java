package org.splinelens.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.splinelens.baselines.fit.FitRequest;
import org.splinelens.baselines.fit.FitResult;
import org.splinelens.baselines.fit.Fitter;
import org.splinelens.baselines.segmented.Segment;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.data.Grid;
import org.splinelens.core.io.AtomicFiles;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.limits.Limits;
import org.splinelens.core.limits.WorkEstimate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "fit", mixinStandardHelpOptions = true,
        description = "Fit a dataset with a baseline (dp, greedy-merge, linear, natural-cubic, min-norm,"
                + " smoothing-spline; see `splinelens list`): pieces, RSS, segments, the method's parameters, and"
                + " evaluations on a grid; --set KEY=VALUE sets a key of the fitter's config (smoothing-spline: df or"
                + " lambda; GCV by default); with --out, fit.json, fit.png and fit.svg (the data, the fit and its"
                + " knots) and provenance.json. The fit's memory and work are estimated first (dp is O(M N²),"
                + " min-norm an SVD of"
                + " N × 8N) and refused beyond the heap or --max-work.")
final class FitCommand implements Callable<Integer> {
    /** Heap per grid point evaluated: x and y, their JSON nodes and their text. */
    private static final double BYTES_PER_GRID_POINT = 200;

    private final Plugins plugins;

    @Spec
    CommandSpec spec;

    @Option(names = "--method", required = true, description = "fitter name")
    String method;

    @Mixin
    DataFile data;

    @Option(names = "--pieces", defaultValue = "0",
            description = "number of pieces (0: the method's choice — dp by BIC, greedy-merge 4, min-norm 4N)")
    int pieces;

    @Option(names = "--min-segment", defaultValue = "1", description = "fewest points per segment (default 1)")
    int minSegment;

    @Option(names = "--grid", description = "a:b:step: also evaluate the fit there")
    String grid;

    @Mixin
    SetOption set;

    @Mixin
    WorkLimit work;

    @Mixin
    JsonOption json;

    @Mixin
    OutDir out;

    FitCommand(Plugins plugins) {
        this.plugins = Objects.requireNonNull(plugins, "plugins");
    }

    @Override
    public Integer call() throws IOException {
        CommandProvenance provenance = new CommandProvenance(spec, plugins, data.path());
        Map<String, Object> settings = SettingsRouter.route(set.values(),
                List.of(SettingsTarget.fitter(plugins, method))).get("fitter");
        Fitter fitter = plugins.fitter(method, settings);
        provenance.resolved("fitterSettings", CommandProvenance.overlay(plugins.fitterDefaults(method), settings));
        FitRequest request;
        try {
            request = new FitRequest(pieces, minSegment);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException((pieces < 0 ? "--pieces: " : "--min-segment: ") + e.getMessage());
        }
        Grid evaluations = grid == null ? null : Grid.parse(grid, "--grid");
        Dataset dataset = data.dataset();
        WorkEstimate estimate = fitter.estimate(dataset.size(), request, "fit --method " + method + " --data "
                + data.path() + " (N = " + dataset.size() + ")" + (pieces > 0 ? " --pieces " + pieces : ""));
        if (evaluations != null) {
            // each grid point: evaluated twice, a JSON node and a line of text
            double points = evaluations.count();
            estimate = new WorkEstimate(estimate.what() + " --grid " + grid + " (" + Limits.number(points)
                    + " points)", estimate.bytes() + BYTES_PER_GRID_POINT * points, estimate.steps() + points
                    * (2 * fitter.evaluationSteps(dataset.size(), request) + 60));
        }
        work.check(estimate);
        double[] x = evaluations == null ? null : evaluations.points("--grid");
        RunProgress progress = RunProgress.forWork(spec, "fit " + method, RunProgress.PERCENT, estimate);
        FitResult fit;
        try {
            fit = fitter.fit(dataset, request, progress);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(data.path() + ": " + e.getMessage());
        } finally {
            progress.finish();
        }
        ObjectNode root = json(fit, x);
        // the text below prints the same numbers: one check of the tree covers both outputs
        FiniteResults.requireTree(root, data.path() + ": the " + fit.method() + " fit");
        Path dir = out.orNull();
        if (dir != null) {
            AtomicFiles.writeString(dir.resolve("fit.json"), JsonOutput.text(root) + "\n");
            double[] knots = new double[Math.max(fit.segments().size() - 1, 0)];
            for (int k = 1; k < fit.segments().size(); k++) {
                knots[k - 1] = fit.segments().get(k).from();
            }
            TrainingPictures.function(dir, "fit", String.format(Locale.ROOT, "fit --method %s: %d pieces, RSS %.4g",
                    fit.method(), fit.pieces(), fit.rss()), dataset, fit.method(), fit::value, knots);
            provenance.detail("pieces", fit.pieces()).detail("rss", fit.rss()).detail("parameters", fit.parameters())
                    .write(dir);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        if (json.enabled()) {
            stdout.println(JsonOutput.text(root));
            return 0;
        }
        stdout.printf(Locale.ROOT, "%s: %d pieces, RSS %.9g", fit.method(), fit.pieces(), fit.rss());
        fit.parameters().forEach((name, value) -> stdout.printf(Locale.ROOT, ", %s %.9g", name, value));
        stdout.println();
        for (Segment s : fit.segments()) {
            stdout.printf(Locale.ROOT, "  [%.6g, %.6g] %d points: %.6g x + %.6g%n", s.from(), s.to(), s.points(),
                    s.slope(), s.intercept());
        }
        if (x != null) {
            stdout.println("x,y");
            for (double xn : x) {
                stdout.println(xn + "," + fit.value(xn));
            }
        }
        return 0;
    }

    private static ObjectNode json(FitResult fit, double[] x) {
        ObjectNode root = JsonOutput.MAPPER.createObjectNode();
        root.put("method", fit.method());
        root.put("pieces", fit.pieces());
        root.put("rss", fit.rss());
        ObjectNode parameters = root.putObject("parameters");
        fit.parameters().forEach(parameters::put);
        ArrayNode segments = root.putArray("segments");
        for (Segment s : fit.segments()) {
            segments.addObject().put("from", s.from()).put("to", s.to()).put("slope", s.slope())
                    .put("intercept", s.intercept()).put("points", s.points());
        }
        if (x != null) {
            JsonOutput.array(root.putArray("x"), x);
            ArrayNode y = root.putArray("y");
            for (double xn : x) {
                y.add(fit.value(xn));
            }
        }
        return root;
    }
}
