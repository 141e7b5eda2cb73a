package org.splinelens.core.deep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.testing.RandomNetworks;

/**
 * 'Functional characterization' Definition 1 read by paths ({@link PathActivity}) against our reading by kinks of the
 * output: both readings against an enumeration of every path; every kink is a switching point on every net; on generic
 * nets the three agree breakpoint by breakpoint; constructed nets where they differ (a cancellation, a coincidence).
 */
class PathActivityProperties {

    /**
     * Layer 1: a = relu(x), b = relu(x − 1); layer 2: c = relu(a + b + 1), d = relu(a + 1); output c − d = b. The
     * breakpoint 0 of a has two paths to the output, through c and d (both active there, z = 1), with weight products
     * +1 and −1: active by paths, yet the output has no kink at 0. No two units share a breakpoint.
     */
    @Test
    void aBreakpointWhosePathsCancelIsPathActiveButNoKink() {
        DeepNetwork net = DeepNetwork.of(new DeepArchitecture(2, 2), new double[] {
            1, 1, 0, -1, // W_0 = (1, 1)ᵀ, biases (0, −1)
            1, 1, 1, 0, 1, 1, // W_1 = [[1, 1], [1, 0]], biases (1, 1)
            1, -1, 0}); // output c − d
        DeepBreakpointAnalysis analysis = DeepBreakpoints.analyze(net);
        PathActivity paths = PathActivity.of(net, analysis);
        LayerBreakpoints first = analysis.layers().get(0);
        assertThat(analysis.layers().get(1).breakpointCount()).isZero();
        int a = first.firstBreakpoint(0);
        int b = first.firstBreakpoint(1);
        assertThat(first.breakpoint(a)).isZero();
        assertThat(first.breakpoint(b)).isEqualTo(1);
        // the path sums at 0: input weight × hidden weight × output weight, over the two active paths
        double pathSum = net.weight(0, 0, 0) * (net.weight(1, 0, 0) * net.weight(2, 0, 0)
                + net.weight(1, 1, 0) * net.weight(2, 0, 1));
        assertThat(pathSum).isZero();
        assertThat(oneSidedSlopeJump(net, 0)).isZero();
        assertThat(oneSidedSlopeJump(net, 1)).isNotZero();

        assertThat(first.isActive(a)).isFalse();
        assertThat(paths.active(1, a)).isTrue();
        assertThat(paths.switching(1, a)).isTrue();
        assertThat(first.isActive(b)).isTrue();
        assertThat(paths.active(1, b)).isTrue();
        // the counts: one breakpoint is a kink, two are active by paths
        assertThat(activeCount(analysis)).isEqualTo(1);
        assertThat(paths.activeCount()).isEqualTo(2);
        assertThat(paths.switchingCount()).isEqualTo(2);
        assertThat(analysis.output().knots()).containsExactly(1.0);
        assertThat(paths.activePoints()).containsExactly(0.0, 1.0);
        assertAgreesWithEveryPath(net, analysis, paths);
    }

    /**
     * Layer 1: a = relu(x), b = relu(−x); layer 2: c = relu(a − b) = relu(x); output c. All three switch at 0 and the
     * output kinks there, but every path has another unit with z = 0 at 0, so Def 1's sentence finds no active
     * breakpoint; the paragraph after it (a gate product discontinuous at 0) finds a's and c's, through a → c.
     */
    @Test
    void coincidentBreakpointsKinkWithoutAPathOfActiveOthers() {
        DeepNetwork net = DeepNetwork.of(new DeepArchitecture(2, 1), new double[] {
            1, -1, 0, 0, // W_0 = (1, −1)ᵀ, biases 0
            1, -1, 0, // W_1 = [1, −1], bias 0
            1, 0}); // output c
        DeepBreakpointAnalysis analysis = DeepBreakpoints.analyze(net);
        PathActivity paths = PathActivity.of(net, analysis);
        assertThat(oneSidedSlopeJump(net, 0)).isNotZero();
        assertThat(analysis.output().knots()).containsExactly(0.0);
        assertThat(activeCount(analysis)).isEqualTo(3);
        assertThat(paths.activeCount()).isZero();
        assertThat(paths.activePoints()).isEmpty();
        LayerBreakpoints first = analysis.layers().get(0);
        assertThat(paths.switching(1, first.firstBreakpoint(0))).isTrue();
        assertThat(paths.switching(1, first.firstBreakpoint(1))).isFalse();
        assertThat(paths.switching(2, 0)).isTrue();
        assertThat(paths.switchingPoints()).containsExactly(0.0);
        assertAgreesWithEveryPath(net, analysis, paths);
    }

