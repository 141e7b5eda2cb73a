package org.splinelens.experiments.spikyinit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.targets.TargetFunction;
import org.splinelens.core.targets.Targets;
import org.splinelens.experiments.runner.Row;
import org.splinelens.experiments.runner.Summary;

/**
 * The causes given beside Table 3's differing cells: the premises they rest on (the spiky start ignores the target,
 * Minkowski's bound, the chance of a difference under equal means) against brute force and closed forms, and that each
 * reason is shown only when its premise holds, on constructed summaries.
 */
class Table3CausesTest {
    private static final SpikyInitConfig CONFIG = new SpikyInitConfig(List.of("sin", "arctan", "sawtooth", "cubic",
            "quadratic", "exp-half"), 20, 21, List.of(), 1e-4, 5, 1000, 0, 2, "grid", 20, "half-sum", false, 0.04);

    /** Same seed and inputs, two targets' data: the spiky start is the same net, knots on a grid or at the data. */
    @Test
    void theSpikyStartDependsOnTheSeedAloneNotOnTheTarget() {
        for (String knots : List.of("grid", "data")) {
            for (int seed = 0; seed < 5; seed++) {
                double[] x = new SplittableRandom(100 + seed).doubles(20, -2, 2).sorted().toArray();
                ShallowNetwork forSin = start(knots, x, seed);
                ShallowNetwork forArctan = start(knots, x, seed);
                assertThat(forSin.parameters()).containsExactly(forArctan.parameters());
            }
        }
        // the trial draws a start after each target's inputs and standard start; the start's law has no target in it
        assertThat(start("grid", new double[20], 1).parameters()).isNotEqualTo(start("grid", new double[20], 2)
                .parameters());
    }

    private static ShallowNetwork start(String knots, double[] x, int seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return SpikyStarts.realise(SpikyStarts.cpwl(SpikyStarts.knots(knots, 20, x, random), random), 21, false);
    }

    /**
     * Minkowski's bound on constructed trials: for random coupled fits f_t, f_n of two targets on a grid, the mean gap
     * E Σ (f_n − f_t)² is at least the bound from the exact means (printed with sd 0); and no bound when the
     * neighbour's cell is the smaller.
     */
    @Test
    void theCoupledGapIsAtLeastMinkowskisBoundOnEveryConstructedCase() {
        SplittableRandom random = new SplittableRandom(11);
        int checked = 0;
        for (int c = 0; c < 300; c++) {
            int trials = 5;
            int grid = 30;
            double[] t = random.doubles(grid, -1, 1).toArray();
            double[] n = new double[grid];
            double spread = random.nextDouble() * 3;
            for (int g = 0; g < grid; g++) {
                n[g] = t[g] + 0.1 * random.nextGaussian();
            }
            double pt = 0;
            double pn = 0;
            double gap = 0;
            for (int k = 0; k < trials; k++) {
                for (int g = 0; g < grid; g++) {
                    double ft = t[g] + 0.05 * random.nextGaussian();
                    double fn = ft + spread * random.nextGaussian();
                    pt += (ft - t[g]) * (ft - t[g]) / trials;
                    pn += (fn - n[g]) * (fn - n[g]) / trials;
                    gap += (fn - ft) * (fn - ft) / trials;
                }
            }
            double distance = 0;
            for (int g = 0; g < grid; g++) {
                distance += (t[g] - n[g]) * (t[g] - n[g]);
            }
            double needed = Table3Checks.gapNeeded(exact(pt), exact(pn), distance, trials);
            if (!Double.isNaN(needed)) {
                assertThat(gap).isGreaterThanOrEqualTo(needed * (1 - 1e-9));
                checked++;
            }
            assertThat(Table3Checks.gapNeeded(exact(pn), exact(pt), distance, trials)).isNaN();
        }
        assertThat(checked).isGreaterThan(100);
    }

    private static String exact(double v) {
        return String.format(Locale.ROOT, "%.12f ± 0", v);
    }

    /**
     * With five trials a side and equal spreads Welch's statistic is Student's t with 8 degrees of freedom, so the
     * simulated chance of |t| >= 2 is P(|t₈| >= 2) = 1 − sin θ (1 + c²/2 + 3c⁴/8 + 5c⁶/16), θ = atan(2/√8), c = cos θ
     * (the closed form for an even number of degrees of freedom), 0.0805.
     */
    @Test
    void theChanceOfADifferenceMatchesStudentsTWithEightDegreesOfFreedom() {
        double theta = Math.atan(2 / Math.sqrt(8));
        double c2 = Math.cos(theta) * Math.cos(theta);
        double closed = 1 - Math.sin(theta) * (1 + c2 / 2 + 3 * c2 * c2 / 8 + 5 * c2 * c2 * c2 / 16);
        assertThat(closed).isCloseTo(0.0805, Offset.offset(0.0005));
        double sd = 3;
        double mean = 2 * Math.sqrt(2 * sd * sd / 5);
        double p = Table3Checks.chance("0 ± 3", 5, new Summary.Stat(5, mean, sd), 1);
        assertThat(p).isCloseTo(closed, Offset.offset(0.008));
        assertThat(Table3Checks.chance("0 ± 3", 5, new Summary.Stat(5, 10 * mean, sd), 1)).isLessThan(1e-3);
    }

