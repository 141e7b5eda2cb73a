package org.splinelens.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;
import org.splinelens.dynamics.gradient.GradientMethod;
import org.splinelens.dynamics.gradient.Loss;
import org.splinelens.dynamics.gradient.Normalization;
import org.splinelens.dynamics.gradient.ObjectiveRequest;
import org.splinelens.dynamics.gradient.Objectives;
import org.splinelens.dynamics.gradient.TrainingObjective;
import org.splinelens.dynamics.optim.Optimizer;
import org.splinelens.dynamics.train.Trainer;
import org.splinelens.dynamics.train.TrainerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The options of one training run, shared by {@code train} and {@code movie}, and their resolution into a run. */
@Command(footer = {"", "--set KEY=VALUE sets a config key of the optimizer or the initializer (keys and defaults:"
        + " `splinelens list --json`). optimizer.KEY and init.KEY name the plugin; a bare KEY goes to the one whose"
        + " config has it, and a KEY both have must be prefixed. --lr, --batch-size and --alpha are the keys"
        + " optimizer.lr, optimizer.batchSize and init.alpha: setting one both ways is an error."})
final class TrainingOptions {
    @Mixin
    TrainingData data;

    @Mixin
    StartOptions start;

    /** The optimizer when {@code --optimizer} is not given. */
    static final String OPTIMIZER = "adam";
    /** The learning rate of {@link #OPTIMIZER} when none is given: a step of 1% of the standard units. */
    static final double ADAM_LR = 0.01;
    /** The epochs when {@code --epochs} is not given: with the defaults, seconds for a few hundred points. */
    static final String EPOCHS = "4000";
    /** The width when neither {@code --width} nor {@code --widths} is given (nor {@code --from}). */
    static final int WIDTH = 32;

    @Option(names = "--optimizer", defaultValue = OPTIMIZER, description = "optimizer (default ${DEFAULT-VALUE})")
    String optimizer;

    @Option(names = "--lr", description = "learning rate (default " + ADAM_LR + " with adam, else the optimizer's;"
            + " in standard units unless --no-standardize); same as --set optimizer.lr")
    Double lr;

    @Option(names = "--loss", defaultValue = "mse", paramLabel = "mse|half-sse",
            description = "the loss trained and reported: mse, the mean of (f(x)-y)^2 (default), or half-sse, the"
                    + " papers' 1/2 sum of (f(x)-y)^2; always in the data's units")
    String loss;

    @Mixin
    StandardizeOption standardize;

    @Option(names = "--batch-size", description = "minibatch size (default: the optimizer's; 0 = full batch); same as"
            + " --set optimizer.batchSize")
    Integer batchSize;

    @Option(names = "--epochs", defaultValue = EPOCHS, description = "maximum epochs (default ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--tolerance", defaultValue = "0",
            description = "stop when the loss (--loss, in the data's units) changes by less than this between"
                    + " epochs (papers: 1e-8 on half-sse; 0 = off)")
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

    @Mixin
    MaxPiecesOption maxPieces;

    @Mixin
    SeedOption seed;

    @Mixin
    SetOption set;

    @Mixin
    MaxOutputOption maxOutput;

