package org.splinelens.experiments.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.splinelens.experiments.runner.Series;

/**
 * A series as drawn: only the points an axis can show, with notes saying what was left out and which points stand
 * for fewer trials than their cell ran (the rest diverged or gave no value).
 *
 * @param name        legend entry
 * @param x           abscissae drawn
 * @param y           ordinates drawn
 * @param error       error bars, or null
 * @param markersOnly scatter
 * @param notes       what the figure must say about this series
 * @param faint       drawn light grey and thin
 */
record Drawn(String name, double[] x, double[] y, double[] error, boolean markersOnly, List<String> notes,
        boolean faint) {
    /** Points named in a note before "…". */
    private static final int LISTED = 4;

    Drawn {
        notes = List.copyOf(notes);
    }

    /** @return the finite points of {@code s}, noting the points without a value and the trials left out */
    static Drawn finite(Series s) {
        List<String> notes = new ArrayList<>();
        boolean[] keep = new boolean[s.x().length];
        List<String> empty = new ArrayList<>();
        List<String> partial = new ArrayList<>();
        for (int i = 0; i < keep.length; i++) {
            keep[i] = Double.isFinite(s.x()[i]) && Double.isFinite(s.y()[i]);
            String at = FigureStyle.brief(s.x()[i]);
            if (!keep[i]) {
                empty.add(s.trials() == null ? at : at + " (" + s.trials()[i] + " trials)");
            } else if (s.missing() != null && s.missing()[i] > 0) {
                partial.add(s.missing()[i] + " of " + s.trials()[i] + " at " + at);
            }
        }
        if (!empty.isEmpty()) {
            notes.add(String.format("%s: no value at %d of %d points, x = %s (every trial diverged or gave none)",
                    s.name(), empty.size(), keep.length, listed(empty)));
        }
        if (!partial.isEmpty()) {
            notes.add(String.format("%s: trials without a value (diverged or undefined), left out of the mean: %s",
                    s.name(), listed(partial)));
        }
        double[] error = s.error();
        return new Drawn(s.name(), pick(s.x(), keep), pick(s.y(), keep), error == null ? null : pick(error, keep),
                s.markersOnly(), notes, s.faint());
    }

    /** @return this series without the points a logarithmic axis cannot show, and without error bars on a log y */
    Drawn positive(boolean logX, boolean logY) {
        boolean[] keep = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
            keep[i] = (!logX || x[i] > 0) && (!logY || y[i] > 0);
        }
        double[] bars = logY || error == null ? null : pick(error, keep);
        return new Drawn(name, pick(x, keep), pick(y, keep), bars, markersOnly, notes, faint); // the figure notes the drop
    }

    /** @return the values that set the y range: the points and the ends of their error bars */
    double[] extents() {
        if (error == null) {
            return y.clone();
        }
        return IntStream.range(0, y.length).boxed().flatMapToDouble(i -> Arrays.stream(new double[] {y[i],
                y[i] - error[i], y[i] + error[i]})).filter(Double::isFinite).toArray();
    }

    private static String listed(List<String> items) {
        String shown = items.stream().limit(LISTED).collect(Collectors.joining(", "));
        return items.size() > LISTED ? shown + ", … (" + items.size() + " in all)" : shown;
    }

    private static double[] pick(double[] values, boolean[] keep) {
        return IntStream.range(0, values.length).filter(i -> keep[i]).mapToDouble(i -> values[i]).toArray();
    }
}