    /**
     * On every net (zero weights, coincident breakpoints included) every knot of the output is a switching point —
     * a slope jump {@code Σ_π W_π (â_π(x⁺) − â_π(x⁻))} needs a path with non-zero weights whose gates change — and
     * both readings equal an enumeration of every path.
     */
    @Property(tries = 60)
    @StatisticsReport(StatisticsReportMode.OFF)
    void everyKinkIsASwitchingPointAndBothReadingsMatchEveryPath(@ForAll DeepNetwork net) {
        DeepBreakpointAnalysis analysis = DeepBreakpoints.analyze(net);
        PathActivity paths = PathActivity.of(net, analysis);
        assertThat(paths.switchingPoints()).contains(analysis.output().knots());
        assertAgreesWithEveryPath(net, analysis, paths);
        boolean differ = false;
        for (LayerBreakpoints layer : analysis.layers()) {
            for (int k = 0; k < layer.breakpointCount(); k++) {
                differ |= layer.isActive(k) != paths.active(layer.layer(), k);
            }
        }
        Statistics.label("kink and Def 1 differ").collect(differ);
        Statistics.label("kink and Def 1 differ").coverage(c -> c.check(true).count(n -> n >= 1));
    }

    /**
     * Generic weights (Gaussian, none zero, 2–3 hidden layers): no two units share a breakpoint, and each breakpoint
     * is a kink iff it is active by paths in either reading.
     */
    @Property(tries = 80)
    void onGenericNetsKinksAndPathActivityAgree(@ForAll @LongRange(max = 100_000) long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] widths = new int[r.nextInt(2, 4)];
        for (int l = 0; l < widths.length; l++) {
            widths[l] = r.nextInt(1, 6);
        }
        DeepArchitecture arch = new DeepArchitecture(widths);
        double[] theta = new double[arch.parameterCount()];
        for (int k = 0; k < theta.length; k++) {
            theta[k] = r.nextGaussian();
        }
        DeepNetwork net = DeepNetwork.of(arch, theta);
        DeepBreakpointAnalysis analysis = DeepBreakpoints.analyze(net);
        PathActivity paths = PathActivity.of(net, analysis);
        List<Double> all = new ArrayList<>();
        for (LayerBreakpoints layer : analysis.layers()) {
            for (int k = 0; k < layer.breakpointCount(); k++) {
                all.add(layer.breakpoint(k));
                assertThat(paths.active(layer.layer(), k)).as("layer %d breakpoint %d", layer.layer(), k)
                        .isEqualTo(layer.isActive(k));
                assertThat(paths.switching(layer.layer(), k)).isEqualTo(layer.isActive(k));
            }
        }
        assertThat(all).doesNotHaveDuplicates();
        assertThat(paths.activePoints()).containsExactly(analysis.output().knots());
    }

    private static int activeCount(DeepBreakpointAnalysis analysis) {
        int count = 0;
        for (LayerBreakpoints layer : analysis.layers()) {
            count += layer.activeCount();
        }
        return count;
    }

    /** The output's slope right of x minus left of it, by one-sided differences with a dyadic step. */
    private static double oneSidedSlopeJump(DeepNetwork net, double x) {
        double h = 0x1p-10;
        return (net.value(x + h) - net.value(x)) / h - (net.value(x) - net.value(x - h)) / h;
    }

    /** Both readings against every path of the network, enumerated, with the gates from a forward pass. */
    private static void assertAgreesWithEveryPath(DeepNetwork net, DeepBreakpointAnalysis analysis,
            PathActivity paths) {
        DeepArchitecture arch = net.architecture();
        int hidden = arch.hiddenLayers();
        double[] all = analysis.layers().stream()
                .flatMapToDouble(layer -> java.util.stream.IntStream.range(0, layer.breakpointCount())
                        .mapToDouble(layer::breakpoint))
                .sorted().distinct().toArray();
        for (LayerBreakpoints layer : analysis.layers()) {
            int l = layer.layer() - 1;
            for (int u = 0; u < layer.units().size(); u++) {
                for (int k = layer.firstBreakpoint(u); k < layer.firstBreakpoint(u + 1); k++) {
                    double beta = layer.breakpoint(k);
                    int g = Arrays.binarySearch(all, beta);
                    double left = g > 0 ? (all[g - 1] + beta) / 2 : beta - Math.max(1, Math.abs(beta));
                    double right = g < all.length - 1 ? (all[g + 1] + beta) / 2 : beta + Math.max(1, Math.abs(beta));
                    boolean[][] at = gates(net, beta);
                    boolean[][] gl = gates(net, left);
                    boolean[][] gr = gates(net, right);
                    boolean strict = false;
                    boolean switching = false;
                    int[] path = new int[hidden];
                    int count = 1;
                    for (int j = 0; j < hidden; j++) {
                        count *= arch.outputSize(j);
                    }
                    for (int p = 0; p < count; p++) {
                        int rest = p;
                        for (int j = 0; j < hidden; j++) {
                            path[j] = rest % arch.outputSize(j);
                            rest /= arch.outputSize(j);
                        }
                        if (path[l] != u || !nonZeroWeights(net, path)) {
                            continue;
                        }
                        boolean others = true;
                        boolean onLeft = true;
                        boolean onRight = true;
                        for (int j = 0; j < hidden; j++) {
                            others &= j == l || at[j][path[j]];
                            onLeft &= gl[j][path[j]];
                            onRight &= gr[j][path[j]];
                        }
                        strict |= others;
                        switching |= onLeft != onRight;
                    }
                    assertThat(paths.active(l + 1, k)).as("Def 1 at layer %d breakpoint %s", l + 1, beta)
                            .isEqualTo(strict);
                    assertThat(paths.switching(l + 1, k)).as("switching at layer %d breakpoint %s", l + 1, beta)
                            .isEqualTo(switching);
                }
            }
        }
    }

    private static boolean nonZeroWeights(DeepNetwork net, int[] path) {
        int hidden = path.length;
        if (net.weight(0, path[0], 0) == 0 || net.weight(hidden, 0, path[hidden - 1]) == 0) {
            return false;
        }
        for (int j = 1; j < hidden; j++) {
            if (net.weight(j, path[j], path[j - 1]) == 0) {
                return false;
            }
        }
        return true;
    }

    /** {@code [z_j(x) > 0]} for every hidden unit, by a plain forward pass. */
    private static boolean[][] gates(DeepNetwork net, double x) {
        DeepArchitecture arch = net.architecture();
        boolean[][] out = new boolean[arch.hiddenLayers()][];
        double[] h = {x};
        for (int l = 0; l < out.length; l++) {
            out[l] = new boolean[arch.outputSize(l)];
            double[] next = new double[out[l].length];
            for (int j = 0; j < next.length; j++) {
                double z = net.bias(l, j);
                for (int k = 0; k < h.length; k++) {
                    z += net.weight(l, j, k) * h[k];
                }
                out[l][j] = z > 0;
                next[j] = Math.max(z, 0);
            }
            h = next;
        }
        return out;
    }
}
