package org.splinelens.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.network.UnivariateNetwork;
import org.splinelens.experiments.report.Movie;
import org.splinelens.experiments.report.TrainingFrames;
import org.splinelens.experiments.runner.Figure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "movie", mixinStandardHelpOptions = true,
        description = "Train exactly as `train` does and also write movie.gif and movie.html (a slider over the frames)"
                + " into --out: the function, the data and the breakpoints every --observe-every epochs.")
final class MovieCommand extends TrainCommand {
    private final List<Integer> epochs = new ArrayList<>();
    private final List<UnivariateNetwork> networks = new ArrayList<>();

    @Option(names = "--frames", defaultValue = "60", description = "at most this many frames (default ${DEFAULT-VALUE})")
    int frames;

    @Option(names = "--delay", defaultValue = "250", description = "milliseconds per frame (default ${DEFAULT-VALUE})")
    int delay;

    @Override
    public Integer call() throws IOException {
        if (out == null) {
            throw new InvalidInputException("--out: the movie needs a directory to write into");
        }
        if (frames < 2 || delay < 10) {
            throw new InvalidInputException("--frames must be >= 2 and --delay >= 10 ms");
        }
        return super.call();
    }

    @Override
    void observed(int epoch, UnivariateNetwork network) {
        epochs.add(epoch);
        networks.add(network);
    }

    @Override
    void finished(Dataset dataset, Path out) throws IOException {
        List<Figure> figures = new ArrayList<>();
        int observations = networks.size();
        int shown = Math.min(frames, observations);
        for (int k = 0; k < shown; k++) {
            // evenly over the observations, the first and the last included
            int at = shown == 1 ? 0 : (int) Math.round((double) k * (observations - 1) / (shown - 1));
            figures.add(TrainingFrames.frame(networks.get(at), dataset, String.format(Locale.ROOT, "epoch %d",
                    epochs.get(at))));
        }
        Movie.write(figures, delay, out, "movie");
    }
}
