package org.splinelens.experiments.sweep;

/** A cell that failed on every attempt: the sweep ends with this one line, naming the point and the trial. */
public final class CellFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CellFailed(SweepPoint point, int trial, int attempts, Throwable cause) {
        super("sweep point " + point.index() + " " + point.label() + ", trial " + trial + " failed " + attempts
                + (attempts == 1 ? " time: " : " times: ") + String.valueOf(cause.getMessage()).lines().findFirst()
                .orElse(cause.getClass().getSimpleName()), cause);
    }
}
