package org.splinelens.dynamics.train;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.limits.PrecisionExceeded;
import org.splinelens.core.network.UnivariateNetwork;
import org.splinelens.dynamics.gradient.GradientMethod;
import org.splinelens.dynamics.gradient.Normalization;
import org.splinelens.dynamics.gradient.Objective;
import org.splinelens.dynamics.gradient.ObjectiveRequest;
import org.splinelens.dynamics.gradient.Objectives;
import org.splinelens.dynamics.gradient.TrainingObjective;
import org.splinelens.dynamics.optim.Optimizer;

/**
 * Trains a {@link TrainingObjective} on {@code ℓ = ½ Σ (f(x_n) − y_n)²}, starting from its
 * {@link TrainingObjective#startParameters()}. Full batch ({@link TrainerConfig#batchSize()} = 0, or at least N, the
 * batch size the objective was requested for): one step
 * per epoch with {@link TrainingObjective#full()}'s gradient. Minibatch: each epoch draws a permutation of the data
 * from the run's generator (Fisher–Yates) and steps once per consecutive batch on the objective's
 * {@link TrainingObjective#batch} objectives; a remainder batch the objective does not accept is left out of the
 * epoch. {@code ℓ_e}, the full-data loss after epoch e, drives the stopping rules of {@link TrainerConfig}; observers
 * and the result see {@link TrainingObjective#full()}'s network. Training has diverged at epoch {@code e >= 1} when
 * {@code ℓ_e} is not finite, when it has outgrown what double precision resolves of the data
 * ({@link #resolvableResidual}), or when an observer finds the network beyond double precision
 * ({@link PrecisionExceeded}): the run then ends with {@link StopReason#DIVERGED}, a {@link Divergence} naming
 * epoch {@code e}, and the network and loss after epoch {@code e − 1}, the last finite ones; no exception. A
 * start whose loss is not finite was never trained: that throws {@link PrecisionExceeded}, naming the data's and the
 * parameters' magnitudes. Every work buffer is allocated once per run.
 *
 * <p>{@link #train(UnivariateNetwork, Dataset, Optimizer, RandomGenerator, List)} trains the objective
 * {@link Objectives#of} chooses for the trainer's gradient method and normalisation.
 */
public final class Trainer {
    private final TrainerConfig config;
    private final GradientMethod method;
    private final Normalization normalization;

    /** A trainer of plain nets on the {@link GradientMethod#AUTO} path. */
    public Trainer(TrainerConfig config) {
        this(config, GradientMethod.AUTO, Normalization.NONE);
    }

    public Trainer(TrainerConfig config, GradientMethod method) {
        this(config, method, Normalization.NONE);
    }

    /**
     * @param method        the gradient method {@link #train(UnivariateNetwork, Dataset, Optimizer, RandomGenerator,
     *                      List)} requests of {@link Objectives#of}
     * @param normalization the normalisation it requests
     */
    public Trainer(TrainerConfig config, GradientMethod method, Normalization normalization) {
        this.config = Objects.requireNonNull(config, "config");
        this.method = Objects.requireNonNull(method, "method");
        this.normalization = Objects.requireNonNull(normalization, "normalization");
    }

    /**
     * Trains the objective {@link Objectives#of} chooses for {@code start}, {@code data}, this trainer's gradient
     * method and normalisation, and the config's {@link TrainerConfig#batchSize()}.
     *
     * @param random the generator of the minibatch order (unused for full batch)
     * @throws org.splinelens.core.io.InvalidInputException when no objective implements that request
     */
    public TrainingResult train(UnivariateNetwork start, Dataset data, Optimizer optimizer, RandomGenerator random,
            List<? extends TrainingObserver> observers) {
        return train(Objectives.of(new ObjectiveRequest(start, data, method, normalization, config.batchSize())),
                optimizer, random, observers);
    }

    /**
     * @param objective what to train; its request's batch size must be the config's
     * @param random    the generator of the minibatch order (unused for full batch)
     */
    public TrainingResult train(TrainingObjective objective, Optimizer optimizer, RandomGenerator random,
            List<? extends TrainingObserver> observers) {
        return train(objective, optimizer, random, observers, EpochListener.NONE);
    }

