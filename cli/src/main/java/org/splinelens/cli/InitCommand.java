package org.splinelens.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.deep.PieceLimit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.splinelens.core.io.TensorDtype;
import org.splinelens.core.limits.Limits;
import org.splinelens.core.network.UnivariateNetwork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code init}: one network drawn from an initializer plugin, written as JSON or as a safetensors state dict. The
 * draw is {@code train}'s: the same {@link DrawOptions}, {@code --set} keys, data and seed give the network
 * {@code train --init NAME --seed S} starts from.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Draw a network from an initializer plugin and write it to FILE.json or FILE.safetensors (a"
                + " PyTorch state dict for load_state_dict): the network train starts from with the same --init,"
                + " --set, --alpha, shape, --data and --seed (with --data drawn in the data's standard units and"
                + " mapped back, as train does; --no-standardize draws in the data's own). Data-dependent"
                + " initializers read --data."
                + " Also writes FILE.png and FILE.svg, a picture of the drawn function.")
final class InitCommand implements Callable<Integer> {
    /** Copies of the parameters a draw may hold at once: the initializer's arrays and the network's. */
    private static final double COPIES = 4;

    private final Plugins plugins;

    @Mixin
    DrawOptions draw;

    @Mixin
    SetOption set;

    @Mixin
    SeedOption seed;

    @Mixin
    OptionalDataFile data;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "the file to write: FILE.json or FILE.safetensors; beside it FILE.png and FILE.svg, the"
                    + " drawn function (and the data, with --data)")
    Path out;

    @Mixin
    NetworkOutput output;

    @Mixin
    StandardizeOption standardize;

    InitCommand(Plugins plugins) {
        this.plugins = Objects.requireNonNull(plugins, "plugins");
    }

    @Override
    public Integer call() throws IOException {
        TensorDtype dtype = output.check("--out", out);
        Map<String, Map<String, Object>> settings = SettingsRouter.route(set.values(),
                List.of(SettingsTarget.initializer(plugins, draw.init)));
        draw.addAlpha(settings);
        double parameters = draw.shape.architecture().parameterCount();
        Limits.memory(draw.shape.text(), COPIES * Limits.DOUBLE * parameters);
        Dataset dataset = data.datasetOrNull();
        // as train draws: in the data's standard units, mapped back to the data's
        DataScale scale = standardize.scale(dataset);
        UnivariateNetwork network = scale.toData(draw.draw(plugins, dataset == null ? null
                : scale.standardize(dataset), new SplittableRandom(seed.value()), settings.get("init")));
        output.write(out, network, dtype);
        writePicture(network, dataset);
        return 0;
    }

    /** Writes {@code STEM.png} and {@code STEM.svg} beside the network: its function, and the data if given. */
    private void writePicture(UnivariateNetwork network, Dataset dataset) throws IOException {
        Path dir = out.toAbsolutePath().getParent();
        String file = out.getFileName().toString();
        String stem = file.substring(0, Math.max(file.lastIndexOf('.'), 0)).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9-]+", "-");
        stem = stem.isEmpty() || stem.equals("-") ? "init" : stem;
        // without data, the function over [-3, 3], where a standard draw's breakpoints lie
        double[] range = dataset != null ? TrainingPictures.range(dataset) : new double[] {-3, 3};
        TrainingPictures.function(dir, stem, "init --init " + draw.init + " (" + draw.shape.text() + ")", dataset,
                range, null, "drawn network", network, new PieceLimit(PieceLimit.DEFAULT,
                        "init --out: the picture's knots",
                        MaxPiecesOption.NAME));
    }
}
