package org.splinelens.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import org.splinelens.core.deep.PieceLimit;
import org.splinelens.core.network.UnivariateNetwork;
import org.splinelens.dynamics.gradient.GradientMethod;
import org.splinelens.dynamics.gradient.TrainingObjective;
import org.splinelens.dynamics.io.StreamedTrainingFiles;
import org.splinelens.dynamics.io.TrainingFiles;
import org.splinelens.dynamics.io.TrainingReport;
import org.splinelens.dynamics.observe.NetworkRecorder;
import org.splinelens.dynamics.observe.PrecisionWatch;
import org.splinelens.dynamics.optim.Optimizer;
import org.splinelens.dynamics.train.StopReason;
import org.splinelens.dynamics.train.Trainer;
import org.splinelens.dynamics.train.TrainingDiverged;
import org.splinelens.dynamics.train.TrainingObserver;
import org.splinelens.dynamics.train.TrainingResult;
import picocli.CommandLine.Model.CommandSpec;

/**
 * One training run of {@code train} or {@code movie}, resolved by {@link TrainingOptions#prepare}: it checks the size
 * of its files, trains in the setup's units, and writes and reports everything in the data's units — every observed
 * network and loss is mapped back ({@link DataScale#toData}) before the files see it — with its progress on the
 * terminal and in {@code train.log}.
 */
final class TrainingRun {
    /** Exit code of a run whose loss stopped being finite. */
    static final int DIVERGED = 3;
    /** The run's log in {@code --out}: the settings, a line every tenth of the epochs, the end. */
    static final String LOG = "train.log";

    /** More files from the same observations, written after the run's own (the movie's frames). */
    @FunctionalInterface
    interface MoreFiles {
        void write(org.splinelens.core.data.Dataset dataset, NetworkRecorder observed, Path dir) throws IOException;
    }

    private final TrainingSetup setup;
    private final TrainingObjective objective;
    private final Optimizer optimizer;
    private final Trainer trainer;
    private final SplittableRandom random;
    private final boolean batchNorm;
    private final CommandProvenance provenance;
    private final PieceLimit pieces;

    /**
     * @param objective  the objective in the setup's units
     * @param random     the run's generator, after the start's draw: it orders the minibatches
     * @param batchNorm  whether {@code trainer} batch-normalises, for the report
     * @param provenance the run's provenance, written into {@code out} with its files
     * @param pieces     the most pieces the breakpoint snapshot of a deep network may track
     */
    TrainingRun(TrainingSetup setup, TrainingObjective objective, Optimizer optimizer, Trainer trainer,
            SplittableRandom random, boolean batchNorm, CommandProvenance provenance, PieceLimit pieces) {
        this.setup = Objects.requireNonNull(setup, "setup");
        this.objective = Objects.requireNonNull(objective, "objective");
        this.optimizer = Objects.requireNonNull(optimizer, "optimizer");
        this.trainer = Objects.requireNonNull(trainer, "trainer");
        this.random = Objects.requireNonNull(random, "random");
        this.batchNorm = batchNorm;
        this.provenance = Objects.requireNonNull(provenance, "provenance");
        this.pieces = Objects.requireNonNull(pieces, "pieces");
    }

    /**
     * @param out  where the run's files go, or {@code null} for none
     * @param more files beyond the run's own, written when {@code out} is given, or {@code null} for none
     * @return 0, or {@link #DIVERGED} after keeping the last finite network in {@code out}
     */
    int execute(CommandSpec spec, Path out, boolean json, MoreFiles more) throws IOException {
        if (out != null) {
            TrainingOutput.estimate(setup.start(), setup.dataset().size(), setup.epochs(), setup.observeEvery(),
                    pieces).check(spec.name() + " --out " + out, setup.maxOutput(), setup.observeEvery());
        }
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        String settings = setup.line(spec.name());
        if (!json) {
            stdout.println(settings);
            stdout.flush();
        }
        PrintWriter log = null;
        if (out != null) {
            Files.createDirectories(out);
            log = new PrintWriter(Files.newBufferedWriter(out.resolve(LOG), StandardCharsets.UTF_8));
            log.println(settings);
            log.flush();
        }
        try {
            return train(spec, out, json, more, err, stdout, log);
        } finally {
            if (log != null) {
                log.close();
            }
        }
    }

