package org.splinelens.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.limits.Limits;
import org.splinelens.core.limits.WorkEstimate;
import org.splinelens.losssurface.census.Census;
import org.splinelens.losssurface.partition.LonelyPartitions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "census", mixinStandardHelpOptions = true,
        description = "Fig 7's critical-point census: how many of the C(N + H, H) partitions of the data by H "
                + "breakpoints admit a continuous piecewise-OLS fit (exhaustive, or sampled with --samples); the data's"
                + " x must be distinct.")
final class CensusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataFile data;

    @Option(names = "--width", required = true, description = "H, the number of breakpoints")
    int width;

    @Option(names = "--samples", description = "sample this many partitions uniformly instead of all")
    Integer samples;

    @Mixin
    SeedOption seed;

    @Mixin
    WorkLimit work;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        if (width < 0) {
            throw new InvalidInputException("--width must be >= 0, got " + width);
        }
        if (samples != null && samples < 1) {
            throw new InvalidInputException("--samples must be >= 1, got " + samples);
        }
        Dataset dataset = data.dataset();
        int n = dataset.size();
        String what = "census --data " + data.path() + " (N = " + n + ") --width " + width
                + (samples == null ? "" : " --samples " + samples);
        Limits.arrayLength(what, "stars-and-bars slots (N + H)", (double) n + width);
        if (samples == null && Census.log2Partitions(n, width) > 31) {
            throw new InvalidInputException(what + ": about " + Limits.number(Math.pow(2, Census.log2Partitions(n,
                    width))) + " partitions C(N + H, H), more than an exhaustive census examines ("
                    + Limits.number(Integer.MAX_VALUE) + "); sample some with --samples");
        }
        WorkEstimate estimate = Census.estimate(n, width, samples, what);
        work.check(estimate);
        RunProgress progress = RunProgress.forWork(spec, "census", "partitions", estimate);
        Census census;
        try {
            census = samples == null ? Census.exhaustive(dataset.x(), dataset.y(), width, progress)
                    : Census.sample(dataset.x(), dataset.y(), width, samples, new SplittableRandom(seed.value()),
                            progress);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(data.path() + ": " + e.getMessage());
        } finally {
            progress.finish();
        }
        PrintWriter out = spec.commandLine().getOut();
        BigInteger lonely = LonelyPartitions.count(dataset.size(), width);
        if (json.enabled()) {
            ObjectNode root = JsonOutput.MAPPER.createObjectNode();
            root.put("dataPoints", census.dataPoints());
            root.put("width", census.width());
            root.put("partitions", census.partitions());
            root.put("lonelyPartitions", lonely);
            root.put("examined", census.examined());
            root.put("admissible", census.admissible());
            root.put("exhaustive", census.exhaustive());
            root.put("estimate", census.estimate());
            out.println(JsonOutput.text(root));
        } else {
            out.printf(Locale.ROOT, "N = %d, H = %d: %s partitions (%s lonely); %s %d of %d examined admissible"
                    + " -> %.6g critical partitions%n", census.dataPoints(), census.width(), census.partitions(),
                    lonely, census.exhaustive() ? "all" : "sampled:", census.admissible(), census.examined(),
                    census.estimate());
        }
        return 0;
    }
}
