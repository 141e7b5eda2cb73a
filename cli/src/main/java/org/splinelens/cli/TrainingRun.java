package org.splinelens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.deep.PieceLimit;
import org.splinelens.dynamics.gradient.GradientMethod;
import org.splinelens.dynamics.gradient.TrainingObjective;
import org.splinelens.dynamics.io.StreamedTrainingFiles;
import org.splinelens.dynamics.io.TrainingFiles;
import org.splinelens.dynamics.io.TrainingReport;
import org.splinelens.dynamics.observe.NetworkRecorder;
import org.splinelens.dynamics.observe.PrecisionWatch;
import org.splinelens.dynamics.optim.Optimizer;
import org.splinelens.dynamics.train.Trainer;
import org.splinelens.dynamics.train.TrainingDiverged;
import org.splinelens.dynamics.train.TrainingObserver;
import org.splinelens.dynamics.train.TrainingResult;
import picocli.CommandLine.Model.CommandSpec;

/**
 * One training run of {@code train} or {@code movie}, resolved by {@link TrainingOptions#prepare}: it trains, writes
 * the run's files ({@link TrainingFiles}) and reports on stdout ({@link TrainingReport}).
 */
final class TrainingRun {
    /** Exit code of a run whose loss stopped being finite. */
    static final int DIVERGED = 3;

    /** More files from the same observations, written after the run's own (the movie's frames). */
    @FunctionalInterface
    interface MoreFiles {
        void write(Dataset dataset, NetworkRecorder observed, Path dir) throws IOException;
    }

    private final Dataset dataset;
    private final TrainingObjective objective;
    private final Optimizer optimizer;
    private final Trainer trainer;
    private final SplittableRandom random;
    private final boolean batchNorm;
    private final int epochs;
    private final CommandProvenance provenance;
    private final PieceLimit pieces;

    /**
     * @param random    the run's generator, after the start's draw: it orders the minibatches
     * @param batchNorm whether {@code trainer} batch-normalises, for the report
     * @param epochs    the trainer's maximum epochs, for the progress line
     * @param provenance the run's provenance, written into {@code out} with its files
     * @param pieces    the most pieces the breakpoint snapshot of a deep network may track
     */
    TrainingRun(Dataset dataset, TrainingObjective objective, Optimizer optimizer, Trainer trainer,
            SplittableRandom random, boolean batchNorm, int epochs, CommandProvenance provenance, PieceLimit pieces) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.objective = Objects.requireNonNull(objective, "objective");
        this.optimizer = Objects.requireNonNull(optimizer, "optimizer");
        this.trainer = Objects.requireNonNull(trainer, "trainer");
        this.random = Objects.requireNonNull(random, "random");
        this.batchNorm = batchNorm;
        this.epochs = epochs;
        this.provenance = Objects.requireNonNull(provenance, "provenance");
        this.pieces = Objects.requireNonNull(pieces, "pieces");
    }

    /**
     * @param out  where the run's files go, or {@code null} for none
     * @param more files beyond the run's own, written when {@code out} is given, or {@code null} for none
     * @return 0, or {@link #DIVERGED} after keeping the last finite network in {@code out}
     */
    int execute(CommandSpec spec, Path out, boolean json, MoreFiles more) throws IOException {
        // with --out, breakpoints.csv is written while the run trains (by a second thread); without, a run beyond
        // double precision still stops at the epoch observed
        StreamedTrainingFiles files = out == null ? null : new StreamedTrainingFiles(out, pieces);
        PrintWriter err = spec.commandLine().getErr();
        boolean progress = System.console() != null && !json;
        List<TrainingObserver> observers = new ArrayList<>(List.of(files == null ? new PrecisionWatch(pieces) : files));
        // the networks themselves only when more files are made of them: a wide net's are megabytes
        NetworkRecorder networks = more == null ? null : new NetworkRecorder();
        if (networks != null) {
            observers.add(networks);
        }
        if (progress) {
            observers.add((epoch, loss, net) -> {
                err.printf(Locale.ROOT, "\repoch %d/%d  loss %.6g", epoch, epochs, loss);
                err.flush();
            });
        }
        GradientMethod path = objective.path();
        TrainingResult result;
        try {
            result = trainer.train(objective, optimizer, random, observers);
        } catch (TrainingDiverged e) {
            if (out != null) {
                files.abandon();
                TrainingFiles.writeLastFinite(out, e.lastFinite());
                provenance.detail("gradient", path.name().toLowerCase(Locale.ROOT)).detail("stop", "diverged")
                        .write(out);
            }
            err.println("splinelens: " + e.getMessage());
            return DIVERGED;
        } catch (RuntimeException | Error e) {
            if (files != null) {
                files.abandon();
            }
            throw e;
        }
        if (progress) {
            err.println();
        }
        if (out != null) {
            files.finish(result);
            if (more != null) {
                more.write(dataset, networks, out);
            }
            provenance.detail("gradient", path.name().toLowerCase(Locale.ROOT)).detail("epochs", result.epochs())
                    .detail("stop", result.reason().name().toLowerCase(Locale.ROOT)).write(out);
        }
        TrainingReport report = new TrainingReport(result, path, batchNorm);
        spec.commandLine().getOut().println(json ? report.json() : report.line());
        return 0;
    }
}
