package org.splinelens.dynamics.gradient;

/**
 * O(1) brackets for the rank of a breakpoint among sorted data, {@code rank(β) = #{n : x_n < β}}, from a uniform
 * grid of cells over {@code [x_0, x_{N−1}]}.
 *
 * <p>For β in cell c the bracket is {@code [#points in cells ≤ c − 2, #points in cells ≤ c + 1]}. Why it holds the
 * switch index of the dense predicate: the cell map {@code c(x) = floor(fl((x − x_0) · G/(x_{N−1} − x_0)))} is
 * monotone, so a point two or more cells below β's lies at least one cell width below β and one two or more cells
 * above lies at least a cell width above. The constructor requires a cell width above {@code 1e-12 · max|x|}; at that
 * distance the rounded predicate {@code fl(w x_n + b) > 0} of the dense path has the sign of {@code w (x_n − β)}, so
 * the points below the bracket are before the switch and those above after it, for either sign of w. When β's cell
 * and both neighbours hold no point (most cells, as there are {@value #CELLS_PER_POINT} per point) the bracket is a
 * single index; otherwise only the few points of those three cells remain to search. Cells −2 and G + 2 stand for
 * everything beyond the data.
 */
final class RankTable {
    private static final int CELLS_PER_POINT = 64;
    private static final int MAX_CELLS = 1 << 16;

    private final double origin;
    private final double cellsPerUnit;
    private final int cells;
    /** for cell c, the bracket's low end at 2(c + 2) and its high end at 2(c + 2) + 1 */
    private final int[] brackets;

    private RankTable(double origin, double cellsPerUnit, int cells) {
        this.origin = origin;
        this.cellsPerUnit = cellsPerUnit;
        this.cells = cells;
        this.brackets = new int[2 * (cells + 5)];
    }

    /** @return the table of the sorted {@code xs}, or {@code null} when their spread is too small for exact cells */
    static RankTable of(double[] xs) {
        int size = xs.length;
        if (size < 2 || !(xs[size - 1] > xs[0])) {
            return null;
        }
        int cells = (int) Math.min(MAX_CELLS, (long) CELLS_PER_POINT * size);
        double range = xs[size - 1] - xs[0];
        double largest = Math.max(Math.abs(xs[0]), Math.abs(xs[size - 1]));
        if (!(range / cells > 1e-12 * largest) || !Double.isFinite(cells / range)) {
            return null;
        }
        RankTable table = new RankTable(xs[0], cells / range, cells);
        // below[j]: the points whose cell has index c + 2 < j
        int[] below = new int[cells + 6];
        for (double x : xs) {
            below[table.index(x) + 1]++;
        }
        for (int j = 1; j < below.length; j++) {
            below[j] += below[j - 1];
        }
        for (int j = 0; j < cells + 5; j++) {
            table.brackets[2 * j] = below[Math.max(0, j - 1)];
            table.brackets[2 * j + 1] = below[Math.min(cells + 5, j + 2)];
        }
        return table;
    }

    /** @return where β's bracket sits, for {@link #low} and {@link #high} */
    int bracket(double beta) {
        return 2 * index(beta);
    }

    int low(int bracket) {
        return brackets[bracket];
    }

    int high(int bracket) {
        return brackets[bracket + 1];
    }

    /** @return {@code c(x) + 2}, with c clamped to [−2, G + 2]; saturating casts make ±∞ safe */
    private int index(double x) {
        int c = (int) Math.floor((x - origin) * cellsPerUnit);
        return Math.max(-2, Math.min(c, cells + 2)) + 2;
    }
}
