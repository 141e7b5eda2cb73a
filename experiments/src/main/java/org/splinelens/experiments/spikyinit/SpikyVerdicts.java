package org.splinelens.experiments.spikyinit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.splinelens.experiments.runner.Summary;
import org.splinelens.experiments.runner.Verdict;

/**
 * Table 3's claims in words (FC Sec 3 'Generalization', App. 3.1.3), judged per depth over the targets. A difference
 * counts only beyond two standard errors of the trial means; a claim about the targets holds on a majority of them
 * unless it says "every".
 */
final class SpikyVerdicts {
    /** "Near perfectly": at most this fraction of the training targets' variance unexplained, Σ e² / Σ (y − ȳ)². */
    static final double NEAR_PERFECT_FVU = 0.05;
    /** "Near constant": the roughness never moves more than this fraction of its start during training. */
    static final double NEAR_CONSTANT_DRIFT = 0.1;

    private SpikyVerdicts() {
    }

    static List<Verdict> verdicts(SpikyInitConfig config, Summary summary) {
        List<Verdict> verdicts = new ArrayList<>();
        for (String depth : SpikyInitExperiment.depths(config)) {
            verdicts.add(worse(depth + " nets: a spiky start generalizes worse than a standard one", config, summary,
                    t -> SpikyInitExperiment.cell(t, depth, "standard"), t -> SpikyInitExperiment.cell(t, depth,
                    "spiky")));
            verdicts.add(nearPerfect(depth, config, summary));
            verdicts.add(similarTraining(depth, config, summary));
        }
        verdicts.addAll(roughness(config, summary));
        if (config.readings()) {
            for (Reading reading : Reading.ALL) {
                if (reading.appliesTo(config)) {
                    verdicts.add(worse("reading " + reading.name() + " (" + reading.about() + "), shallow: a spiky"
                            + " start generalizes worse", config, summary, reading::standardCell,
                            t -> reading.cell(t, "spiky")));
                }
            }
        }
        return verdicts;
    }

    /** Spiky test loss above standard's by more than 2 SE on a majority of targets. */
    static Verdict worse(String claim, SpikyInitConfig config, Summary summary,
            Function<String, Map<String, String>> standard, Function<String, Map<String, String>> spiky) {
        int worse = 0;
        StringBuilder evidence = new StringBuilder();
        List<Verdict.Side> sides = new ArrayList<>();
        for (String target : config.targets()) {
            Summary.Stat a = summary.stat(standard.apply(target), "testLoss");
            Summary.Stat b = summary.stat(spiky.apply(target), "testLoss");
            boolean beyond = b.mean() - a.mean() > a.twoStandardErrors(b);
            worse += beyond ? 1 : 0;
            sides.add(Verdict.side("spiky", b));
            sides.add(Verdict.side("standard", a));
            evidence.append(String.format(Locale.ROOT, "; %s: spiky %s vs standard %s%s", target, b, a,
                    beyond ? "" : " (within 2 SE or lower)"));
        }
        return Verdict.compared(claim, 2 * worse > config.targets().size(), String.format(Locale.ROOT,
                "test loss Σ e² higher beyond 2 SE on %d of %d targets%s", worse, config.targets().size(), evidence),
                sides);
    }

    /** "Both networks fit the training data near perfectly": both starts' mean FVU within the threshold, every target. */
    static Verdict nearPerfect(String depth, SpikyInitConfig config, Summary summary) {
        int fit = 0;
        StringBuilder evidence = new StringBuilder();
        List<Verdict.Side> sides = new ArrayList<>();
        for (String target : config.targets()) {
            Summary.Stat a = summary.stat(SpikyInitExperiment.cell(target, depth, "standard"), "trainFvu");
            Summary.Stat b = summary.stat(SpikyInitExperiment.cell(target, depth, "spiky"), "trainFvu");
            fit += a.mean() <= NEAR_PERFECT_FVU && b.mean() <= NEAR_PERFECT_FVU ? 1 : 0;
            sides.add(Verdict.side("standard", a));
            sides.add(Verdict.side("spiky", b));
            evidence.append(String.format(Locale.ROOT, "; %s: standard %s, spiky %s", target, a, b));
        }
        return Verdict.compared(depth + " nets: both starts fit the training data near perfectly",
                fit == config.targets().size(), String.format(Locale.ROOT, "unexplained fraction of the training"
                + " targets' variance Σ e²/Σ(y − ȳ)² at most %.2g for both starts on %d of %d targets%s",
                NEAR_PERFECT_FVU, fit, config.targets().size(), evidence), sides);
    }

