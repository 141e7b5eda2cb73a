package org.splinelens.experiments.runner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A paper's claim judged from a run's numbers: it holds, fails, or is undetermined when the numbers cannot decide it.
 * The factories decide undetermined in one place, so no call site has to remember it: a verdict is undetermined when
 * a number that decides it is not finite, or when a side of a comparison ({@link Side}: trials summarised in a
 * {@link Summary.Stat}) has fewer than {@value #MIN_SURVIVORS} surviving trials or lost more than half its trials
 * (NaN values: a diverged run). A verdict that holds or fails has every side sufficient — the constructor refuses
 * anything else.
 *
 * @param claim    the claim, in the paper's words where possible
 * @param outcome  holds, fails or undetermined
 * @param evidence the numbers that decided it (or would have)
 * @param sides    the trials behind each side of the comparison, in the site's order; empty for a verdict on
 *                 scalars computed without trials
 * @param reason   why it is undetermined, empty when it is not
 */
public record Verdict(String claim, Outcome outcome, String evidence, List<Side> sides, String reason) {

    /** The fewest surviving trials a side needs: one trial has no spread to tell a difference from noise. */
    public static final int MIN_SURVIVORS = 2;

    /** What a verdict says of its claim. */
    public enum Outcome {
        HOLDS("holds", "holds"), FAILS("does not hold", "fails"), UNDETERMINED("undetermined", "undetermined");

        private final String label;
        private final String key;

        Outcome(String label, String key) {
            this.label = label;
            this.key = key;
        }

        /** @return the word summary.json and sweep.json write: "holds", "fails" or "undetermined" */
        public String key() {
            return key;
        }

        /** @return how a verdict line says it: "holds", "does not hold" or "undetermined" */
        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * One side of a comparison: one group of trials (e.g. the spiky starts on a target) and the statistics of it that
     * the comparison reads (its test loss; or its MAE against two references and its training loss).
     *
     * @param label what the side is ("spiky", "H/N = 4"); sides sharing a label are different groups of trials (the
     *              same init on several targets) and are summed in the line
     * @param stats its statistics, each knowing its trials and how many were lost to NaN; not empty
     */
    public record Side(String label, List<Summary.Stat> stats) {
        public Side {
            Objects.requireNonNull(label, "label");
            stats = List.copyOf(stats);
            if (stats.isEmpty()) {
                throw new IllegalArgumentException("side " + label + " has no statistic");
            }
        }

        /** @return the trials of the group: the most any of its statistics counts */
        public int trials() {
            return stats.stream().mapToInt(Summary.Stat::trials).max().orElseThrow();
        }

        /** @return the trials of the group that diverged: the most any of its statistics lost to NaN */
        public int diverged() {
            return stats.stream().mapToInt(Summary.Stat::lost).max().orElseThrow();
        }

        /** @return why this side cannot decide a verdict, or empty when it can */
        String insufficiency() {
            for (Summary.Stat stat : stats) {
                if (stat.count() < MIN_SURVIVORS) {
                    return String.format(Locale.ROOT, "%s: %d of %d trials survived, fewer than %d", label,
                            stat.count(), stat.trials(), MIN_SURVIVORS);
                }
                if (2 * stat.lost() > stat.trials()) {
                    return String.format(Locale.ROOT, "%s: %d of %d trials diverged, more than half", label,
                            stat.lost(), stat.trials());
                }
                if (!Double.isFinite(stat.mean()) || !Double.isFinite(stat.sd())) {
                    return label + ": mean or sd not finite";
                }
            }
            return "";
        }
    }

    public Verdict {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(reason, "reason");
        sides = List.copyOf(sides);
        if ((outcome == Outcome.UNDETERMINED) == reason.isEmpty()) {
            throw new IllegalArgumentException("a verdict has a reason exactly when it is undetermined: " + outcome
                    + " with reason '" + reason + "'");
        }
        if (outcome != Outcome.UNDETERMINED && !insufficiency(sides).isEmpty()) {
            throw new IllegalArgumentException("a verdict that " + outcome + " needs sufficient sides: "
                    + insufficiency(sides));
        }
    }

    /**
     * A verdict on scalars computed without trials: undetermined when any of {@code numbers} is not finite, otherwise
     * it holds or fails as {@code holds} says.
     *
     * @param numbers the numbers that decide it
     */
    public static Verdict of(String claim, boolean holds, String evidence, double... numbers) {
        return compared(claim, holds, evidence, List.of(), numbers);
    }

    /**
     * A verdict comparing groups of trials: undetermined when a side is insufficient ({@link Verdict}) or any of
     * {@code numbers} is not finite, otherwise it holds or fails as {@code holds} says.
     *
     * @param sides   every statistic the comparison read
     * @param numbers further numbers that decide it (a fitted slope, a ratio), beyond the sides' means
     */
    public static Verdict compared(String claim, boolean holds, String evidence, List<Side> sides,
            double... numbers) {
        String why = insufficiency(sides);
        for (double number : numbers) {
            if (why.isEmpty() && !Double.isFinite(number)) {
                why = "a deciding number is " + number;
            }
        }
        if (!why.isEmpty()) {
            return new Verdict(claim, Outcome.UNDETERMINED, evidence, sides, why);
        }
        return new Verdict(claim, holds ? Outcome.HOLDS : Outcome.FAILS, evidence, sides, "");
    }

    /** A verdict the site could not decide, e.g. too few points to fit a law; {@code reason} says why. */
    public static Verdict undetermined(String claim, String evidence, String reason) {
        return new Verdict(claim, Outcome.UNDETERMINED, evidence, List.of(), reason);
    }

    /**
     * @return a side of a comparison: one group of trials and the statistics of it the comparison reads (several
     *         metrics of the same trials are one side, so their trials count once)
     */
    public static Side side(String label, Summary.Stat stat, Summary.Stat... more) {
        List<Summary.Stat> stats = new ArrayList<>(List.of(stat));
        stats.addAll(List.of(more));
        return new Side(label, stats);
    }

    /** @return whether the claim holds (false when it fails or is undetermined) */
    public boolean holds() {
        return outcome == Outcome.HOLDS;
    }

    /** @return whether the numbers could not decide the claim */
    public boolean undetermined() {
        return outcome == Outcome.UNDETERMINED;
    }

    /**
     * The trials behind one label of a verdict, summed over the sides sharing it.
     *
     * @param label    the sides' label
     * @param diverged their trials lost to NaN
     * @param trials   their trials, {@code >= diverged}
     */
    public record Divergence(String label, int diverged, int trials) {
        public Divergence {
            Objects.requireNonNull(label, "label");
            if (diverged < 0 || trials < diverged) {
                throw new IllegalArgumentException("divergence needs 0 <= diverged <= trials, got " + diverged
                        + " of " + trials);
            }
        }
    }

    /** @return per label (in order of first appearance), the trials diverged and run */
    public List<Divergence> divergence() {
        Map<String, int[]> byLabel = new LinkedHashMap<>();
        for (Side side : sides) {
            int[] counts = byLabel.computeIfAbsent(side.label(), l -> new int[2]);
            counts[0] += side.diverged();
            counts[1] += side.trials();
        }
        List<Divergence> list = new ArrayList<>();
        byLabel.forEach((label, counts) -> list.add(new Divergence(label, counts[0], counts[1])));
        return list;
    }

    /**
     * @return "diverged: 1 of 5 (spiky), 0 of 5 (standard)" when any side lost a trial, otherwise empty
     */
    public String diverged() {
        List<Divergence> list = divergence();
        if (list.stream().allMatch(d -> d.diverged() == 0)) {
            return "";
        }
        StringBuilder line = new StringBuilder("diverged: ");
        for (int i = 0; i < list.size(); i++) {
            Divergence d = list.get(i);
            line.append(i == 0 ? "" : ", ").append(d.diverged()).append(" of ").append(d.trials()).append(" (")
                    .append(d.label()).append(')');
        }
        return line.toString();
    }

    /** @return the outcome as a line says it: "holds", "does not hold", or "undetermined (the reason)" */
    public String verdict() {
        return undetermined() ? outcome + " (" + reason + ")" : outcome.toString();
    }

    /** @return the evidence, then the trials diverged when any did */
    public String fullEvidence() {
        String diverged = diverged();
        return diverged.isEmpty() ? evidence : evidence + "; " + diverged;
    }

    @Override
    public String toString() {
        return claim + ": " + verdict() + ", " + fullEvidence();
    }

    private static String insufficiency(List<Side> sides) {
        List<String> why = new ArrayList<>();
        for (Side side : sides) {
            String reason = side.insufficiency();
            if (!reason.isEmpty()) {
                why.add(reason);
            }
        }
        // the first reason and how many more: a verdict over many targets keeps a readable line
        return why.isEmpty() ? "" : why.size() == 1 ? why.get(0)
                : why.get(0) + "; and " + (why.size() - 1) + " more side" + (why.size() > 2 ? "s" : "");
    }
}
