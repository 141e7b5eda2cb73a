package org.splinelens.cli;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a shallow or deep network on --data FILE or --target NAME.",
            "Defaults: a shallow net of width " + TrainingOptions.WIDTH + " (he-normal), adam with lr "
                + TrainingOptions.ADAM_LR + ", full batch, " + TrainingOptions.EPOCHS + " epochs, the mse loss (mean"
                + " of (f(x)-y)^2; --loss half-sse is the papers' 1/2 sum), trained in standard units (x and y centred"
                + " and scaled by powers of two; --no-standardize turns this off) with the saved network and every"
                + " reported loss in the data's units. The first line printed states the settings; the last names the"
                + " loss, its value and every file written.",
            "With --out: final-net.json, loss.csv, breakpoints.csv (the breakpoint trajectory), roughness.csv (per"
                + " layer), mobility.csv (breakpoint mobility per layer), fit.png and fit.svg (the data, the start"
                + " (epoch 0), the final function and its knots by layer), loss.png and loss.svg (log scale),"
                + " provenance.json and train.log (the progress, a line every tenth of the epochs). Their size is"
                + " estimated first and refused beyond --max-output (default " + MaxOutputOption.DEFAULT + ");"
                + " --observe-every sets how often breakpoints are written. A terminal shows a progress bar.",
            "A diverging run exits with code 3 and keeps last-finite-net.json."})
final class TrainCommand implements Callable<Integer> {
    private final Plugins plugins;

    @Spec
    CommandSpec spec;

    @Mixin
    TrainingOptions training;

    @Mixin
    OutDir out;

    @Mixin
    JsonOption json;

    TrainCommand(Plugins plugins) {
        this.plugins = Objects.requireNonNull(plugins, "plugins");
    }

    @Override
    public Integer call() throws IOException {
        return training.prepare(plugins, spec).execute(spec, out.orNull(), json.enabled(), null);
    }
}
