package org.splinelens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.splinelens.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.splinelens.core.io.NetworkJson;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;

/**
 * {@code train} with no optimizer options fits ordinary small data whatever its size and units: the reference is an
 * independent least-squares fit, a linear spline with knots at 8 interior quantiles of x (solved by QR, in no way
 * through the trainer), and the default run's mean squared error must come within {@value #FACTOR} of its.
 */
class TrainDefaultsTest {
    /** How far above the reference's mean squared error the default run may end. */
    private static final double FACTOR = 1.5;

    @TempDir
    Path tmp;

    /** A smooth function (a period of a sine and a trend) with 10% noise, at N uniform x in [a, b], times yScale. */
    private static double[][] noisy(int n, double a, double b, double yScale, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = a + (b - a) * random.nextDouble();
            double u = (x[k] - a) / (b - a);
            // Box–Muller: a standard normal from two uniforms
            double noise = Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI
                    * random.nextDouble());
            y[k] = yScale * (Math.sin(2 * Math.PI * u) + 0.8 * u + 0.1 * noise);
        }
        return new double[][] {x, y};
    }

    private Path csv(String name, double[][] data) throws IOException {
        StringBuilder text = new StringBuilder("x,y\n");
        for (int k = 0; k < data[0].length; k++) {
            text.append(data[0][k]).append(',').append(data[1][k]).append('\n');
        }
        return Files.writeString(tmp.resolve(name), text);
    }

    /** @return the mean squared error of the least-squares linear spline with knots at 8 interior quantiles */
    static double referenceMse(double[] x, double[] y) {
        double[] sorted = x.clone();
        java.util.Arrays.sort(sorted);
        int knots = 8;
        double lo = sorted[0];
        double span = Math.max(sorted[sorted.length - 1] - lo, Double.MIN_NORMAL);
        double[][] design = new double[x.length][knots + 2];
        for (int n = 0; n < x.length; n++) {
            double u = (x[n] - lo) / span; // in [0, 1]: a well-conditioned basis whatever the units
            design[n][0] = 1;
            design[n][1] = u;
            for (int j = 0; j < knots; j++) {
                double knot = (sorted[(int) ((j + 1) * (sorted.length - 1L) / (knots + 1))] - lo) / span;
                design[n][j + 2] = Math.max(u - knot, 0);
            }
        }
        Array2DRowRealMatrix a = new Array2DRowRealMatrix(design, false);
        RealVector coefficients = new QRDecomposition(a, 1e-14).getSolver().solve(new ArrayRealVector(y));
        RealVector residual = a.operate(coefficients).subtract(new ArrayRealVector(y));
        return residual.dotProduct(residual) / x.length;
    }

    @Test
    void theDefaultsConvergeOnNoisyDataOfEverySizeAndScale() throws IOException {
        double[][] ranges = {{0, 1}, {-3, 3}, {0, 1000}};
        long seed = 1;
        for (int n : new int[] {20, 50, 500}) {
            for (double[] range : ranges) {
                for (double yScale : new double[] {1e-3, 1, 1e4}) {
                    double[][] data = noisy(n, range[0], range[1], yScale, seed++);
                    String what = String.format(Locale.ROOT, "N = %d, x in [%g, %g], y scale %g", n, range[0],
                            range[1], yScale);
                    CliRun result = run("train", "--data", csv("d" + seed + ".csv", data).toString(), "--json");
                    assertThat(result.code()).as(what + ": " + result.err()).isZero();
                    double mse = new ObjectMapper().readTree(result.out()).get("finalLoss").asDouble();
                    assertThat(mse).as(what).isFinite().isLessThan(FACTOR * referenceMse(data[0], data[1]));
                }
            }
        }
    }

    @Test
    void theOldDefaultsFailTheSameCheckSoItCanFail() throws IOException {
        // plain gradient descent on ½ Σ e² in the data's units, as train did before: x in [0, 1000] is beyond it
        double[][] data = noisy(50, 0, 1000, 1e4, 7);
        CliRun result = run("train", "--data", csv("old.csv", data).toString(), "--optimizer", "gd", "--lr", "0.01",
                "--loss", "half-sse", "--no-standardize", "--epochs", "1000", "--json");
        boolean converged = result.code() == 0 && 2 * new ObjectMapper().readTree(result.out()).get("finalLoss")
                .asDouble() / 50 < FACTOR * referenceMse(data[0], data[1]);
        assertThat(converged).as(result.out() + result.err()).isFalse();
    }

    @Test
    void theSavedNetworkEvaluatesToTheReportedLossInTheDataUnits() throws IOException {
        double[][] data = noisy(60, 0, 1000, 1e4, 11);
        Path file = csv("units.csv", data);
        for (List<String> shape : List.of(List.of("--width", "16"), List.of("--widths", "6,5"))) {
            Path out = tmp.resolve("run-" + shape.get(0));
            for (String loss : new String[] {"mse", "half-sse"}) {
                CliRun result = run(concat(List.of("train", "--data", file.toString(), "--epochs", "500", "--loss",
                        loss, "--out", out.toString(), "--json"), shape));
                assertThat(result.code()).as(result.err()).isZero();
                JsonNode report = new ObjectMapper().readTree(result.out());
                assertThat(report.get("loss").asText()).isEqualTo(loss);
                UnivariateNetwork net = NetworkJson.read(out.resolve("final-net.json"));
                double squares = 0;
                for (int n = 0; n < data[0].length; n++) {
                    double e = byHand(net, data[0][n]) - data[1][n];
                    squares += e * e;
                }
                double expected = loss.equals("mse") ? squares / data[0].length : squares / 2;
                assertThat(report.get("finalLoss").asDouble()).as(shape + " " + loss)
                        .isCloseTo(expected, org.assertj.core.data.Percentage.withPercentage(1e-7));
                List<String> curve = Files.readAllLines(out.resolve("loss.csv"));
                assertThat(Double.parseDouble(curve.get(curve.size() - 1).split(",")[1]))
                        .isEqualTo(report.get("finalLoss").asDouble());
            }
        }
    }

    @Test
    void theConsoleStatesTheSettingsFirstAndTheLossAndFilesLast() throws IOException {
        double[][] data = noisy(30, -3, 3, 1, 3);
        Path out = tmp.resolve("console");
        CliRun result = run("train", "--data", csv("c.csv", data).toString(), "--out", out.toString());
        assertThat(result.code()).as(result.err()).isZero();
        List<String> lines = result.out().lines().toList();
        assertThat(lines.get(0)).contains("adam").contains("lr " + TrainingOptions.ADAM_LR).contains("mse")
                .contains(TrainingOptions.EPOCHS + " epochs").contains("shallow width " + TrainingOptions.WIDTH)
                .contains("standard units");
        String last = lines.get(lines.size() - 1);
        assertThat(last).startsWith("final loss mse (mean of (f(x)−y)²) = ").contains("files in " + out);
        try (var files = Files.list(out)) {
            files.forEach(f -> assertThat(last).as(f.toString()).contains(f.getFileName().toString()));
        }
        CliRun bare = run("train", "--data", csv("c2.csv", data).toString(), "--loss", "half-sse", "--epochs", "10");
        assertThat(bare.out().strip().lines().reduce((a, b) -> b).orElseThrow())
                .startsWith("final loss half-sse (½Σ(f(x)−y)²) = ").endsWith("no files written (--out DIR writes them)");
        CliRun.assertBadInput(new String[] {"train", "--data", csv("c3.csv", data).toString(), "--loss", "l1"});
    }

    @Test
    void theToleranceIsInTheReportedLossUnits() throws IOException {
        double[][] data = noisy(40, 0, 1000, 1e4, 5);
        Path out = tmp.resolve("tolerance");
        double tolerance = 10; // an mse change of 10 in y units of 1e4: reached within the default epochs
        CliRun result = run("train", "--data", csv("t.csv", data).toString(), "--tolerance", "" + tolerance, "--out",
                out.toString(), "--json");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(new ObjectMapper().readTree(result.out()).get("stop").asText()).isEqualTo("converged");
        List<String> rows = Files.readAllLines(out.resolve("loss.csv"));
        double[] loss = rows.stream().skip(1).mapToDouble(r -> Double.parseDouble(r.split(",")[1])).toArray();
        int last = loss.length - 1;
        assertThat(Math.abs(loss[last] - loss[last - 1])).isLessThan(tolerance);
        for (int e = 1; e < last; e++) {
            assertThat(Math.abs(loss[e] - loss[e - 1])).as("epoch %d", e).isGreaterThanOrEqualTo(tolerance);
        }
    }

    /** @return {@code net(x)} computed from its parameters here, not by the library's evaluation */
    private static double byHand(UnivariateNetwork net, double x) {
        if (net instanceof ShallowNetwork s) {
            double f = s.b0();
            for (int i = 0; i < s.width(); i++) {
                f += s.v(i) * Math.max(s.w(i) * x + s.b(i), 0);
            }
            return f;
        }
        DeepNetwork d = (DeepNetwork) net;
        double[] h = {x};
        for (int layer = 0; layer < d.architecture().layers(); layer++) {
            double[] next = new double[d.architecture().outputSize(layer)];
            for (int o = 0; o < next.length; o++) {
                double z = d.bias(layer, o);
                for (int i = 0; i < h.length; i++) {
                    z += d.weight(layer, o, i) * h[i];
                }
                next[o] = layer == d.architecture().layers() - 1 ? z : Math.max(z, 0);
            }
            h = next;
        }
        return h[0];
    }

    private static String[] concat(List<String> head, List<String> tail) {
        return java.util.stream.Stream.concat(head.stream(), tail.stream()).toArray(String[]::new);
    }
}
