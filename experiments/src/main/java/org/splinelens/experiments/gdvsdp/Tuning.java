package org.splinelens.experiments.gdvsdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.splinelens.experiments.runner.Summary;

/**
 * The tuning of one gradient method: every setting of its grid graded by its final training MSE at the widest net
 * (the width the ordering claim is judged at), mean over the trials, and the best setting: the least mean among the
 * settings that did not diverge there. A setting diverged when a run of it at the widest net, in any trial, ended
 * without a finite loss (the summary then counts fewer values than trials); a diverged setting is never chosen, so a
 * method whose every setting diverged has no best. Ties go to the earlier setting of the grid. Divergence at narrower
 * widths, where GD's and SGD's step {@code lr / H} is larger, is reported but does not disqualify.
 *
 * @param method the gradient method
 * @param grid   its settings in grid order, graded
 * @param best   the chosen setting, empty when every setting diverged
 */
public record Tuning(String method, List<Graded> grid, Optional<Setting> best) {

    public Tuning {
        grid = List.copyOf(grid);
    }

    /**
     * @param setting  the setting
     * @param mse      its final training MSE at the widest net over the trials that finished (mean, sd, count)
     * @param diverged whether a run of it at the widest net diverged in some trial
     * @param narrower the narrower widths at which a run of it diverged in some trial
     */
    public record Graded(Setting setting, Summary.Stat mse, boolean diverged, List<Integer> narrower) {
        public Graded {
            narrower = List.copyOf(narrower);
        }
    }

    /** @return the tuning of {@code method} over the settings {@code config} gives it, graded from {@code summary} */
    public static Tuning of(GdVsDpConfig config, String method, Summary summary) {
        int widestWidth = config.widths().get(config.widths().size() - 1);
        int widest = widestWidth + 1;
        List<Graded> grid = new ArrayList<>();
        for (Setting setting : config.settings(method)) {
            List<Integer> narrower = new ArrayList<>();
            for (int width : config.widths().subList(0, config.widths().size() - 1)) {
                if (diverged(summary.stat(setting.cell(width + 1), "mse"), config.trials())) {
                    narrower.add(width);
                }
            }
            Summary.Stat mse = summary.stat(setting.cell(widest), "mse");
            boolean diverged = diverged(mse, config.trials());
            grid.add(new Graded(setting, mse, diverged, narrower));
        }
        return new Tuning(method, grid, bestAt(config, method, summary, widestWidth));
    }

    /**
     * The same choice at another width, for the curves of MSE against pieces: each method at its best setting at each
     * width (at the widest, {@link #best()}).
     *
     * @return the setting of least mean final MSE at width {@code width} among those that did not diverge there,
     *         empty when every one did
     */
    public static Optional<Setting> bestAt(GdVsDpConfig config, String method, Summary summary, int width) {
        Setting best = null;
        double least = Double.POSITIVE_INFINITY;
        for (Setting setting : config.settings(method)) {
            Summary.Stat mse = summary.stat(setting.cell(width + 1), "mse");
            if (!diverged(mse, config.trials()) && mse.mean() < least) {
                least = mse.mean();
                best = setting;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean diverged(Summary.Stat mse, int trials) {
        return mse.count() < trials || !Double.isFinite(mse.mean());
    }

    /** @return the tuning of every gradient method, in {@link Setting#METHODS} order */
    public static List<Tuning> all(GdVsDpConfig config, Summary summary) {
        return Setting.METHODS.stream().map(method -> of(config, method, summary)).toList();
    }

    /** @return the best setting's mean final MSE at the widest net, NaN when every setting diverged */
    public double bestMse() {
        return best.map(setting -> grid.stream().filter(g -> g.setting().equals(setting)).findFirst().orElseThrow()
                .mse().mean()).orElse(Double.NaN);
    }

    /**
     * @return where the best learning rate lies in the method's learning-rate grid: "", "the smallest" or "the largest"
     *         (a best on the grid's edge says a wider grid might find a better one)
     */
    public String lrEdge() {
        if (best.isEmpty()) {
            return "";
        }
        double low = grid.stream().mapToDouble(g -> g.setting().lr()).min().orElseThrow();
        double high = grid.stream().mapToDouble(g -> g.setting().lr()).max().orElseThrow();
        double lr = best.get().lr();
        return low == high ? "" : lr == low ? "the smallest" : lr == high ? "the largest" : "";
    }
}
