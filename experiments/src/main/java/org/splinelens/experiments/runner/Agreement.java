package org.splinelens.experiments.runner;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of our table cells judged against the paper's printed "mean ± sd": the two means <em>agree</em> when their
 * difference is within two standard errors of the difference, {@code |m − m_p| ≤ 2 √(s²/n + s_p²/n_p)}, with
 * {@code n_p} the paper's trials (5 in every table of both papers). A cell that differs carries the reason we found,
 * when we found one (the experiment tests it); a cell without a number on either side is not compared.
 *
 * @param outcome agrees, differs, or not compared
 * @param detail  for a comparison, the difference and its margin; for a cell that differs, then the reason; for one
 *                not compared, why
 */
public record Agreement(Outcome outcome, String detail) {

    /** The result of comparing one cell. */
    public enum Outcome {
        AGREES("agrees"), DIFFERS("differs"), NOT_COMPARED("not compared");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The paper's trials per cell where it does not say otherwise (every table of both papers: 5). */
    public static final int PAPER_TRIALS = 5;

    private static final Pattern MEAN_SD = Pattern.compile(
            "\\s*([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*±\\s*([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)"
                    + "\\s*±?\\s*");

    public Agreement {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(detail, "detail");
    }

    /** A cell with nothing to compare on one side. */
    public static Agreement notCompared(String why) {
        return new Agreement(Outcome.NOT_COMPARED, why);
    }

    /**
     * @param paper       the paper's cell as printed ("42.95 ± 6.406", ".6509 ± .5928"); anything else is not compared
     * @param paperTrials the trials behind the paper's cell
     * @param ours        our statistic
     * @param reason      why the cell differs, when we know and test it (shown only if it differs), or empty
     * @return the comparison
     */
    public static Agreement of(String paper, int paperTrials, Summary.Stat ours, String reason) {
        Objects.requireNonNull(reason, "reason");
        Matcher m = MEAN_SD.matcher(paper);
        if (!m.matches()) {
            return notCompared("the paper's cell is not a mean ± sd");
        }
        if (ours.count() < 2 || !Double.isFinite(ours.mean()) || !Double.isFinite(ours.sd())) {
            return notCompared("fewer than 2 finite trials of ours");
        }
        double paperMean = Double.parseDouble(m.group(1));
        double paperSd = Double.parseDouble(m.group(2));
        double difference = ours.mean() - paperMean;
        double margin = 2 * Math.sqrt(ours.sd() * ours.sd() / ours.count() + paperSd * paperSd / paperTrials);
        String numbers = String.format(Locale.ROOT, "difference %.3g, 2 SE %.3g", difference, margin);
        if (Math.abs(difference) <= margin) {
            return new Agreement(Outcome.AGREES, numbers);
        }
        return new Agreement(Outcome.DIFFERS, reason.isEmpty() ? numbers : numbers + "; " + reason);
    }

    /** @return the mean of a cell printed as "mean ± sd", NaN when the cell is not one */
    public static double printedMean(String cell) {
        double[] printed = printed(cell);
        return printed == null ? Double.NaN : printed[0];
    }

    /** @return a cell printed as "mean ± sd" as {mean, sd}, or null when the cell is not one */
    public static double[] printed(String cell) {
        Matcher m = MEAN_SD.matcher(cell);
        return m.matches() ? new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))} : null;
    }

    /** @return whether the cell agrees */
    public boolean agrees() {
        return outcome == Outcome.AGREES;
    }
}
