package org.splinelens.dynamics.gradient;

/**
 * O(1) ranks of breakpoints among sorted data: {@code rank(β) = #{n : x_n < β}}, answered from a uniform grid of
 * cells over {@code [x_0, x_{N−1}]} whenever no data point lies in β's cell or its two neighbours, and declined
 * ({@code −1}) otherwise.
 *
 * <p>Why an answer is exact: the cell map {@code c(x) = floor(fl((x − x_0) · G/(x_{N−1} − x_0)))} is monotone, so a
 * point in a cell below β's has {@code x_n < β} and one above has {@code x_n > β}. A clean cell keeps every data
 * point at least one cell width from β, which the constructor requires to exceed {@code 1e-12 · max|x|}; at that
 * distance the rounded predicate {@code fl(w x_n + b) > 0} of the dense path has the sign of
 * {@code w (x_n − β)}, so {@code rank(β)} is both the first active index of a unit with {@code w > 0} and the first
 * inactive index of one with {@code w < 0}. Cells −2 and G + 2 stand for everything beyond the data, with ranks 0
 * and N; their neighbours −1 and G + 1 hold the extreme points' margins and are never clean.
 */
final class RankTable {
    /** Cells per data point: about 3/CELLS_PER_POINT of uniform breakpoints fall back to binary search. */
    private static final int CELLS_PER_POINT = 64;
    private static final int MAX_CELLS = 1 << 16;

    private final double origin;
    private final double cellsPerUnit;
    private final int cells;
    /** rank of cell c at index c + 2, or −1 where the cell is not clean */
    private final int[] rankByCell;

    private RankTable(double origin, double cellsPerUnit, int cells, int[] rankByCell) {
        this.origin = origin;
        this.cellsPerUnit = cellsPerUnit;
        this.cells = cells;
        this.rankByCell = rankByCell;
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
        RankTable table = new RankTable(xs[0], cells / range, cells, new int[cells + 5]);
        int[] points = new int[cells + 5];
        for (double x : xs) {
            points[table.cell(x) + 2]++;
        }
        int below = 0;
        table.rankByCell[0] = 0;
        for (int c = 1; c < cells + 4; c++) {
            boolean clean = points[c - 1] == 0 && points[c] == 0 && points[c + 1] == 0;
            table.rankByCell[c] = clean ? below : -1;
            below += points[c];
        }
        table.rankByCell[cells + 4] = size;
        return table;
    }

    /** @return {@code #{n : x_n < β}} if β is provably clear of every data point, else −1 */
    int rank(double beta) {
        return rankByCell[cell(beta) + 2];
    }

    /** @return the cell of {@code x}, clamped to [−2, G + 2]; saturating casts make ±∞ safe */
    private int cell(double x) {
        int c = (int) Math.floor((x - origin) * cellsPerUnit);
        return Math.max(-2, Math.min(c, cells + 2));
    }
}
