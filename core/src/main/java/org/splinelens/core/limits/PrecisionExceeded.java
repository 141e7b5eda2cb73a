package org.splinelens.core.limits;

/**
 * A computation on finite input left the range of double precision (a value overflowed, or rounding swamped the
 * result): the input is too extreme for it, not malformed. It is an {@link IllegalArgumentException}, so the command
 * line refuses it in one line (exit 2) like other bad input; a trainer that meets it on a network it produced itself
 * reports divergence instead. The message names the quantity that overflowed and, where known, the input's scale.
 */
public class PrecisionExceeded extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public PrecisionExceeded(String message) {
        super(message);
    }

    public PrecisionExceeded(String message, Throwable cause) {
        super(message, cause);
    }
}