    private int train(CommandSpec spec, Path out, boolean json, MoreFiles more, PrintWriter err, PrintWriter stdout,
            PrintWriter log) throws IOException {
        // with --out, breakpoints.csv is written while the run trains (by a second thread); without, a run beyond
        // double precision still stops at the epoch observed
        StreamedTrainingFiles files = out == null ? null : new StreamedTrainingFiles(out, pieces);
        List<TrainingObserver> observers = new ArrayList<>(List.of(files == null ? new PrecisionWatch(pieces) : files));
        // the networks themselves only when more files are made of them: a wide net's are megabytes
        NetworkRecorder networks = more == null ? null : new NetworkRecorder();
        if (networks != null) {
            observers.add(networks);
        }
        DataScale scale = setup.scale();
        double factor = scale.lossFactor();
        TrainingObserver inData = (epoch, loss, net) -> {
            UnivariateNetwork mapped = scale.toData(net);
            for (TrainingObserver observer : observers) {
                observer.observe(epoch, factor * loss, mapped);
            }
        };
        boolean terminal = System.console() != null && !json;
        TrainingProgress progress = new TrainingProgress(terminal ? RunProgress.bar(err, spec.name(), "epochs")
                : null, log, setup.epochs(), factor, setup.loss().id());
        GradientMethod path = objective.path();
        TrainingResult trained;
        try {
            trained = trainer.train(objective, optimizer, random, List.of(inData), progress);
        } catch (TrainingDiverged e) {
            progress.finish();
            String line = diverged(e);
            if (out != null) {
                files.abandon();
                TrainingFiles.writeLastFinite(out, scale.toData(e.lastFinite()));
                provenance.detail("gradient", path.name().toLowerCase(Locale.ROOT)).detail("stop", "diverged")
                        .write(out);
                log.println(line);
            }
            err.println("splinelens: " + line);
            return DIVERGED;
        } catch (RuntimeException | Error e) {
            if (files != null) {
                files.abandon();
            }
            throw e;
        }
        progress.finish();
        TrainingResult result = inData(trained);
        List<String> written = new ArrayList<>();
        if (out != null) {
            files.finish(result);
            written.addAll(List.of("final-net.json", "loss.csv", "breakpoints.csv", "roughness.csv"));
            if (Files.exists(out.resolve("mobility.csv"))) {
                written.add("mobility.csv");
            }
            if (more != null) {
                more.write(setup.dataset(), networks, out);
                written.addAll(List.of("movie.gif", "movie.html"));
            }
            TrainingPictures.function(out, "fit", String.format(Locale.ROOT, "%s after %d epochs: %s %.4g",
                    spec.name(), result.epochs(), setup.loss().id(), result.finalLoss()), setup.dataset(),
                    setup.start(), result.network(), pieces);
            TrainingPictures.loss(out, result.lossCurve(), setup.lossName());
            written.addAll(List.of("fit.png", "fit.svg", "loss.png", "loss.svg"));
            provenance.detail("gradient", path.name().toLowerCase(Locale.ROOT)).detail("epochs", result.epochs())
                    .detail("loss", setup.loss().id()).detail("finalLoss", result.finalLoss())
                    .detail("stop", result.reason().name().toLowerCase(Locale.ROOT)).write(out);
            written.addAll(List.of("provenance.json", LOG));
        }
        TrainingReport report = new TrainingReport(result, path, batchNorm);
        String line = line(report, out, written);
        if (log != null) {
            log.println(line);
        }
        stdout.println(json ? json(report, out, written) : line);
        return 0;
    }

    /** @return {@code result} in the data's units: the network mapped back, every loss times {@code sy²} */
    private TrainingResult inData(TrainingResult result) {
        DataScale scale = setup.scale();
        double[] curve = result.lossCurve();
        for (int e = 0; e < curve.length; e++) {
            curve[e] *= scale.lossFactor();
        }
        return new TrainingResult(scale.toData(result.network()), result.epochs(),
                scale.lossFactor() * result.finalLoss(), result.reason(), curve, result.seconds());
    }

    /** @return the last line: the loss by name and value, the run, and where every file went */
    private String line(TrainingReport report, Path out, List<String> written) {
        TrainingResult r = report.result();
        String files = out == null ? "no files written (--out DIR writes them)"
                : "files in " + out + ": " + String.join(", ", written);
        return String.format(Locale.ROOT, "final loss %s = %.9g after %d epochs (%s) in %.3f s, %.0f epochs/s, %s"
                + " gradient; %s", setup.lossName(), r.finalLoss(), r.epochs(), stopped(r.reason()), r.seconds(),
                report.epochsPerSecond(), report.gradient().name().toLowerCase(Locale.ROOT), files);
    }

    /** @return why training stopped, in words ("epochs" alone would repeat the line's own word) */
    static String stopped(StopReason reason) {
        return switch (reason) {
            case EPOCHS -> "the epoch budget";
            case CONVERGED -> "converged: the loss changed less than --tolerance";
            case TARGET_LOSS -> "reached the target loss";
            default -> reason.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    private String json(TrainingReport report, Path out, List<String> written) throws IOException {
        ObjectNode node = (ObjectNode) JsonOutput.MAPPER.readTree(report.json());
        node.put("loss", setup.loss().id());
        node.put("standardized", !setup.scale().identity());
        var files = node.putArray("files");
        for (String name : written) {
            files.add(out.resolve(name).toString());
        }
        return JsonOutput.MAPPER.writeValueAsString(node);
    }

    /** @return the divergence in one line, its losses in the data's units */
    private String diverged(TrainingDiverged e) {
        String message = e.getMessage();
        int from = message.indexOf(": ");
        int to = message.indexOf(" (last finite loss");
        String reason = from >= 0 && to > from ? message.substring(from + 2, to) : "the loss is not finite";
        if (!setup.scale().identity() && reason.startsWith("the loss ")) {
            reason = "the loss outgrew double precision";
        }
        return String.format(Locale.ROOT, "training diverged at epoch %d: %s (last finite loss %s = %.9g at epoch"
                + " %d); try a smaller --lr", e.epoch(), reason, setup.loss().id(),
                setup.scale().lossFactor() * e.lastFiniteLoss(), e.epoch() - 1);
    }
}
