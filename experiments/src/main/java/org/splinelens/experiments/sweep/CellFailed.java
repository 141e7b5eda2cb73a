package org.splinelens.experiments.sweep;

/** A cell that failed on every attempt: the sweep ends with this one line, naming the point and the trial. */
public final class CellFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message one line, from {@link CellTask#failure} */
    public CellFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
