package org.splinelens.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.splinelens.core.data.Grid;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.network.UnivariateNetwork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eval}: the network on a grid, written as it is computed, a block of {@value #BLOCK} points at a time, so the
 * memory used does not grow with the grid; {@code --max-points} bounds the grid (and so the time and the output).
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate a network on a grid a:b:step: CSV x,y, or {\"x\":[..],\"y\":[..]} with --json.")
final class EvalCommand implements Callable<Integer> {
    /** Points evaluated at once: large enough for the kernels' loops, small enough to be nothing in memory. */
    static final int BLOCK = 8192;
    /** Multiply-adds (points × parameters) past which a console sees progress. */
    private static final double PROGRESS_WORK = 2e9;

    @Spec
    CommandSpec spec;

    @Mixin
    NetFile net;

    @Option(names = "--grid", required = true, description = "a:b:step, b included")
    String grid;

    @Mixin
    MaxPointsOption maxPoints;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() throws IOException {
        Grid points = Grid.parse(grid, "--grid");
        long n = maxPoints.check("--grid " + grid, points);
        UnivariateNetwork network = net.network();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter progress = System.console() != null && (double) n * network.parameterCount() > PROGRESS_WORK
                ? spec.commandLine().getErr() : null;
        double[] x = new double[(int) Math.min(n, BLOCK)];
        double[] y = new double[x.length];
        // f is piecewise linear: finite at both ends of the grid, it is finite between them (checked again as it goes)
        requireFinite(network, new double[] {points.point(0), points.point(n - 1)});
        if (json.enabled()) {
            JsonOutput.stream(out, g -> {
                g.writeStartObject();
                g.writeArrayFieldStart("x");
                for (long k = 0; k < n; k++) {
                    g.writeNumber(points.point(k));
                }
                g.writeEndArray();
                g.writeArrayFieldStart("y");
                for (long from = 0; from < n; from += BLOCK) {
                    int count = block(points, network, from, n, x, y, progress);
                    writeNumbers(g, y, count);
                }
                g.writeEndArray();
                g.writeEndObject();
            });
        } else {
            out.print("x,y\n");
            for (long from = 0; from < n; from += BLOCK) {
                int count = block(points, network, from, n, x, y, progress);
                for (int k = 0; k < count; k++) {
                    out.print(x[k]);
                    out.print(',');
                    out.print(y[k]);
                    out.print('\n');
                }
            }
        }
        if (progress != null) {
            progress.println();
        }
        out.flush();
        return 0;
    }

    /** Evaluates the block of points {@code from …} into {@code x}, {@code y}; @return its size */
    private int block(Grid points, UnivariateNetwork network, long from, long n, double[] x, double[] y,
            PrintWriter progress) {
        int count = (int) Math.min(x.length, n - from);
        for (int k = 0; k < count; k++) {
            x[k] = points.point(from + k);
        }
        if (count == x.length) {
            network.values(x, y);
        } else {
            double[] lastX = java.util.Arrays.copyOf(x, count);
            double[] lastY = new double[count];
            network.values(lastX, lastY);
            System.arraycopy(lastY, 0, y, 0, count);
        }
        if (progress != null) {
            progress.printf(Locale.ROOT, "\revaluated %d of %d points", from + count, n);
            progress.flush();
        }
        requireFinite(network, x, y, count);
        return count;
    }

    private void requireFinite(UnivariateNetwork network, double[] x) {
        double[] y = new double[x.length];
        network.values(x, y);
        requireFinite(network, x, y, x.length);
    }

    private void requireFinite(UnivariateNetwork network, double[] x, double[] y, int count) {
        for (int k = 0; k < count; k++) {
            if (!Double.isFinite(y[k])) {
                throw new InvalidInputException(net.path() + ": f(" + x[k] + ") is not finite (" + y[k] + "): weights"
                        + " or --grid too large for double precision (" + FiniteResults.magnitudes(network) + ")");
            }
        }
    }

    private static void writeNumbers(JsonGenerator g, double[] values, int count) throws IOException {
        for (int k = 0; k < count; k++) {
            g.writeNumber(values[k]);
        }
    }
}
