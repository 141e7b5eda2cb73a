package org.splinelens.baselines.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.splinelens.baselines.fit.FitRequest;
import org.splinelens.baselines.fit.FitResult;
import org.splinelens.baselines.fit.Fitter;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.limits.WorkEstimate;
import org.splinelens.core.testing.PluginContract;

/**
 * What every fitter plugin promises, on a noisy sine (60 points at distinct random x) asked for 4 pieces: the RSS it
 * reports is the RSS of its own evaluations at the data, to 1e-9 relative, it is finite, and fitting twice gives the
 * same fit; told to report progress it fits the same, and it estimates its work. On data at the ends of the double
 * range it either fits finitely or refuses with an {@link IllegalArgumentException}: a non-finite fit is never an
 * answer.
 */
public interface FitterContract extends PluginContract {

    @TestFactory
    default Stream<DynamicTest> fittersReportTheRssOfTheirOwnEvaluations() {
        SplittableRandom r = new SplittableRandom(5);
        double[] x = new double[60];
        double[] y = new double[x.length];
        for (int n = 0; n < x.length; n++) {
            x[n] = -3 + 6 * r.nextDouble();
            y[n] = Math.sin(x[n]) + 0.1 * r.nextGaussian();
        }
        Dataset data = new Dataset(x, y);
        FitRequest request = new FitRequest(4, 1);
        return each("fitter", Fitter.class, fitter -> {
            FitResult fit = fitter.fit(data, request);
            double rss = 0;
            for (int n = 0; n < x.length; n++) {
                double e = fit.value(x[n]) - y[n];
                rss += e * e;
            }
            assertThat(fit.rss()).as("reported RSS").isFinite().isCloseTo(rss, within(1e-9 * Math.max(1, rss)));
            assertThat(fitter.fit(data, request).rss()).as("fitting twice").isEqualTo(fit.rss());
        });
    }

    @TestFactory
    default Stream<DynamicTest> fittersNeverReturnANonFiniteFit() {
        Dataset[] extreme = {
            // the fuzz round's tiny.csv: spacings 1e-300, whose squares underflow and whose Δy/h² overflow
            new Dataset(new double[] {0, 1e-300, 2e-300, 3e-300, 4e-300}, new double[] {0, 1, 2, 0, 1}),
            // subnormal spacing: Δy/h overflows
            new Dataset(new double[] {0, 4.9e-324, 1e-323, 1.5e-323}, new double[] {0, 1, 0, 1}),
            // the fuzz round's hugex.csv and a spread whose squares overflow
            new Dataset(new double[] {-1e300, 0, 1e300, 2e300}, new double[] {1, 2, 0, 1}),
            new Dataset(new double[] {-1e200, 0, 1e200, 2e200}, new double[] {1, 2, 0, 1}),
            // targets whose squares overflow
            new Dataset(new double[] {0, 1, 2, 3, 4}, new double[] {0, 1, 2, 1e300, -1e300}),
        };
        FitRequest request = new FitRequest(2, 1);
        return each("fitter", Fitter.class, fitter -> {
            for (Dataset data : extreme) {
                FitResult fit;
                try {
                    fit = fitter.fit(data, request);
                } catch (IllegalArgumentException refused) {
                    assertThat(refused.getMessage()).as("refusal of %s", data).isNotBlank().doesNotContain("\n");
                    continue;
                }
                assertThat(fit.rss()).as("RSS on %s", data).isFinite();
                for (int n = 0; n < data.size(); n++) {
                    assertThat(fit.value(data.x(n))).as("value at %s", data.x(n)).isFinite();
                }
            }
        });
    }

    /**
     * A fit that tells its progress is the same fit, its progress runs from 0 to 100 percent without going back, and
     * its estimate of the work is a finite, non-negative size that starts with what it was given.
     */
    @TestFactory
    default Stream<DynamicTest> fittersTellProgressAndEstimateTheirWork() {
        SplittableRandom r = new SplittableRandom(6);
        double[] x = r.doubles(40, -3, 3).toArray();
        double[] y = Arrays.stream(x).map(Math::sin).toArray();
        Dataset data = new Dataset(x, y);
        FitRequest request = new FitRequest(3, 1);
        return each("fitter", Fitter.class, fitter -> {
            List<Integer> told = new ArrayList<>();
            FitResult fit = fitter.fit(data, request, (done, all) -> {
                assertThat(all).isEqualTo(100);
                told.add(done);
                return 0;
            });
            assertThat(fit.rss()).isEqualTo(fitter.fit(data, request).rss());
            assertThat(told).isSorted().startsWith(0).endsWith(100).allMatch(p -> p >= 0 && p <= 100);
            WorkEstimate estimate = fitter.estimate(data.size(), request, "fit " + fitter.name());
            assertThat(estimate.what()).startsWith("fit " + fitter.name());
            assertThat(estimate.bytes()).isFinite().isNotNegative();
            assertThat(estimate.steps()).isFinite().isNotNegative();
        });
    }
}
