package org.splinelens.dynamics.gradient;

import java.util.Locale;
import org.splinelens.core.network.UnivariateNetwork;

/**
 * The training loss, a multiple of the papers' {@code ½ Σ_n (f(x_n) − y_n)²} (the loss every {@link Objective}
 * computes): {@link #HALF_SSE} is that loss itself, {@link #MSE} the mean squared error
 * {@code (1/N) Σ_n (f(x_n) − y_n)² = (2/N) · ½ Σ_n e_n²}. Both have the same minimisers; the mean's gradient does not
 * grow with N, so a learning rate that trains one data set's size trains another's. A minibatch's mean is over its
 * own B points ({@code 2/B}), so a batch step is an unbiased estimate of the full step.
 */
public enum Loss {
    /** {@code ½ Σ_n e_n²}, the papers' loss (SRS §2.3), which the experiments train on. */
    HALF_SSE("half-sse", "½Σ(f(x)−y)²"),
    /** {@code (1/N) Σ_n e_n²}. */
    MSE("mse", "mean of (f(x)−y)²");

    private final String id;
    private final String formula;

    Loss(String id, String formula) {
        this.id = id;
        this.formula = formula;
    }

    /** @return the name, {@code mse} or {@code half-sse} */
    public String id() {
        return id;
    }

    /** @return the loss in symbols, for people */
    public String formula() {
        return formula;
    }

    /** @return the loss named {@code id} ({@link #id()}), or {@code null} when none is */
    public static Loss named(String id) {
        for (Loss loss : values()) {
            if (loss.id.equals(id.toLowerCase(Locale.ROOT))) {
                return loss;
            }
        }
        return null;
    }

    /** @return the factor {@code c} with this loss {@code = c · ½ Σ e²} over {@code points} points */
    public double factor(int points) {
        return this == HALF_SSE ? 1 : 2.0 / points;
    }

    /** @return {@code objective} on this loss: the same parameters and networks, loss and gradient times {@link #factor} */
    public TrainingObjective of(TrainingObjective objective) {
        return this == HALF_SSE ? objective : new Scaled(objective, this);
    }

    /** A training objective whose every loss and gradient is scaled by the loss's factor on its own points. */
    private record Scaled(TrainingObjective inner, Loss loss) implements TrainingObjective {
        @Override
        public ObjectiveRequest request() {
            return inner.request();
        }

        @Override
        public double[] startParameters() {
            return inner.startParameters();
        }

        @Override
        public Objective full() {
            return new ScaledObjective(inner.full(), loss.factor(inner.full().size()));
        }

        @Override
        public Objective batch(double[] x, double[] y) {
            return new ScaledObjective(inner.batch(x, y), loss.factor(x.length));
        }

        @Override
        public boolean acceptsBatch(int points) {
            return inner.acceptsBatch(points);
        }

        @Override
        public GradientMethod path() {
            return inner.path();
        }
    }

    /** {@code c · ℓ} and {@code c · ∇ℓ}: the gradient is scaled in place, allocation-free. */
    private record ScaledObjective(Objective inner, double factor) implements Objective {
        @Override
        public int parameterCount() {
            return inner.parameterCount();
        }

        @Override
        public int size() {
            return inner.size();
        }

        @Override
        public double loss(double[] theta) {
            return factor * inner.loss(theta);
        }

        @Override
        public double lossAndGradient(double[] theta, double[] gradient) {
            double loss = inner.lossAndGradient(theta, gradient);
            for (int k = 0; k < gradient.length; k++) {
                gradient[k] *= factor;
            }
            return factor * loss;
        }

        @Override
        public UnivariateNetwork network(double[] theta) {
            return inner.network(theta);
        }
    }
}
