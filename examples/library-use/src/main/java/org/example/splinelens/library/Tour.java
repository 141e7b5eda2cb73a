package org.example.splinelens.library;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.RealDistribution;
import org.ejml.data.DMatrixRMaj;
import org.splinelens.baselines.interpolation.NaturalCubicSpline;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.data.Samplers;
import org.splinelens.core.deep.DeepBreakpointAnalysis;
import org.splinelens.core.deep.DeepBreakpoints;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.plugin.PluginRegistry;
import org.splinelens.core.spline.Bdso;
import org.splinelens.core.spline.Pwl;
import org.splinelens.dynamics.optim.GradientDescent;
import org.splinelens.dynamics.train.Trainer;
import org.splinelens.dynamics.train.TrainerConfig;
import org.splinelens.dynamics.train.TrainingResult;
import org.splinelens.experiments.runner.Experiment;
import org.splinelens.experiments.runner.ExperimentPlugin;
import org.splinelens.experiments.runner.Runner;
import org.splinelens.experiments.runner.Scale;
import org.splinelens.init.InitializerFactory;
import org.splinelens.init.random.RandomInitializers;
import org.splinelens.init.theory.InitTheory;
import org.splinelens.losssurface.critical.CriticalPointReport;
import org.splinelens.losssurface.hessian.ShallowHessian;
import org.splinelens.losssurface.hessian.Spectrum;

/** The entry points docs/LIBRARY.md shows, one method each; every block the guide quotes is an excerpt of this file. */
public final class Tour {
    private Tour() {
    }

    /** f(x) = relu(x + 1) − 2 relu(x) + relu(x − 1): a hat on [−1, 1], as a width-3 shallow network. */
    public static ShallowNetwork hat() {
        // w, b, v, b0 of f(x) = b0 + Σ v_i relu(w_i x + b_i); unit i bends at its breakpoint −b_i / w_i
        return ShallowNetwork.of(new double[] {1, 1, 1}, new double[] {1, 0, -1}, new double[] {1, -2, 1}, 0);
    }

    /** A 1 → 4 → 3 → 1 ReLU network with He-normal weights drawn from a fixed seed. */
    public static DeepNetwork deep() {
        DeepArchitecture architecture = new DeepArchitecture(4, 3);
        Dataset data = Dataset.sample(Samplers.grid(-2, 2, 0.5), Math::sin);
        return initializer("he-normal").create(Map.of()).deep(architecture, data, new SplittableRandom(3));
    }

    /** @return the hat's breakpoints, delta-slopes and orientations, and its canonical piecewise-linear form */
    public static Pwl bdsoAndPwl() {
        Bdso bdso = Bdso.of(hat());            // breakpoints −1, 0, 1; delta-slopes 1, −2, 1
        return Pwl.of(bdso);                   // knots, and slope and intercept of each of the 4 pieces
    }

    /** @return the exact breakpoints of the deep network's output: the knots where its slope changes */
    public static double[] deepBreakpoints() {
        DeepBreakpointAnalysis analysis = DeepBreakpoints.analyze(deep());
        return analysis.output().knots();
    }

    /** @return the law of a breakpoint of a width-100 He-normal network at initialization (SRS §3) */
    public static RealDistribution initialBreakpointLaw() {
        InitTheory theory = initializer("he-normal").theory(Map.of(), 100).orElseThrow();
        return theory.breakpoints(null);       // a commons-math3 RandomGenerator, used only to sample from the law
    }

    /** @return the loss every 25 epochs of 200 full-batch gradient steps on sin(x), seen by an observer */
    public static List<Double> trainWithObserver() {
        Dataset data = Dataset.sample(Samplers.grid(-3, 3, 0.25), Math::sin);
        SplittableRandom random = new SplittableRandom(11);
        ShallowNetwork start = initializer("he-normal").create(Map.of()).shallow(16, data, random);
        List<Double> losses = new ArrayList<>();
        TrainingResult result = new Trainer(TrainerConfig.epochs(200).observingEvery(25)).train(start, data,
                new GradientDescent(0.002), random, List.of((epoch, loss, network) -> losses.add(loss)));
        losses.add(result.finalLoss());
        return losses;
    }

    /** Five points the hat does not fit: a point of its loss surface (SRS §4). */
    static final double[] X = {-1.5, -0.5, 0.25, 0.5, 1.5};
    static final double[] Y = {0, 0.5, 1, 0.5, 0};

    /** @return the gradient norm of the hat's squared loss on the five points, and whether that is a critical point */
    public static CriticalPointReport criticalPoint() {
        return CriticalPointReport.of(hat(), X, Y);
    }

    /** @return the eigenvalues of the exact Hessian of that loss in the hat's 10 parameters */
    public static Spectrum lossSurface() {
        DMatrixRMaj hessian = ShallowHessian.exact(hat(), X, Y);
        return Spectrum.of(hessian, Spectrum.DEFAULT_TOLERANCE);
    }

    /** @return the natural cubic spline through the sine on a grid, a baseline the papers compare networks with */
    public static NaturalCubicSpline baseline() {
        return NaturalCubicSpline.through(Dataset.sample(Samplers.grid(-3, 3, 0.5), Math::sin));
    }

    /** Runs the loneliness experiment (SRS Fig. 11) at its quick preset into {@code out}, as `splinelens run` would. */
    public static Runner.Outcome runExperiment(Path out) throws IOException {
        PluginRegistry plugins = PluginRegistry.discover(Tour.class.getClassLoader());
        Experiment<?> loneliness = (Experiment<?>) plugins.plugin(ExperimentPlugin.class, "loneliness");
        return new Runner(plugins, 1, (done, all) -> 0).run(loneliness.configure(Scale.QUICK, Map.of()), 7, out);
    }

    private static InitializerFactory<?> initializer(String name) {
        return RandomInitializers.all().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }
}
