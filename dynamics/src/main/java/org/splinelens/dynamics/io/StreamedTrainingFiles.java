package org.splinelens.dynamics.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import org.splinelens.core.deep.PendingAnalysis;
import org.splinelens.core.deep.PieceLimit;
import org.splinelens.core.io.AtomicFiles;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;
import org.splinelens.dynamics.observe.BreakpointMobility;
import org.splinelens.dynamics.observe.BreakpointSnapshot;
import org.splinelens.dynamics.observe.SnapshotRecorder;
import org.splinelens.dynamics.train.TrainingObserver;
import org.splinelens.dynamics.train.TrainingResult;

/**
 * The files of {@link TrainingFiles#write}, with {@code breakpoints.csv} written while the run trains, by a writer
 * thread, off the training loop's critical path: it completes the breakpoint snapshots, keeps each one's roughness
 * by layer, tallies the mobility and formats the rows, and lets the snapshot go: what a run holds grows by a few
 * numbers an observation, not by a snapshot. A network beyond double precision or the piece limit still stops the run
 * at the epoch observed, as {@link SnapshotRecorder} does: the analysis's checks run on the training thread
 * ({@link BreakpointSnapshot#begin}: an O(H) bound for a shallow net, the grid for a deep one) and the rest of it on
 * the writer's. The observations not yet written are bounded by their size, {@value #QUEUED_KIB} KiB of
 * parameters and pending analyses: enough for the writer's slow start (its code runs cold at first), and a writer
 * that falls behind slows the run rather than filling the heap. The file appears atomically when {@link #finish} completes it;
 * {@link #abandon} (a diverged or failed run) leaves no part of it behind.
 */
public final class StreamedTrainingFiles implements TrainingObserver {
    private static final int QUEUED_KIB = 64 * 1024;
    /** The queue's end: {@link #finish} puts it, and the writer completes the file when it takes it. */
    private static final Observation END = new Observation(-1, 0, null, null);
    /** The queue's other end: the writer drops the file. */
    private static final Observation ABANDON = new Observation(-1, 0, null, null);

    /** An observation to write, its analysis checked and left for the writer to complete. */
    private record Observation(int epoch, double loss, UnivariateNetwork network, PendingAnalysis analysis) {
        /** @return what it holds, in KiB (at least 1): the parameters and the analysis left to complete */
        int kib() {
            if (network == null) {
                return 0;
            }
            long bytes = Double.BYTES * (long) network.parameterCount() + analysis.bytes();
            return (int) Math.min(QUEUED_KIB, 1 + bytes / 1024);
        }
    }

    private final Path dir;
    private final PieceLimit limit;
    /** The observed epochs and each one's roughness by layer, in order; written by the writer, read after it ended. */
    private int[] epochs = new int[16];
    private final List<double[]> roughness = new ArrayList<>();
    private final BlockingQueue<Observation> queue = new LinkedBlockingQueue<>();
    /** KiB the queued observations may still take; the writer returns an observation's when it has written it. */
    private final Semaphore room = new Semaphore(QUEUED_KIB);
    /** Fed by the writer; read after it has ended. */
    private final BreakpointMobility.Accumulator mobility =
            new BreakpointMobility.Accumulator(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    private final Thread writer;
    private volatile Throwable failure;
    private boolean closed;

    /**
     * Starts the writer of {@code dir/breakpoints.csv}.
     *
     * @param limit the most pieces each analysis of a deep network may track, as {@link SnapshotRecorder}'s
     */
    public StreamedTrainingFiles(Path dir, PieceLimit limit) {
        this.dir = dir;
        this.limit = Objects.requireNonNull(limit, "limit");
        writer = new Thread(this::write, "splinelens-breakpoints-csv");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void observe(int epoch, double loss, UnivariateNetwork network) {
        // checked here, so that a network beyond double precision or the piece limit stops the run at this epoch
        enqueue(new Observation(epoch, loss, network, BreakpointSnapshot.begin(epoch, network, limit)));
    }

    /**
     * Completes {@code breakpoints.csv} and writes the run's other files ({@link TrainingFiles#write}).
     *
     * @throws IOException the writer's failure, if it had one
     */
    public void finish(TrainingResult result) throws IOException {
        enqueue(END);
        join();
        TrainingFiles.writeSummaries(dir, result, Arrays.copyOf(epochs, roughness.size()),
                roughness.toArray(double[][]::new), mobility.count() >= 2 ? mobility.result() : null);
    }

    /** Stops the writer and drops the unfinished {@code breakpoints.csv}; a no-op after {@link #finish}. */
    public void abandon() {
        if (closed) {
            return;
        }
        queue.clear();
        queue.offer(ABANDON);
        try {
            join();
        } catch (IOException ignored) {
            // the run already failed: its own error is the one to report
        }
    }

    private void enqueue(Observation observation) {
        rethrow();
        try {
            room.acquire(observation.kib());
            queue.put(observation);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing " + dir.resolve("breakpoints.csv"), e);
        }
    }

    private void join() throws IOException {
        closed = true;
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing " + dir.resolve("breakpoints.csv"));
        }
        if (failure instanceof IOException io) {
            throw io;
        }
        rethrow();
    }

    private void rethrow() {
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure instanceof IOException io && !closed) {
            throw new UncheckedIOException("writing " + dir.resolve("breakpoints.csv") + " failed: " + io.getMessage(),
                    io);
        }
    }

    /** The writer thread: rows of every observation, in order, until the end or an abandonment. */
    private void write() {
        try {
            Files.createDirectories(dir);
            AtomicFiles.write(dir.resolve("breakpoints.csv"), out -> {
                StringBuilder rows = new StringBuilder();
                boolean header = false;
                for (Observation next = take(); next != END; next = take()) {
                    if (next == ABANDON) {
                        throw new Abandoned();
                    }
                    BreakpointSnapshot snapshot = BreakpointSnapshot.of(next.epoch(), next.loss(), next.analysis());
                    if (roughness.size() == epochs.length) {
                        epochs = Arrays.copyOf(epochs, 2 * epochs.length);
                    }
                    epochs[roughness.size()] = snapshot.epoch();
                    roughness.add(snapshot.analysis().roughnessByLayer());
                    mobility.add(snapshot);
                    boolean shallow = next.network() instanceof ShallowNetwork;
                    if (!header) {
                        out.write(shallow ? TrainingCsv.SHALLOW_BREAKPOINTS_HEADER
                                : TrainingCsv.LAYER_BREAKPOINTS_HEADER);
                        header = true;
                    }
                    if (shallow) {
                        TrainingCsv.shallowBreakpointRows(next.epoch(), (ShallowNetwork) next.network(), rows, out);
                    } else {
                        TrainingCsv.layerBreakpointRows(snapshot, rows, out);
                    }
                    room.release(next.kib());
                }
            });
        } catch (Abandoned e) {
            // the temporary file is gone: nothing to report
        } catch (IOException | RuntimeException | Error e) {
            failure = e;
            queue.clear();
            // a training thread waiting for room must not wait for a writer that has stopped
            room.release(QUEUED_KIB);
        }
    }

    private Observation take() throws InterruptedIOException {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            throw new InterruptedIOException("interrupted");
        }
    }

    /** Unwinds the writer out of {@link AtomicFiles#write}, which deletes the temporary file on the way out. */
    private static final class Abandoned extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Abandoned() {
            super(null, null, false, false);
        }
    }
}
