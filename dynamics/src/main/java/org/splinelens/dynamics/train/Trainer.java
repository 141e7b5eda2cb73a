package org.splinelens.dynamics.train;

import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.network.ShallowBatchNorm;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;
import org.splinelens.dynamics.gradient.BatchNormShallowObjective;
import org.splinelens.dynamics.gradient.DenseDeepObjective;
import org.splinelens.dynamics.gradient.DenseShallowObjective;
import org.splinelens.dynamics.gradient.GradientMethod;
import org.splinelens.dynamics.gradient.Objective;
import org.splinelens.dynamics.optim.Optimizer;

/**
 * Trains a shallow or deep network on {@code ℓ = ½ Σ (f(x_n) − y_n)²}. Full batch ({@link Optimizer#batchSize()}
 * = 0): one step per epoch with the gradient of the chosen {@link GradientMethod}. Minibatch: each epoch draws a
 * permutation of the data from the run's generator (Fisher–Yates) and steps once per consecutive batch, on the dense
 * path. {@code ℓ_e}, the full-data loss after epoch e, drives the stopping rules of {@link TrainerConfig}.
 * With {@link Normalization#BATCH} the trained parameters are {@link org.splinelens.core.network.ShallowBatchNorm}'s
 * and minibatch steps see each batch's statistics; {@code ℓ_e} and observers use the inference-mode function with the
 * full data's statistics. A non-finite {@code ℓ_e} throws {@link TrainingDiverged} with the network after epoch {@code e − 1}.
 * Every work buffer is allocated once per run.
 */
public final class Trainer {
    private final TrainerConfig config;
    private final GradientMethod method;
    private final Normalization normalization;

    public Trainer(TrainerConfig config, GradientMethod method) {
        this(config, method, Normalization.NONE);
    }

    /** @param normalization {@link Normalization#BATCH} trains shallow nets only, on the dense path */
    public Trainer(TrainerConfig config, GradientMethod method, Normalization normalization) {
        this.config = Objects.requireNonNull(config, "config");
        this.method = Objects.requireNonNull(method, "method");
        this.normalization = Objects.requireNonNull(normalization, "normalization");
    }

    /**
     * @return the gradient path {@link #train} takes: {@link GradientMethod#DENSE} for minibatch steps and batch
     *         normalisation, otherwise the trainer's method resolved for {@code start}
     */
    public GradientMethod gradientPath(UnivariateNetwork start, Optimizer optimizer, Dataset data) {
        boolean minibatch = optimizer.batchSize() > 0 && optimizer.batchSize() < data.size();
        return minibatch || normalization == Normalization.BATCH ? GradientMethod.DENSE : method.resolve(start);
    }

    /**
     * @param random the generator of the minibatch order (unused for full batch)
     */
    public TrainingResult train(UnivariateNetwork start, Dataset data, Optimizer optimizer, RandomGenerator random,
            List<? extends TrainingObserver> observers) {
        long began = System.nanoTime();
        if (normalization == Normalization.BATCH && !(start instanceof ShallowNetwork)) {
            throw new InvalidInputException("batch normalisation is implemented for shallow networks only");
        }
        if (normalization == Normalization.BATCH && optimizer.batchSize() == 1) {
            throw new InvalidInputException("batch normalisation needs batches of at least 2 points, got batchSize 1");
        }
        if (normalization == Normalization.BATCH && method != GradientMethod.AUTO && method != GradientMethod.DENSE) {
            throw new InvalidInputException("batch normalisation trains on the dense gradient; gradient method "
                    + method.name().toLowerCase(java.util.Locale.ROOT) + " is not available with it");
        }
        Objective full = normalization == Normalization.BATCH
                ? new BatchNormShallowObjective(((ShallowNetwork) start).width(), data.x(), data.y())
                : method.objective(start, data);
        double[] theta = normalization == Normalization.BATCH ? ShallowBatchNorm.parameters((ShallowNetwork) start)
                : parameters(start);
        double[] previous = theta.clone();
        double[] gradient = new double[theta.length];
        double[] curve = new double[config.epochs() + 1];
        Batches batches = optimizer.batchSize() > 0 && optimizer.batchSize() < data.size()
                ? new Batches(start, data, optimizer.batchSize(), normalization) : null;

        double loss = batches == null ? full.lossAndGradient(theta, gradient) : full.loss(theta);
        if (!Double.isFinite(loss)) {
            throw new TrainingDiverged(0, start, loss);
        }
        curve[0] = loss;
        notify(observers, 0, loss, full, theta);
        int epoch = 0;
        StopReason reason = StopReason.EPOCHS;
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
                throw new TrainingDiverged(epoch, full.network(previous), curve[epoch - 1]);
            }
            curve[epoch] = loss;
            if (epoch % config.observeEvery() == 0) {
                notify(observers, epoch, loss, full, theta);
            }
            if (config.tolerance() > 0 && Math.abs(loss - curve[epoch - 1]) < config.tolerance()) {
                reason = StopReason.CONVERGED;
                break;
            }
        }
        if (epoch % config.observeEvery() != 0) {
            notify(observers, epoch, loss, full, theta);
        }
        double[] done = new double[epoch + 1];
        System.arraycopy(curve, 0, done, 0, done.length);
        return new TrainingResult(full.network(theta), epoch, loss, reason, done, (System.nanoTime() - began) / 1e9);
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

    private static double[] parameters(UnivariateNetwork network) {
        return network instanceof ShallowNetwork shallow ? shallow.parameters()
                : ((DeepNetwork) network).parameters();
    }

    /** Minibatch buffers: a permutation, and dense objectives over reusable arrays for full and remainder batches. */
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

        Batches(UnivariateNetwork shape, Dataset data, int size, Normalization normalization) {
            this.x = data.x();
            this.y = data.y();
            this.size = size;
            order = new int[x.length];
            for (int n = 0; n < order.length; n++) {
                order[n] = n;
            }
            batchX = new double[size];
            batchY = new double[size];
            batch = dense(shape, batchX, batchY, normalization);
            // a batch of one point has no variance to normalise by (PyTorch refuses it): drop it from that epoch
            int remainder = normalization == Normalization.BATCH && x.length % size == 1 ? 0 : x.length % size;
            restX = new double[remainder];
            restY = new double[remainder];
            rest = remainder == 0 ? null : dense(shape, restX, restY, normalization);
        }

        private static Objective dense(UnivariateNetwork shape, double[] x, double[] y, Normalization normalization) {
            if (normalization == Normalization.BATCH) {
                return new BatchNormShallowObjective(((ShallowNetwork) shape).width(), x, y);
            }
            return shape instanceof ShallowNetwork shallow ? new DenseShallowObjective(shallow.width(), x, y)
                    : new DenseDeepObjective(((DeepNetwork) shape).architecture(), x, y);
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
