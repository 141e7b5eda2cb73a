package org.splinelens.experiments.alpharegimes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.dynamics.flow.SplineVelocities;
import org.splinelens.dynamics.optim.AdamConfig;
import org.splinelens.dynamics.optim.OptimizerPlugin;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.experiments.runner.Summary;
import org.splinelens.init.InitScale;

/**
 * The initial rates of SRS §2.4 as {@link InitialRates} measures them: the central differences against the corrected
 * laws ({@link SplineVelocities}, docs/ERRATA.md E4), the α-scaling of one start rescaled by α against the laws'
 * exponents, and Adam's first step against its closed form {@code Δθ = −lr g/(|g| + ε)}.
 */
class InitialRatesTest {
    private static final PluginRegistry PLUGINS = PluginRegistry.discover(InitialRatesTest.class.getClassLoader());
    private static final double LR = 1e-5;

    /** A He-like start on random data: w, b ~ N(0, 2), v ~ N(0, 2/H). */
    private static ShallowNetwork he(int h, SplittableRandom random) {
        double[] w = new double[h];
        double[] b = new double[h];
        double[] v = new double[h];
        for (int i = 0; i < h; i++) {
            w[i] = Math.sqrt(2) * random.nextGaussian();
            b[i] = Math.sqrt(2) * random.nextGaussian();
            v[i] = Math.sqrt(2.0 / h) * random.nextGaussian();
        }
        return ShallowNetwork.of(w, b, v, 0.1);
    }

    private static Dataset data(SplittableRandom random) {
        double[] x = new double[15];
        double[] y = new double[15];
        for (int n = 0; n < x.length; n++) {
            x[n] = -2 + 4.0 * n / (x.length - 1) + 0.013;
            y[n] = -2 + 4 * random.nextDouble();
        }
        return new Dataset(x, y);
    }

    private static InitialRates rates(ShallowNetwork net, Dataset data) {
        return InitialRates.of(net, data, PLUGINS.plugin(OptimizerPlugin.class, "adam").create(
                java.util.Map.of("lr", LR), net.parameterCount()), LR);
    }

    @Test
    void flowRatesAreTheMediansOfTheCorrectedLaws() {
        SplittableRandom random = new SplittableRandom(3);
        Dataset data = data(random);
        ShallowNetwork net = he(40, random);
        SplineVelocities law = SplineVelocities.of(net, data);
        double[] beta = law.breakpoint();
        double[] mu = law.deltaSlope();
        for (int i = 0; i < beta.length; i++) {
            beta[i] = Math.abs(beta[i]);
            mu[i] = Math.abs(mu[i]);
        }
        InitialRates measured = rates(net, data);
        assertThat(measured.flowBreakpoint()).isCloseTo(InitialRates.median(beta), Offset.offset(
                1e-6 * InitialRates.median(beta)));
        assertThat(measured.flowDeltaSlope()).isCloseTo(InitialRates.median(mu), Offset.offset(
                1e-6 * InitialRates.median(mu)));
    }

    /**
     * One He start rescaled by α: β̇ ∝ α⁻² exactly (exponent −2); μ̇ = −α²(w²X + wbE) − α⁻² v²X, exponent 2 where
     * α⁴ ≫ v²/w² and −2 where α⁴ ≪ v²/w²; Adam's first step: −1 and 1 (α ≥ 1).
     */
    @Test
    void rescalingOneStartGivesTheDerivedExponents() {
        SplittableRandom random = new SplittableRandom(8);
        Dataset data = data(random);
        ShallowNetwork base = he(50, random);
        List<Double> large = List.of(1.0, 3.0, 10.0, 30.0);
        List<Double> tiny = List.of(1e-3, 2e-3, 4e-3);
        List<Double> flowBeta = new ArrayList<>();
        List<Double> flowMu = new ArrayList<>();
        List<Double> adamBeta = new ArrayList<>();
        List<Double> adamMu = new ArrayList<>();
        for (double alpha : large) {
            InitialRates r = rates(InitScale.rescale(base, alpha), data);
            flowBeta.add(r.flowBreakpoint());
            flowMu.add(r.flowDeltaSlope());
            adamBeta.add(r.adamBreakpoint());
            adamMu.add(r.adamDeltaSlope());
        }
        assertThat(InitialRates.exponent(large, flowBeta)).isCloseTo(-2, Offset.offset(1e-6));
        // the two-term law from the unscaled start's sums: μ̇_i(α) = α² P_i − α⁻² Q_i, P_i = −(w²X + wbE), Q_i = v²X
        double[][] pq = twoTerms(base, data);
        for (int a = 0; a < large.size(); a++) {
            double alpha = large.get(a);
            double[] law = new double[base.width()];
            for (int i = 0; i < law.length; i++) {
                law[i] = Math.abs(alpha * alpha * pq[0][i] - pq[1][i] / (alpha * alpha));
            }
            assertThat(flowMu.get(a)).as("α = %s", alpha).isCloseTo(InitialRates.median(law), Offset.offset(
                    1e-6 * flowMu.get(a)));
        }
        assertThat(InitialRates.exponent(large.subList(2, 4), flowMu.subList(2, 4))).isCloseTo(2, Offset.offset(
                1e-3));
        assertThat(InitialRates.exponent(large, adamBeta)).isCloseTo(-1, Offset.offset(1e-3));
        // Δμ = α w Δv + (v/α) Δw + Δw Δv: the second term is (v/w)/α² of the first (here v ~ 0.2, so 0.2% at α = 10)
        assertThat(InitialRates.exponent(large.subList(2, 4), adamMu.subList(2, 4))).isCloseTo(1, Offset.offset(
                0.005));
        for (int a = 0; a < large.size(); a++) {
            double[] closed = adamFirstStep(InitScale.rescale(base, large.get(a)), data);
            assertThat(adamBeta.get(a)).isCloseTo(closed[0], Offset.offset(1e-9 * closed[0]));
            assertThat(adamMu.get(a)).isCloseTo(closed[1], Offset.offset(1e-9 * closed[1]));
        }
        List<Double> tinyMu = new ArrayList<>();
        for (double alpha : tiny) {
            tinyMu.add(rates(InitScale.rescale(base, alpha), data).flowDeltaSlope());
        }
        assertThat(InitialRates.exponent(tiny, tinyMu)).as("the α⁻² term of μ̇").isCloseTo(-2, Offset.offset(0.01));
    }

