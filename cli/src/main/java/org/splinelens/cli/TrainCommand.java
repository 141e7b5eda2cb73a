package org.splinelens.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.data.DatasetCsv;
import org.splinelens.core.data.Grid;
import org.splinelens.core.deep.LayerBreakpoints;
import org.splinelens.core.deep.UnitBreakpoints;
import org.splinelens.core.io.AtomicFiles;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.io.NetworkJson;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.ShallowBatchNorm;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.core.targets.TargetFunction;
import org.splinelens.dynamics.gradient.GradientMethod;
import org.splinelens.dynamics.gradient.Normalization;
import org.splinelens.dynamics.gradient.ObjectiveRequest;
import org.splinelens.dynamics.gradient.Objectives;
import org.splinelens.dynamics.gradient.TrainingObjective;
import org.splinelens.dynamics.observe.BreakpointMobility;
import org.splinelens.dynamics.observe.BreakpointSnapshot;
import org.splinelens.dynamics.observe.LayerMobility;
import org.splinelens.dynamics.observe.SnapshotRecorder;
import org.splinelens.dynamics.optim.Optimizer;
import org.splinelens.dynamics.optim.OptimizerPlugin;
import org.splinelens.dynamics.train.Trainer;
import org.splinelens.dynamics.train.TrainerConfig;
import org.splinelens.dynamics.train.TrainingDiverged;
import org.splinelens.dynamics.train.TrainingObserver;
import org.splinelens.dynamics.train.TrainingResult;
import org.splinelens.init.InitializerPlugin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a shallow or deep network; write the final net, the loss curve and the breakpoint "
                + "trajectory, the roughness per layer and the breakpoint mobility per layer.")
class TrainCommand implements Callable<Integer> {
    static final int DIVERGED = 3;

    @Spec
    CommandSpec spec;

    @Option(names = "--target", description = "target function name (see `splinelens list`)")
    String target;

    @Option(names = "--domain", split = ",", description = "a,b: the target's sampling interval (default: its own)")
    double[] domain;

    @Option(names = "--step", defaultValue = "0.05", description = "grid step on the domain (default ${DEFAULT-VALUE})")
    double step;

    @Option(names = "--data", description = "CSV dataset x,y instead of --target")
    Path data;

    @Option(names = "--width", description = "shallow network width H")
    Integer width;

    @Option(names = "--widths", split = ",", description = "deep network hidden widths h1,h2,...")
    int[] widths;

    @Option(names = "--init", defaultValue = "he-normal", description = "initializer (default ${DEFAULT-VALUE})")
    String init;

    @Option(names = "--alpha", description = "init scale α: (w, b, v) → (αw, αb, v/α)")
    Double alpha;

    @Option(names = "--from", description = "start from a saved network instead of --init")
    Path from;

    @Option(names = "--optimizer", defaultValue = "gd", description = "optimizer (default ${DEFAULT-VALUE})")
    String optimizer;

    @Option(names = "--lr", description = "learning rate (default: the optimizer's)")
    Double lr;

    @Option(names = "--batch-size", description = "minibatch size (default: the optimizer's; 0 = full batch)")
    Integer batchSize;

    @Option(names = "--epochs", defaultValue = "1000", description = "maximum epochs (default ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--tolerance", defaultValue = "0",
            description = "stop when the loss changes by less than this between epochs (papers: 1e-8; 0 = off)")
    double tolerance;

    @Option(names = "--observe-every", defaultValue = "50",
            description = "breakpoint snapshot every k epochs (default ${DEFAULT-VALUE})")
    int observeEvery;

    @Option(names = "--gradient", defaultValue = "auto",
            description = "auto (sweep for shallow, region for deep nets), dense, sweep (shallow) or region (deep)")
    String gradient;

    @Option(names = "--batch-norm", description = "batch-normalise a shallow net's pre-activations (training-mode"
            + " batch statistics; the saved net is the folded inference net)")
    boolean batchNorm;

    @Option(names = "--seed", defaultValue = "0", description = "generator seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", description = "directory for final-net.json, loss.csv, breakpoints.csv, roughness.csv and mobility.csv")
    Path out;

