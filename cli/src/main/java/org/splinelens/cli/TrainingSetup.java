package org.splinelens.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.network.UnivariateNetwork;
import org.splinelens.dynamics.gradient.Loss;

/**
 * What a training run trains, in the data's units: its data, the units it trains in, the loss, the start, and the
 * settings it states on the console and in its files.
 *
 * @param dataset     the data as given
 * @param scale       the change to the units trained in ({@link DataScale#NONE} under {@code --no-standardize})
 * @param loss        the loss trained and reported
 * @param start       the starting network in the data's units
 * @param optimizer   the optimizer's name
 * @param settings    its resolved config
 * @param epochs      {@code --epochs}
 * @param observeEvery {@code --observe-every}
 * @param maxOutput   {@code --max-output} in bytes
 */
record TrainingSetup(Dataset dataset, DataScale scale, Loss loss, UnivariateNetwork start, String optimizer,
        Map<String, Object> settings, int epochs, int observeEvery, double maxOutput) {

    TrainingSetup {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(start, "start");
        settings = Map.copyOf(settings);
    }

    /** @return the loss as the console names it: {@code "mse (mean of (f(x)−y)²)"} */
    String lossName() {
        return loss.id() + " (" + loss.formula() + ")";
    }

    /**
     * @return the run's settings in one line, e.g. {@code "train: 50 points, shallow width 32, adam (lr 0.01), mse
     *         (…), 4000 epochs, standard units x = 500 + 256 u, y = 3 + 4 t"}
     */
    String line(String command) {
        String optimizerSettings = settings.entrySet().stream().filter(e -> !e.getKey().equals("batchSize")
                || !Objects.equals(e.getValue(), 0)).sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        String units = scale.identity() ? "the data's own units (--no-standardize)"
                : String.format(Locale.ROOT, "standard units x = %.6g + %.6g u, y = %.6g + %.6g t, net saved in data"
                        + " units", scale.cx(), scale.sx(), scale.cy(), scale.sy());
        return String.format(Locale.ROOT, "%s: %d points, %s, %s (%s), loss %s, %d epochs, %s", command,
                dataset.size(), shape(), optimizer, optimizerSettings, lossName(), epochs, units);
    }

    private String shape() {
        if (start instanceof org.splinelens.core.network.ShallowNetwork shallow) {
            return "shallow width " + shallow.width();
        }
        int[] widths = start.asDeep().architecture().hiddenWidths();
        return "deep widths " + java.util.Arrays.stream(widths).mapToObj(String::valueOf)
                .collect(Collectors.joining(","));
    }
}
