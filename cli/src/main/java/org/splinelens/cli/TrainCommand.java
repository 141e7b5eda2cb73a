package org.splinelens.cli;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a shallow or deep network; with --out, write final-net.json, loss.csv, breakpoints.csv"
                + " (the breakpoint trajectory), roughness.csv (per layer) and mobility.csv (breakpoint mobility per"
                + " layer). A diverging run exits with code 3 and keeps last-finite-net.json.")
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