    /** "Similar final training loss values": standard and spiky training Σ e² within 2 SE on a majority of targets. */
    static Verdict similarTraining(String depth, SpikyInitConfig config, Summary summary) {
        int similar = 0;
        StringBuilder evidence = new StringBuilder();
        List<Verdict.Side> sides = new ArrayList<>();
        for (String target : config.targets()) {
            Summary.Stat a = summary.stat(SpikyInitExperiment.cell(target, depth, "standard"), "trainLoss");
            Summary.Stat b = summary.stat(SpikyInitExperiment.cell(target, depth, "spiky"), "trainLoss");
            boolean within = Math.abs(b.mean() - a.mean()) <= a.twoStandardErrors(b);
            similar += within ? 1 : 0;
            sides.add(Verdict.side("spiky", b));
            sides.add(Verdict.side("standard", a));
            evidence.append(String.format(Locale.ROOT, "; %s: spiky %s vs standard %s", target, b, a));
        }
        return Verdict.compared(depth + " nets: both starts reach similar final training losses",
                2 * similar > config.targets().size(), String.format(Locale.ROOT, "training Σ e² within 2 SE on %d of"
                + " %d targets (the paper, sine: .94 spiky, 1.02 standard)%s", similar, config.targets().size(),
                evidence), sides);
    }

    /**
     * FC Sec 3: "roughness, which remained near constant throughout training in both cases, but from a significantly
     * higher initial value in the 'spiky' initialization case", and FC Sec 3 (Fig 5): "a spiky (and thus rougher)
     * initialization leads to increased roughness at convergence"; shallow nets, roughness Σ μ².
     */
    static List<Verdict> roughness(SpikyInitConfig config, Summary summary) {
        List<Verdict> verdicts = new ArrayList<>();
        for (String init : List.of("standard", "spiky")) {
            int constant = 0;
            StringBuilder evidence = new StringBuilder();
            List<Verdict.Side> sides = new ArrayList<>();
            for (String target : config.targets()) {
                Map<String, String> cell = SpikyInitExperiment.cell(target, "shallow", init);
                Summary.Stat drift = summary.stat(cell, "roughnessDrift");
                constant += drift.mean() <= NEAR_CONSTANT_DRIFT ? 1 : 0;
                sides.add(Verdict.side(init, drift));
                evidence.append(String.format(Locale.ROOT, "; %s: start %s, end %s, largest change %s", target,
                        summary.stat(cell, "roughnessStart"), summary.stat(cell, "roughnessEnd"), drift));
            }
            verdicts.add(Verdict.compared("shallow, " + init + " start: the roughness Σ μ² stays near constant"
                    + " through training", 2 * constant > config.targets().size(), String.format(Locale.ROOT, "mean"
                    + " largest relative change max_t |ρ_t − ρ_0|/ρ_0 at most %.2g on %d of %d targets%s",
                    NEAR_CONSTANT_DRIFT, constant, config.targets().size(), evidence), sides));
        }
        verdicts.add(higher("shallow: the spiky start's roughness is significantly higher than the standard's",
                "roughnessStart", config, summary));
        verdicts.add(higher("shallow: a spiky (rougher) start leads to higher roughness at convergence",
                "roughnessEnd", config, summary));
        return verdicts;
    }

    private static Verdict higher(String claim, String metric, SpikyInitConfig config, Summary summary) {
        int higher = 0;
        StringBuilder evidence = new StringBuilder();
        List<Verdict.Side> sides = new ArrayList<>();
        for (String target : config.targets()) {
            Summary.Stat a = summary.stat(SpikyInitExperiment.cell(target, "shallow", "standard"), metric);
            Summary.Stat b = summary.stat(SpikyInitExperiment.cell(target, "shallow", "spiky"), metric);
            higher += b.mean() - a.mean() > a.twoStandardErrors(b) ? 1 : 0;
            sides.add(Verdict.side("spiky", b));
            sides.add(Verdict.side("standard", a));
            evidence.append(String.format(Locale.ROOT, "; %s: spiky %s vs standard %s", target, b, a));
        }
        return Verdict.compared(claim, higher == config.targets().size(), String.format(Locale.ROOT,
                "%s higher beyond 2 SE on %d of %d targets%s", metric, higher, config.targets().size(), evidence),
                sides);
    }
}
