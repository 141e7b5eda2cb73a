package org.splinelens.dynamics.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.data.Samplers;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.dynamics.gradient.GradientMethod;
import org.splinelens.dynamics.gradient.Objective;
import org.splinelens.dynamics.optim.GradientDescent;
import org.splinelens.dynamics.train.Trainer;
import org.splinelens.dynamics.train.TrainerConfig;

/** Gradient descent with step η is Euler's method for the flow: its distance to the flow at time T shrinks with η. */
class GradientFlowTest {

    @Test
    void gradientDescentTracksTheFlowWithErrorShrinkingInTheStep() {
        Dataset data = Dataset.sample(Samplers.grid(-2, 2, 0.25), x -> Math.abs(x) - 0.5 * x * x);
        SplittableRandom r = new SplittableRandom(8);
        double[] theta = new double[3 * 6 + 1];
        for (int k = 0; k < theta.length; k++) {
            theta[k] = r.nextGaussian() * 0.7;
        }
        ShallowNetwork start = ShallowNetwork.fromParameters(6, theta);
        Objective objective = GradientMethod.AUTO.objective(start, data);
        double horizon = 0.4;
        List<GradientFlow.Snapshot> flow = GradientFlow.DEFAULTS.integrate(objective, theta, new double[] {0, horizon});
        double[] exact = ((ShallowNetwork) flow.get(1).network()).parameters();
        assertThat(flow.get(1).loss()).isLessThan(flow.get(0).loss());

        double[] errors = new double[3];
        double lr = 0.004;
        for (int j = 0; j < errors.length; j++, lr /= 2) {
            int steps = (int) Math.round(horizon / lr);
            double[] gd = ((ShallowNetwork) new Trainer(TrainerConfig.epochs(steps), GradientMethod.AUTO)
                    .train(start, data, new GradientDescent(lr), new SplittableRandom(0), List.of()).network())
                    .parameters();
            double d = 0;
            for (int k = 0; k < gd.length; k++) {
                d = Math.max(d, Math.abs(gd[k] - exact[k]));
            }
            errors[j] = d;
        }
        // Euler is first order: halving η about halves the error
        assertThat(errors[1]).isLessThan(0.7 * errors[0]);
        assertThat(errors[2]).isLessThan(0.7 * errors[1]);
        assertThat(errors[2]).isLessThan(0.05);
    }
}