    @Test
    void arctansNearestTargetIsTheSine() {
        Map<String, TargetFunction> all = new java.util.HashMap<>();
        Targets.all().forEach(t -> all.put(t.name(), t));
        assertThat(Coupling.nearest("arctan", CONFIG.targets(), name -> all.get(name)::value)).isEqualTo("sin");
        assertThat(Coupling.nearest("sin", List.of("sin"), name -> all.get(name)::value)).isNull();
        DoubleUnaryOperator zero = x -> 0;
        assertThat(Coupling.distance(zero, x -> 1)).isEqualTo(SpikyInitExperiment.TEST_GRID.length);
    }

    /** The coupling reason shows only while the paper's pair needs a wider gap than ours (beyond 2 SE). */
    @Test
    void theCouplingReasonNeedsOurGapBelowThePapersBound() {
        String paper = Table3.PAPER.get("arctan").get(1);
        assertThat(Table3.reason(CONFIG, "arctan", "shallow", "spiky", paper, 1, coupled(3, 4)))
                .contains("Minkowski").contains("measured: ours differ by");
        assertThat(Table3.reason(CONFIG, "arctan", "shallow", "spiky", paper, 1, coupled(500, 520)))
                .doesNotContain("Minkowski");
        // the coupled gap is the preset's start's: a reading's spiky cell beside it does not borrow it
        Map<String, String> reading = SpikyInitExperiment.factors("arctan", "shallow", "spiky").and("reading",
                "balanced-units").build();
        assertThat(Table3.reason(CONFIG, "arctan", "shallow", "spiky", paper, 1, coupled(3, 4), reading, 24, false))
                .doesNotContain("Minkowski");
    }

    private static Summary coupled(double gap1, double gap2) {
        List<Row> rows = new ArrayList<>();
        for (double gap : new double[] {gap1, gap2}) {
            rows.add(new Row(Coupling.cell("arctan", "sin"), Map.of("gap", gap)));
            rows.add(new Row(SpikyInitExperiment.cell("arctan", "shallow", "spiky"), Map.of("testLoss", 200 + gap,
                    "trainLoss", 0.1, "testLossHalf", 200 + gap)));
        }
        return Summary.of(rows);
    }

    /** The "still falling" reason needs our end above the paper's and a fall from half the epochs beyond 2 SE. */
    @Test
    void theStillFallingReasonNeedsAFallBeyondTwoStandardErrors() {
        String paper = Table3.PAPER.get("cubic").get(0);
        assertThat(Table3.reason(CONFIG, "cubic", "shallow", "standard", paper, 0, falling(10, 6)))
                .contains("still falling");
        assertThat(Table3.reason(CONFIG, "cubic", "shallow", "standard", paper, 0, falling(6.1, 6)))
                .doesNotContain("still falling");
        assertThat(Table3.reason(CONFIG, "cubic", "shallow", "standard", paper, 0, falling(3, 1)))
                .doesNotContain("still falling");
    }

    private static Summary falling(double half, double end) {
        List<Row> rows = new ArrayList<>();
        for (double shift : new double[] {0, 0.2}) {
            rows.add(new Row(SpikyInitExperiment.cell("cubic", "shallow", "standard"), Map.of("testLoss", end + shift,
                    "trainLoss", 0.2, "testLossHalf", half + shift)));
        }
        return Summary.of(rows);
    }

    /**
     * The line reason shows for the sine's printed cell (above the line's 10.51 by more than 2 SE) and not for a
     * cell below the line; the chance reason shows for a narrow difference and not for a wide one.
     */
    @Test
    void theLineAndChanceReasonsShowOnlyWhenTheirPremisesHold() {
        Summary ours = falling(2.7, 2.7);
        Map<String, String> sin = SpikyInitExperiment.cell("sin", "shallow", "standard");
        Summary sine = Summary.of(List.of(new Row(sin, Map.of("testLoss", 2.5, "trainLoss", 0.05)),
                new Row(sin, Map.of("testLoss", 2.9, "trainLoss", 0.05))));
        assertThat(Table3.reason(CONFIG, "sin", "shallow", "standard", "42.95 ± 6.406", 0, sine))
                .contains("proven: the least-squares line through sin has test loss 10.51");
        assertThat(Table3.reason(CONFIG, "sin", "shallow", "standard", "9 ± 1", 0, sine))
                .doesNotContain("least-squares");
        assertThat(Table3.reason(CONFIG, "cubic", "shallow", "standard", "2.45 ± 0.3", 0, ours))
                .contains("differ this much");
        assertThat(Table3.reason(CONFIG, "cubic", "shallow", "standard", "0.5 ± 0.1", 0, ours))
                .doesNotContain("differ this much");
    }

    /** The pre-training reason shows for a deep spiky cell below the paper's whose start left much of the CPWL. */
    @Test
    void thePretrainingReasonNeedsOursBelowThePapersAndALooseStart() {
        String paper = Table3.PAPER.get("arctan").get(3);
        assertThat(Table3.reason(CONFIG, "arctan", "deep", "spiky", paper, 1, deep(20, 0.6)))
                .contains("leaves 0.6");
        assertThat(Table3.reason(CONFIG, "arctan", "deep", "spiky", paper, 1, deep(20, 0.05)))
                .doesNotContain("pre-trained");
        assertThat(Table3.reason(CONFIG, "arctan", "deep", "spiky", paper, 1, deep(60, 0.6)))
                .doesNotContain("pre-trained");
    }

    private static Summary deep(double test, double left) {
        List<Row> rows = new ArrayList<>();
        for (double shift : new double[] {0, 0.02}) {
            rows.add(new Row(SpikyInitExperiment.cell("arctan", "deep", "spiky"), Map.of("testLoss", test + shift,
                    "trainLoss", 0.1, "pretrainFvu", left + shift)));
        }
        return Summary.of(rows);
    }
}
