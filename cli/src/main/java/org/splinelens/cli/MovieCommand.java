package org.splinelens.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.network.UnivariateNetwork;
import org.splinelens.dynamics.observe.NetworkRecorder;
import org.splinelens.experiments.report.Movie;
import org.splinelens.experiments.report.TrainingFrames;
import org.splinelens.experiments.runner.Figure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "movie", mixinStandardHelpOptions = true,
        description = "Train exactly as `train` does (its defaults and files) and also write movie.gif and"
                + " movie.html (a slider over the frames) into --out: the function, the data and the breakpoints"
                + " every --observe-every epochs.")
final class MovieCommand implements Callable<Integer> {
    private final Plugins plugins;

    @Spec
    CommandSpec spec;

    @Mixin
    TrainingOptions training;

    @Mixin
    OutDir out;

    @Mixin
    JsonOption json;

    @Option(names = "--frames", defaultValue = "60", description = "at most this many frames (default ${DEFAULT-VALUE})")
    int frames;

    @Option(names = "--delay", defaultValue = "250", description = "milliseconds per frame (default ${DEFAULT-VALUE})")
    int delay;

    MovieCommand(Plugins plugins) {
        this.plugins = Objects.requireNonNull(plugins, "plugins");
    }

    @Override
    public Integer call() throws IOException {
        Path dir = out.required("the movie needs a directory to write into");
        if (frames < 2 || delay < 10) {
            throw new InvalidInputException("--frames must be >= 2 and --delay >= 10 ms");
        }
        return training.prepare(plugins, spec).execute(spec, dir, json.enabled(), this::movie);
    }

    private void movie(Dataset dataset, NetworkRecorder observed, Path dir) throws IOException {
        int[] epochs = observed.epochs();
        List<UnivariateNetwork> networks = observed.networks();
        List<Figure> figures = new ArrayList<>();
        int observations = networks.size();
        int shown = Math.min(frames, observations);
        for (int k = 0; k < shown; k++) {
            // evenly over the observations, the first and the last included
            int at = shown == 1 ? 0 : (int) Math.round((double) k * (observations - 1) / (shown - 1));
            figures.add(TrainingFrames.frame(networks.get(at), dataset, String.format(Locale.ROOT, "epoch %d",
                    epochs[at])));
        }
        Movie.write(figures, delay, dir, "movie");
    }
}