    /** A flat start (v = 0) has β̇ = 0 under gradient flow and Adam's first step, whatever α. */
    @Test
    void aFlatStartsBreakpointsDoNotMoveAtFirst() {
        SplittableRandom random = new SplittableRandom(2);
        Dataset data = data(random);
        double[] w = {1, -1, 1, -1};
        double[] b = {1.5, 0.5, -0.5, -1.5};
        for (double alpha : new double[] {0.1, 10}) {
            InitialRates r = rates(InitScale.rescale(ShallowNetwork.of(w, b, new double[4], 0), alpha), data);
            assertThat(r.flowBreakpoint()).isZero();
            assertThat(r.adamBreakpoint()).isZero();
            assertThat(r.flowDeltaSlope()).isPositive();
            // Adam's first step moves each v_i by lr g/(|g| + ε), so Δμ_i = w_i Δv_i: α lr up to ε/|g|
            assertThat(r.adamDeltaSlope()).isCloseTo(alpha, Offset.offset(1e-6 * alpha));
        }
        assertThat(AdamConfig.DEFAULTS.eps()).isEqualTo(1e-8);
    }

    /**
     * @return the medians of |Δβ_i|/lr and |Δμ_i|/lr after Adam's first step in closed form, {@code Δθ_k = −lr g_k /
     *         (|g_k| + ε)} (bias-corrected m and v are g and g² at step 1), with g from central differences of the loss
     */
    private static double[] adamFirstStep(ShallowNetwork net, Dataset data) {
        double[] theta = net.parameters();
        double[] next = theta.clone();
        for (int k = 0; k < theta.length; k++) {
            double h = 1e-6 * Math.max(1, Math.abs(theta[k]));
            double[] up = theta.clone();
            double[] down = theta.clone();
            up[k] += h;
            down[k] -= h;
            double g = (ShallowNetwork.fromParameters(net.width(), up).loss(data.x(), data.y())
                    - ShallowNetwork.fromParameters(net.width(), down).loss(data.x(), data.y())) / (2 * h);
            next[k] -= LR * g / (Math.abs(g) + 1e-8);
        }
        return InitialRates.medians(net.width(), theta, next, LR);
    }

    /** @return P_i = −(w_i² X_i + w_i b_i E_i) and Q_i = v_i² X_i, with E_i, X_i the residual sums over unit i's data */
    private static double[][] twoTerms(ShallowNetwork net, Dataset data) {
        int h = net.width();
        double[][] pq = new double[2][h];
        for (int i = 0; i < h; i++) {
            double e = 0;
            double ex = 0;
            for (int n = 0; n < data.size(); n++) {
                if (net.w(i) * data.x(n) + net.b(i) > 0) {
                    double r = net.value(data.x(n)) - data.y(n);
                    e += r;
                    ex += r * data.x(n);
                }
            }
            pq[0][i] = -(net.w(i) * net.w(i) * ex + net.w(i) * net.b(i) * e);
            pq[1][i] = net.v(i) * net.v(i) * ex;
        }
        return pq;
    }

    @Test
    void exponentIsTheLeastSquaresSlopeAndTheIntervalUsesStudentsT() {
        List<Double> alphas = List.of(0.5, 1.0, 2.0, 8.0);
        List<Double> rates = alphas.stream().map(a -> 3 * Math.pow(a, -1.7)).toList();
        assertThat(InitialRates.exponent(alphas, rates)).isCloseTo(-1.7, Offset.offset(1e-12));
        assertThat(InitialRates.exponent(alphas, List.of(0.0, 0.0, 1.0, Double.NaN))).isNaN();
        // t_{0.975, 4} = 2.7764451
        double[] interval = InitialRates.interval(new Summary.Stat(5, 1, Math.sqrt(5)));
        assertThat(interval[0]).isCloseTo(1 - 2.7764451, Offset.offset(1e-6));
        assertThat(interval[1]).isCloseTo(1 + 2.7764451, Offset.offset(1e-6));
        assertThat(InitialRates.median(new double[] {3, 1, 2, 10})).isEqualTo(2.5);
    }
}
