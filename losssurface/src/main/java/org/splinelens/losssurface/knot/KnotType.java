package org.splinelens.losssurface.knot;

/**
 * How a data knot {@code x_n} acts on breakpoint {@code β_i} (Thm 3, Fig 1), from the minimisers {@code m_1, m_2} of
 * the loss pieces left and right of the knot.
 */
public enum KnotType {
    /** Type I: {@code m_1, m_2} on the same side of {@code x_n}; β_i passes through toward them. */
    PASS_THROUGH,
    /** Type II: {@code m_1 < x_n < m_2}; each piece falls away from the knot, which repels β_i. */
    REPELLER,
    /** Type III: {@code m_2 < x_n < m_1}; each piece falls toward the knot, which attracts β_i. */
    ATTRACTOR,
    /**
     * A minimiser is undefined or on the knot: a piece on which the unit is active on no data is flat (then the
     * loss does not depend on β_i there), a measure-zero case Thm 3 sets aside.
     */
    UNDETERMINED;

    /** @return the type of knot {@code x} for left and right minimisers {@code m1}, {@code m2} (NaN: undefined) */
    public static KnotType of(double m1, double m2, double x) {
        if (Double.isNaN(m1) || Double.isNaN(m2) || m1 == x || m2 == x) {
            return UNDETERMINED;
        }
        if ((m1 < x) == (m2 < x)) {
            return PASS_THROUGH;
        }
        return m1 < x ? REPELLER : ATTRACTOR;
    }
}