    @Option(names = "--json", description = "summary as JSON")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PluginRegistry registry = PluginRegistry.discover(TrainCommand.class.getClassLoader());
        Dataset dataset = dataset(registry);
        SplittableRandom random = new SplittableRandom(seed);
        UnivariateNetwork start = start(registry, dataset, random);
        OptimizerPlugin factory = registry.plugin(OptimizerPlugin.class, optimizer);
        Map<String, Object> settings = new java.util.LinkedHashMap<>();
        if (lr != null) {
            settings.put("lr", lr);
        }
        if (batchSize != null) {
            settings.put("batchSize", batchSize);
        }
        if (batchNorm && !(start instanceof ShallowNetwork)) {
            throw new InvalidInputException("--batch-norm works with shallow networks (--width) only");
        }
        Optimizer opt = factory.create(settings, batchNorm
                ? ShallowBatchNorm.parameterCount(((ShallowNetwork) start).width()) : start.parameterCount());
        TrainerConfig config;
        try {
            config = new TrainerConfig(epochs, tolerance, 0, observeEvery);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--" + e.getMessage().replace("observeEvery", "observe-every"));
        }
        List<String> bdso = new ArrayList<>();
        SnapshotRecorder recorder = new SnapshotRecorder();
        boolean progress = System.console() != null && !json;
        PrintWriter err = spec.commandLine().getErr();
        TrainingObjective objective = Objectives.of(new ObjectiveRequest(start, dataset, GradientMethod.named(gradient),
                batchNorm ? Normalization.BATCH : Normalization.NONE, opt.batchSize()));
        String path = objective.path().name().toLowerCase(Locale.ROOT);
        TrainingResult result;
        try {
            result = new Trainer(config).train(objective, opt, random,
                    List.<TrainingObserver>of(recorder, (epoch, loss, net) -> {
                        if (net instanceof ShallowNetwork shallow) {
                            bdso(bdso, epoch, shallow);
                        }
                        observed(epoch, net);
                        if (progress) {
                            err.printf(Locale.ROOT, "\repoch %d/%d  loss %.6g", epoch, epochs, loss);
                            err.flush();
                        }
                    }));
        } catch (TrainingDiverged e) {
            if (out != null) {
                Files.createDirectories(out);
                NetworkJson.write(out.resolve("last-finite-net.json"), e.lastFinite());
            }
            err.println("splinelens: " + e.getMessage());
            return DIVERGED;
        }
        if (progress) {
            err.println();
        }
        if (out != null) {
            write(result, start instanceof ShallowNetwork ? bdso : layerBreakpoints(recorder), recorder);
            finished(dataset, out);
        }
        double perSecond = result.seconds() > 0 ? result.epochs() / result.seconds() : Double.POSITIVE_INFINITY;
        PrintWriter stdout = spec.commandLine().getOut();
        if (json) {
            ObjectNode node = JsonOutput.MAPPER.createObjectNode();
            node.put("finalLoss", result.finalLoss());
            node.put("epochs", result.epochs());
            node.put("seconds", result.seconds());
            node.put("epochsPerSecond", perSecond);
            node.put("stop", result.reason().name().toLowerCase(Locale.ROOT));
            node.put("gradient", path);
            node.put("batchNorm", batchNorm);
            stdout.println(JsonOutput.text(node));
        } else {
            stdout.printf(Locale.ROOT, "final loss %.9g after %d epochs (%s) in %.3f s, %.0f epochs/s, %s gradient%n",
                    result.finalLoss(), result.epochs(), result.reason().name().toLowerCase(Locale.ROOT),
                    result.seconds(), perSecond, path);
        }
        return 0;
    }

    /** Sees the network at every observation; subcommands record more (the movie's frames). */
    void observed(int epoch, UnivariateNetwork network) {
    }

    /** Runs after the run's files are written into {@code out}. */
    void finished(Dataset dataset, Path out) throws IOException {
    }

    private Dataset dataset(PluginRegistry registry) {
        if ((target == null) == (data == null)) {
            throw new InvalidInputException("give exactly one of --target NAME and --data FILE");
        }
        if (data != null) {
            return DatasetCsv.read(data);
        }
        TargetFunction f = registry.plugin(TargetFunction.class, target);
        double a = f.domainLow();
        double b = f.domainHigh();
        if (domain != null) {
            if (domain.length != 2 || !(domain[0] < domain[1])) {
                throw new InvalidInputException("--domain: expected a,b with a < b");
            }
            a = domain[0];
            b = domain[1];
        }
        double[] x;
        try {
            x = new Grid(a, b, step).points();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--step: " + e.getMessage());
        }
        return Dataset.sample(x, f::value);
    }

    private UnivariateNetwork start(PluginRegistry registry, Dataset dataset, SplittableRandom random) {
        if (from != null) {
            if (width != null || widths != null) {
                throw new InvalidInputException("--from fixes the architecture; drop --width/--widths");
            }
            return NetworkJson.read(from);
        }
        if ((width == null) == (widths == null)) {
            throw new InvalidInputException("give exactly one of --width (shallow) and --widths (deep)");
        }
        InitializerPlugin factory = registry.plugin(InitializerPlugin.class, init);
        var initializer = factory.create(alpha == null ? Map.of() : Map.of("alpha", alpha));
        try {
            return width != null ? initializer.shallow(checkedWidth(width), dataset, random)
                    : initializer.deep(new DeepArchitecture(widths), dataset, random);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException((width != null ? "--width: " : "--widths: ") + e.getMessage());
        }
    }

    private static int checkedWidth(int h) {
        if (h < 1) {
            throw new InvalidInputException("--width must be >= 1, got " + h);
        }
        return h;
    }

    private static void bdso(List<String> rows, int epoch, ShallowNetwork shallow) {
        if (rows.isEmpty()) {
            rows.add("epoch,unit,w,b,v,breakpoint,deltaSlope,orientation");
        }
        for (int i = 0; i < shallow.width(); i++) {
            double w = shallow.w(i);
            String beta = w == 0 ? "" : Double.toString(-shallow.b(i) / w);
            rows.add(epoch + "," + i + "," + w + "," + shallow.b(i) + "," + shallow.v(i) + "," + beta + ","
                    + w * shallow.v(i) + "," + (int) Math.signum(w));
        }
    }

    private static List<String> layerBreakpoints(SnapshotRecorder recorder) {
        List<String> rows = new ArrayList<>();
        rows.add("epoch,layer,unit,breakpoint,active");
        for (BreakpointSnapshot snapshot : recorder.snapshots()) {
            for (LayerBreakpoints layer : snapshot.analysis().layers()) {
                for (UnitBreakpoints unit : layer.units()) {
                    double[] beta = unit.breakpoints();
                    boolean[] active = unit.active();
                    for (int k = 0; k < beta.length; k++) {
                        rows.add(snapshot.epoch() + "," + layer.layer() + "," + unit.unit() + "," + beta[k] + ","
                                + active[k]);
                    }
                }
            }
        }
        return rows;
    }

    private void write(TrainingResult result, List<String> trajectory, SnapshotRecorder recorder)
            throws IOException {
        Files.createDirectories(out);
        NetworkJson.write(out.resolve("final-net.json"), result.network());
        StringBuilder loss = new StringBuilder("epoch,loss\n");
        double[] curve = result.lossCurve();
        for (int e = 0; e < curve.length; e++) {
            loss.append(e).append(',').append(curve[e]).append('\n');
        }
        AtomicFiles.writeString(out.resolve("loss.csv"), loss.toString());
        AtomicFiles.writeString(out.resolve("breakpoints.csv"), String.join("\n", trajectory) + "\n");
        StringBuilder roughness = new StringBuilder("epoch,layer,roughness\n");
        int[] epochs = recorder.epochs();
        double[][] rho = recorder.roughnessByLayer();
        for (int t = 0; t < epochs.length; t++) {
            for (int l = 0; l < rho[t].length; l++) {
                roughness.append(epochs[t]).append(',').append(l + 1).append(',').append(rho[t][l]).append('\n');
            }
        }
        AtomicFiles.writeString(out.resolve("roughness.csv"), roughness.toString());
        if (epochs.length >= 2) {
            BreakpointMobility mobility = BreakpointMobility.of(recorder.snapshots());
            StringBuilder rows = new StringBuilder(
                    "layer,births,deaths,totalChanges,matchedPairs,meanVelocity,relativeVelocity\n");
            for (LayerMobility layer : mobility.layers()) {
                rows.append(layer.layer()).append(',').append(layer.births()).append(',').append(layer.deaths())
                        .append(',').append(layer.totalChanges()).append(',').append(layer.matchedPairs())
                        .append(',').append(layer.meanVelocity()).append(',')
                        .append(mobility.relativeVelocity(layer.layer())).append('\n');
            }
            AtomicFiles.writeString(out.resolve("mobility.csv"), rows.toString());
        }
    }
}
