package org.splinelens.cli.extras;

import java.util.List;
import org.splinelens.baselines.fit.FitRequest;
import org.splinelens.baselines.fit.FitResult;
import org.splinelens.baselines.fit.Fitter;
import org.splinelens.core.data.Dataset;

/** {@code extra-mean}: the constant ȳ, one piece whatever is asked. */
final class MeanFitter implements Fitter {

    @Override
    public String name() {
        return "extra-mean";
    }

    @Override
    public String description() {
        return "the constant mean of y (test module)";
    }

    @Override
    public FitResult fit(Dataset data, FitRequest request) {
        double mean = 0;
        for (int n = 0; n < data.size(); n++) {
            mean += (data.y(n) - mean) / (n + 1);
        }
        double rss = 0;
        for (int n = 0; n < data.size(); n++) {
            rss += (data.y(n) - mean) * (data.y(n) - mean);
        }
        double level = mean;
        return new FitResult(name(), 1, rss, List.of(), x -> level);
    }
}
