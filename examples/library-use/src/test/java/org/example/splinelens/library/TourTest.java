package org.example.splinelens.library;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.splinelens.baselines.interpolation.NaturalCubicSpline;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.data.Samplers;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.spline.Pwl;
import org.splinelens.experiments.runner.Runner;
import org.splinelens.init.Initializer;
import org.splinelens.init.random.RandomInitializers;

/** Every entry point of docs/LIBRARY.md, each checked against an independent computation. */
class TourTest {
    @TempDir
    Path tmp;

    @Test
    void thePwlOfTheHatIsTheHatsClosedForm() {
        Pwl pwl = Tour.bdsoAndPwl();
        assertArrayEquals(new double[] {-1, 0, 1}, pwl.knots(), 0);
        for (int step = -24; step <= 24; step++) {
            double x = step / 8.0;
            int piece = (int) Arrays.stream(pwl.knots()).filter(k -> k < x).count();
            assertEquals(Math.max(0, 1 - Math.abs(x)), pwl.slopes()[piece] * x + pwl.intercepts()[piece], 1e-12);
        }
    }

    @Test
    void theDeepNetworkBendsAtEachBreakpointAndIsLinearBetween() {
        DeepNetwork net = Tour.deep();
        double[] knots = Tour.deepBreakpoints();
        assertTrue(knots.length > 0);
        double h = 1e-6;
        for (int k = 0; k < knots.length; k++) {
            double left = (net.value(knots[k]) - net.value(knots[k] - h)) / h;
            double right = (net.value(knots[k] + h) - net.value(knots[k])) / h;
            assertTrue(Math.abs(right - left) > 1e-6, "a bend at " + knots[k]);
            if (k + 1 < knots.length) {
                double a = knots[k];
                double b = knots[k + 1];
                double mid = net.value((a + b) / 2);
                double chord = (net.value(a + (b - a) / 4) + net.value(b - (b - a) / 4)) / 2;
                assertEquals(chord, mid, 1e-9, "linear between " + a + " and " + b);
            }
        }
    }

    @Test
    void theBreakpointLawMatchesTheBreakpointsOfInitializedNetworks() {
        Initializer he = RandomInitializers.all().stream().filter(f -> f.name().equals("he-normal")).findFirst()
                .orElseThrow().create(Map.of());
        Dataset data = Dataset.sample(Samplers.grid(-1, 1, 0.5), x -> x);
        SplittableRandom random = new SplittableRandom(17);
        int below = 0;
        int all = 0;
        for (int draw = 0; draw < 100; draw++) {
            ShallowNetwork net = he.shallow(100, data, random);
            for (int i = 0; i < net.width(); i++) {
                below += -net.b(i) / net.w(i) <= 0.5 ? 1 : 0;
                all++;
            }
        }
        // 10^4 draws: the fraction's sd is at most 0.005
        assertEquals(Tour.initialBreakpointLaw().cumulativeProbability(0.5), (double) below / all, 0.025);
    }

    @Test
    void theObserverSeesTheLossFallToTheFinalLoss() {
        List<Double> losses = Tour.trainWithObserver();
        assertTrue(losses.size() >= 3);
        assertTrue(losses.get(losses.size() - 1) < losses.get(0) / 10, losses.toString());
    }

    @Test
    void theHessiansEigenvaluesSumToTheTraceOfFiniteDifferences() {
        double[] theta = Tour.hat().parameters();
        double h = 1e-4;
        double trace = 0;
        for (int k = 0; k < theta.length; k++) {
            double[] plus = theta.clone();
            double[] minus = theta.clone();
            plus[k] += h;
            minus[k] -= h;
            trace += (loss(plus) - 2 * loss(theta) + loss(minus)) / (h * h);
        }
        double[] eigenvalues = Tour.lossSurface().eigenvalues();
        assertEquals(theta.length, eigenvalues.length);
        assertEquals(trace, Arrays.stream(eigenvalues).sum(), 1e-5 * Math.max(1, Math.abs(trace)));
        assertFalse(Tour.criticalPoint().critical(), "the hat does not fit these points");
    }

    private static double loss(double[] theta) {
        return ShallowNetwork.fromParameters(3, theta).loss(Tour.X, Tour.Y);
    }

    @Test
    void theCubicSplineBaselineInterpolatesTheSine() {
        NaturalCubicSpline spline = Tour.baseline();
        for (double x = -3; x <= 3; x += 0.5) {
            assertEquals(Math.sin(x), spline.value(x), 1e-12);
        }
        assertEquals(Math.sin(0.25), spline.value(0.25), 1e-2);
    }

    @Test
    void theExperimentWritesItsRunDirectory() throws IOException {
        Runner.Outcome outcome = Tour.runExperiment(tmp.resolve("run"));
        assertTrue(outcome.trialsRun() > 0);
        List<String> trials = Files.readAllLines(tmp.resolve("run/trials.csv"));
        assertTrue(trials.size() > outcome.trialsRun(), "a header and at least a row a trial");
        assertTrue(Files.size(tmp.resolve("run/summary.csv")) > 0);
        assertFalse(outcome.verdicts().isEmpty());
    }
}
