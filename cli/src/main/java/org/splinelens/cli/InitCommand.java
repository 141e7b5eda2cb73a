package org.splinelens.cli;

import java.nio.file.Path;
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
                + " --set, --alpha, shape, --data and --seed. Data-dependent initializers read --data.")
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
            description = "the file to write: FILE.json or FILE.safetensors")
    Path out;

    @Mixin
    NetworkOutput output;

    InitCommand(Plugins plugins) {
        this.plugins = Objects.requireNonNull(plugins, "plugins");
    }

    @Override
    public Integer call() {
        TensorDtype dtype = output.check("--out", out);
        Map<String, Map<String, Object>> settings = SettingsRouter.route(set.values(),
                List.of(SettingsTarget.initializer(plugins, draw.init)));
        draw.addAlpha(settings);
        double parameters = draw.shape.architecture().parameterCount();
        Limits.memory(draw.shape.text(), COPIES * Limits.DOUBLE * parameters);
        UnivariateNetwork network = draw.draw(plugins, data.datasetOrNull(), new SplittableRandom(seed.value()),
                settings.get("init"));
        output.write(out, network, dtype);
        return 0;
    }
}