    /**
     * @param spec the command, for its provenance
     * @return the run the options describe, every name looked up and every value checked
     */
    TrainingRun prepare(Plugins plugins, CommandSpec spec) {
        Loss objectiveLoss = Loss.named(loss);
        if (objectiveLoss == null) {
            throw new InvalidInputException("--loss: expected mse or half-sse, got '" + loss + "'");
        }
        double outputLimit = maxOutput.bytes();
        if (start.drawn() && !start.draw.shape.given()) {
            start.draw.shape.width = WIDTH;
        }
        CommandProvenance provenance = new CommandProvenance(spec, plugins, data.file(), start.from).seed(seed.value());
        Dataset dataset = data.dataset(plugins);
        DataScale scale = standardize.scale(dataset);
        Dataset standard = scale.standardize(dataset);
        Map<String, Map<String, Object>> settings = settings(plugins);
        SplittableRandom random = new SplittableRandom(seed.value());
        if (start.drawn()) {
            TrainingFootprint.check(start.draw.shape.text(), start.draw.shape.architecture().parameterCount(), epochs,
                    observeEvery);
        }
        // a draw is made in the units trained in (its scale suits unit data); a saved net is in the data's units
        UnivariateNetwork first = start.drawn() ? start.start(plugins, standard, random, settings.get("init"))
                : scale.toStandard(start.start(plugins, standard, random, settings.get("init")));
        if (!start.drawn()) {
            TrainingFootprint.check("--from " + start.from, first.parameterCount(), epochs, observeEvery);
        }
        if (batchNorm && !(first instanceof ShallowNetwork)) {
            throw new InvalidInputException("--batch-norm works with shallow networks (--width) only");
        }
        int batch = plugins.batchSize(optimizer, settings.get("optimizer"));
        if (!(tolerance >= 0)) {
            throw new InvalidInputException("--tolerance must be >= 0, got " + tolerance);
        }
        TrainerConfig config;
        try {
            // the trainer's losses are in the units trained in: sy² (a power of 4) times smaller, exactly
            config = TrainerConfig.epochs(epochs).withTolerance(tolerance / scale.lossFactor())
                    .observingEvery(observeEvery).inBatchesOf(batch);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--" + e.getMessage().replace("observeEvery", "observe-every"));
        }
        TrainingObjective objective = objectiveLoss.of(Objectives.of(new ObjectiveRequest(first, standard,
                GradientMethod.named(gradient), batchNorm ? Normalization.BATCH : Normalization.NONE,
                batch)));
        Optimizer opt = plugins.optimizer(optimizer, settings.get("optimizer"), objective.parameterCount());
        Map<String, Object> optimizerSettings = CommandProvenance.overlay(plugins.optimizerDefaults(optimizer),
                settings.get("optimizer"));
        provenance.resolved("optimizerSettings", optimizerSettings);
        if (start.drawn()) {
            provenance.resolved("initializerSettings", CommandProvenance.overlay(
                    plugins.initializerDefaults(start.draw.init), settings.get("init")));
        }
        provenance.resolved("standardScale", Map.of("cx", scale.cx(), "sx", scale.sx(), "cy", scale.cy(),
                "sy", scale.sy()));
        TrainingSetup setup = new TrainingSetup(dataset, scale, objectiveLoss, scale.toData(first), optimizer,
                optimizerSettings, epochs, observeEvery, outputLimit);
        return new TrainingRun(setup, objective, opt, new Trainer(config), random, batchNorm, provenance,
                maxPieces.limit(spec.name() + ": the breakpoints"));
    }

    /** @return the {@code --set} keys by plugin ({@code optimizer}, {@code init}), with the options that are keys */
    private Map<String, Map<String, Object>> settings(Plugins plugins) {
        List<SettingsTarget> targets = new ArrayList<>();
        targets.add(SettingsTarget.optimizer(plugins, optimizer));
        if (start.drawn()) {
            targets.add(SettingsTarget.initializer(plugins, start.draw.init));
        }
        Map<String, Map<String, Object>> settings = SettingsRouter.route(set.values(), targets);
        SettingsRouter.put(settings, "optimizer", "lr", "--lr", lr);
        if (optimizer.equals(OPTIMIZER) && !settings.get("optimizer").containsKey("lr")) {
            settings.get("optimizer").put("lr", ADAM_LR); // the plugin's 1e-3 takes ten times the epochs
        }
        SettingsRouter.put(settings, "optimizer", "batchSize", "--batch-size", batchSize);
        if (start.drawn()) {
            start.draw.addAlpha(settings);
        }
        return settings;
    }
}
