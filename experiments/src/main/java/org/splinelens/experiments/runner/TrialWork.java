package org.splinelens.experiments.runner;

import java.util.Objects;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Part of a trial that idle threads may take: the trials of a run are few (three, five), so without it a run of two
 * trials on eight threads would keep six idle. The runner's trials run on a {@link java.util.concurrent.ForkJoinPool},
 * and work started here is forked onto it; elsewhere (a Spark executor, a test calling a trial directly) it is done
 * on the trial's thread when its result is asked for, so an engine never runs more threads than it was given.
 *
 * <p>The work must draw nothing from the trial's generator (e.g. a full-batch run from a start already drawn): the
 * trial's draws then happen in the same order wherever the work runs, and its rows are the same on any number of
 * threads. Work that needs random numbers takes a generator of its own, seeded from the trial's on the trial's thread
 * before the work starts (gd-vs-dp's minibatch runs).
 *
 * @param <T> the result
 */
public final class TrialWork<T> {
    /**
     * The generator to give forked work in place of the trial's (e.g. a trainer's minibatch order, unused for a full
     * batch): it refuses every draw, so work that would draw fails rather than changing the trial's stream.
     */
    public static final RandomGenerator NO_DRAWS = () -> {
        throw new IllegalStateException("work forked from a trial draws no random number");
    };

    private final ForkJoinTask<T> forked;
    /** What forked work threw, as thrown: a joined task's exception is rebuilt for the joining thread. */
    private volatile RuntimeException failure;
    private Supplier<T> inline;
    private T result;

    private TrialWork(Supplier<T> work) {
        if (ForkJoinTask.inForkJoinPool()) {
            forked = ForkJoinTask.adapt(() -> {
                try {
                    return work.get();
                } catch (RuntimeException e) {
                    failure = e;
                    throw e;
                }
            }).fork();
        } else {
            forked = null;
            inline = work;
        }
    }

    /** @param work a computation that draws no random number from the trial's generator */
    public static <T> TrialWork<T> start(Supplier<T> work) {
        return new TrialWork<>(Objects.requireNonNull(work, "work"));
    }

    /**
     * @return the work's result, waiting for (or helping with) it when forked
     * @throws RuntimeException what the work threw, the same exception
     */
    public T result() {
        if (forked != null) {
            try {
                return forked.join();
            } catch (RuntimeException e) {
                throw failure != null ? failure : e;
            }
        }
        if (inline != null) {
            result = inline.get();
            inline = null;
        }
        return result;
    }
}