    /**
     * {@link #train(TrainingObjective, Optimizer, RandomGenerator, List)}, telling {@code progress} every epoch's loss.
     */
    public TrainingResult train(TrainingObjective objective, Optimizer optimizer, RandomGenerator random,
            List<? extends TrainingObserver> observers, EpochListener progress) {
        long began = System.nanoTime();
        ObjectiveRequest request = objective.request();
        if (config.batchSize() != request.batchSize()) {
            throw new IllegalArgumentException("the objective was chosen for batch size " + request.batchSize()
                    + " but the trainer's config has batchSize " + config.batchSize());
        }
        Objective full = objective.full();
        double[] theta = objective.startParameters();
        double[] previous = theta.clone();
        double[] gradient = new double[theta.length];
        double[] curve = new double[config.epochs() + 1];
        Batches batches = request.minibatch() ? new Batches(objective) : null;

        double loss = batches == null ? full.lossAndGradient(theta, gradient) : full.loss(theta);
        if (!Double.isFinite(loss)) {
            throw new PrecisionExceeded("the initial loss is not finite (" + loss + "): data or initialization too"
                    + " large for double precision (" + request.data().magnitudes() + ", " + magnitudes(theta) + ")");
        }
        double resolvable = resolvableResidual(request.data(), loss);
        curve[0] = loss;
        try {
            notify(observers, 0, loss, full, theta);
        } catch (PrecisionExceeded e) {
            throw new PrecisionExceeded("the starting network: " + e.getMessage(), e);
        }
        int epoch = 0;
        StopReason reason = StopReason.EPOCHS;
        Divergence divergence = null;
        while (epoch < config.epochs()) {
            if (loss <= config.targetLoss()) {
                reason = StopReason.TARGET_LOSS;
                break;
            }
            System.arraycopy(theta, 0, previous, 0, theta.length);
            if (batches == null) {
                optimizer.step(theta, gradient);
                loss = full.lossAndGradient(theta, gradient);
            } else {
                batches.epoch(theta, gradient, optimizer, random);
                loss = full.loss(theta);
            }
            epoch++;
            if (!Double.isFinite(loss)) {
                divergence = new Divergence(epoch, Divergence.NOT_FINITE);
                break;
            }
            if (Math.sqrt(2 * loss) > resolvable) {
                divergence = new Divergence(epoch, String.format(Locale.ROOT,
                        "the loss %.3g is past %.3g, where the rounding of the network's values outweighs the data",
                        loss, 0.5 * resolvable * resolvable));
                break;
            }
            curve[epoch] = loss;
            progress.epoch(epoch, loss);
            if (epoch % config.observeEvery() == 0) {
                divergence = notifyTraining(observers, epoch, loss, full, theta);
                if (divergence != null) {
                    break;
                }
            }
            if (config.tolerance() > 0 && Math.abs(loss - curve[epoch - 1]) < config.tolerance()) {
                reason = StopReason.CONVERGED;
                break;
            }
        }
        if (divergence == null && epoch % config.observeEvery() != 0) {
            divergence = notifyTraining(observers, epoch, loss, full, theta);
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        if (divergence != null) {
            // the epoch before the one that diverged: its parameters are still in previous, its loss in the curve
            int finite = divergence.epoch() - 1;
            return new TrainingResult(full.network(previous), finite, curve[finite], StopReason.DIVERGED,
                    Arrays.copyOf(curve, finite + 1), seconds, Optional.of(divergence));
        }
        return new TrainingResult(full.network(theta), epoch, loss, reason, Arrays.copyOf(curve, epoch + 1), seconds);
    }

    /**
     * The residual norm beyond which training has diverged: {@code (‖y‖₂ + ‖e_0‖₂) / u}, {@code u = 2⁻⁵³}. Past it,
     * {@code ‖f‖ >= ‖e‖ − ‖y‖ > ‖e_0‖/u}, so the rounding of the network's values alone ({@code >= u|f_n|/2} each)
     * outweighs the data and the starting misfit together: nothing of the fit is left to resolve, and no sane run of
     * gradient descent gets there (the loss would have grown by a factor {@code u⁻²} ≈ 10³²). Caught here, not when
     * the loss overflows, such a run is reported as diverged while its last network can still be analysed.
     *
     * @param initialLoss {@code ℓ_0 = ½ ‖e_0‖²}
     */
    static double resolvableResidual(Dataset data, double initialLoss) {
        double squares = 0;
        for (int n = 0; n < data.size(); n++) {
            squares += data.y(n) * data.y(n);
        }
        return (Math.sqrt(squares) + Math.sqrt(2 * initialLoss)) * 0x1p53;
    }

    /**
     * Observers of epoch {@code epoch >= 1}: an observer that finds the network beyond double precision (its
     * breakpoints or slopes overflow) means the run diverged, and the network of the epoch before is kept.
     *
     * @return the divergence, or null when every observer took the network
     */
    private static Divergence notifyTraining(List<? extends TrainingObserver> observers, int epoch, double loss,
            Objective full, double[] theta) {
        try {
            notify(observers, epoch, loss, full, theta);
            return null;
        } catch (PrecisionExceeded e) {
            if (epoch == 0) {
                throw new PrecisionExceeded("the starting network: " + e.getMessage(), e);
            }
            return new Divergence(epoch, "the network is beyond double precision (" + e.getMessage() + ")");
        }
    }

    private static String magnitudes(double[] theta) {
        double largest = 0;
        for (double t : theta) {
            largest = Math.max(largest, Math.abs(t));
        }
        return String.format(Locale.ROOT, "|θ| up to %.3g", largest);
    }

    private static void notify(List<? extends TrainingObserver> observers, int epoch, double loss, Objective full,
            double[] theta) {
        if (observers.isEmpty()) {
            return;
        }
        UnivariateNetwork network = full.network(theta);
        for (TrainingObserver observer : observers) {
            observer.observe(epoch, loss, network);
        }
    }

    /**
     * Minibatch buffers: a permutation, and the objective's batch objectives over reusable arrays for full and
     * remainder batches; {@code rest} is null when there is no remainder or the objective does not accept it.
     */
    private static final class Batches {
        private final double[] x;
        private final double[] y;
        private final int[] order;
        private final int size;
        private final double[] batchX;
        private final double[] batchY;
        private final Objective batch;
        private final double[] restX;
        private final double[] restY;
        private final Objective rest;

        Batches(TrainingObjective objective) {
            Dataset data = objective.request().data();
            this.x = data.x();
            this.y = data.y();
            this.size = objective.request().batchSize();
            order = new int[x.length];
            for (int n = 0; n < order.length; n++) {
                order[n] = n;
            }
            batchX = new double[size];
            batchY = new double[size];
            batch = objective.batch(batchX, batchY);
            int remainder = x.length % size;
            int kept = remainder > 0 && objective.acceptsBatch(remainder) ? remainder : 0;
            restX = new double[kept];
            restY = new double[kept];
            rest = kept == 0 ? null : objective.batch(restX, restY);
        }

        void epoch(double[] theta, double[] gradient, Optimizer optimizer, RandomGenerator random) {
            for (int n = order.length - 1; n > 0; n--) {
                int m = random.nextInt(n + 1);
                int t = order[n];
                order[n] = order[m];
                order[m] = t;
            }
            for (int from = 0; from < order.length; from += size) {
                int count = Math.min(size, order.length - from);
                if (count < size && rest == null) {
                    break;
                }
                double[] bx = count == size ? batchX : restX;
                double[] by = count == size ? batchY : restY;
                for (int k = 0; k < count; k++) {
                    bx[k] = x[order[from + k]];
                    by[k] = y[order[from + k]];
                }
                (count == size ? batch : rest).lossAndGradient(theta, gradient);
                optimizer.step(theta, gradient);
            }
        }
    }
}
