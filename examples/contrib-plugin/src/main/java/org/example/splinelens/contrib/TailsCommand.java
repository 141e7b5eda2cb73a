package org.example.splinelens.contrib;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.splinelens.cli.JsonOption;
import org.splinelens.cli.Plugins;
import org.splinelens.cli.SeedOption;
import org.splinelens.cli.SetOption;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.network.ShallowNetwork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code splinelens tails}: the excess kurtosis {@code m4/m2² − 3} of the first-layer weights an initializer draws for
 * one shallow net — about 0 for Gaussian laws, −1.2 for uniform ones and 3 for the Laplace initializer of this jar.
 */
@Command(name = "tails", mixinStandardHelpOptions = true,
        description = "Excess kurtosis of an initializer's first-layer weights (Gaussian 0, uniform -1.2, Laplace 3).")
public final class TailsCommand implements Callable<Integer> {
    private final Plugins plugins;

    @Spec
    CommandSpec spec;

    @Option(names = "--init", required = true, description = "initializer name")
    String init;

    @Option(names = "--width", defaultValue = "10000", description = "units drawn (default ${DEFAULT-VALUE})")
    int width;

    @Mixin
    SetOption set;

    @Mixin
    SeedOption seed;

    @Mixin
    JsonOption json;

    public TailsCommand(Plugins plugins) {
        this.plugins = plugins;
    }

    @Override
    public Integer call() {
        if (width < 4) {
            throw new InvalidInputException("--width must be >= 4, got " + width);
        }
        ShallowNetwork net = plugins.initializer(init, set.values()).shallow(width, null,
                new SplittableRandom(seed.value()));
        double m2 = 0;
        double m4 = 0;
        for (int i = 0; i < width; i++) {
            double w2 = net.w(i) * net.w(i);
            m2 += w2 / width;
            m4 += w2 * w2 / width;
        }
        double kurtosis = m4 / (m2 * m2) - 3;
        spec.commandLine().getOut().println(json.enabled()
                ? String.format(Locale.ROOT, "{\"init\":\"%s\",\"excessKurtosis\":%s}", init, kurtosis)
                : String.format(Locale.ROOT, "%s: excess kurtosis %.3f over %d weights", init, kurtosis, width));
        return 0;
    }
}
