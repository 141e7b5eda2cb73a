package org.splinelens.experiments.gdvsdp;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.splinelens.experiments.runner.CellBuilder;

/**
 * One point of a gradient method's tuning grid: the method, its learning rate and, for minibatch SGD, its batch size.
 * GD's and SGD's steps are {@code lr / H} (see {@link GdVsDpConfig}); Adam takes {@code lr} as is.
 *
 * @param method    {@link #GD}, {@link #ADAM} or {@link #SGD_BN}
 * @param lr        the learning rate (per unit for GD and SGD)
 * @param batchSize points per minibatch, or {@link #FULL_BATCH}
 */
public record Setting(String method, double lr, int batchSize) {
    /** Full-batch gradient descent. */
    public static final String GD = "gd";
    /** Full-batch Adam. */
    public static final String ADAM = "adam";
    /** Minibatch SGD with batch normalisation of the pre-activations. */
    public static final String SGD_BN = "sgd-bn";
    /** The gradient methods, in the order the trials run and the report lists them. */
    public static final List<String> METHODS = List.of(GD, ADAM, SGD_BN);
    /** The batch size of a full-batch method. */
    public static final int FULL_BATCH = 0;

    public Setting {
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("method: one of " + METHODS + " required, got " + method);
        }
        if (!(lr > 0) || !Double.isFinite(lr)) {
            throw new IllegalArgumentException("lr: a finite value > 0 required, got " + lr);
        }
        if (method.equals(SGD_BN) ? batchSize < 1 : batchSize != FULL_BATCH) {
            throw new IllegalArgumentException(method + ": batch size " + batchSize
                    + (method.equals(SGD_BN) ? " must be >= 1" : " must be the full batch"));
        }
    }

    /** @return the summary cell of this setting's networks with {@code pieces} available pieces (H + 1) */
    public Map<String, String> cell(int pieces) {
        return CellBuilder.of("method", method).and("lr", lr)
                .and("batch", batchSize == FULL_BATCH ? "full" : Integer.toString(batchSize))
                .and("pieces", pieces).build();
    }

    /** @return e.g. {@code lr 0.01} or {@code lr 0.2, batch 32} */
    public String label() {
        String rate = String.format(Locale.ROOT, "lr %s", lr);
        return batchSize == FULL_BATCH ? rate : rate + ", batch " + batchSize;
    }

    /** @return the method's name as the report prints it */
    public static String title(String method) {
        return switch (method) {
            case GD -> "GD";
            case ADAM -> "Adam";
            default -> "SGD + batch norm";
        };
    }
}
