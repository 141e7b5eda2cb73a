package org.splinelens.experiments.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class TrialWorkTest {
    @Test
    void forkedWorkIsTakenByAnIdleThreadOfThePool() throws Exception {
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            CountDownLatch started = new CountDownLatch(1);
            AtomicReference<Thread> worker = new AtomicReference<>();
            Thread trialThread = pool.submit(() -> {
                TrialWork<Integer> work = TrialWork.start(() -> {
                    worker.set(Thread.currentThread());
                    started.countDown();
                    return 7;
                });
                // the trial's thread is busy here: only another thread of the pool can start the work
                await(started);
                assertThat(work.result()).isEqualTo(7);
                return Thread.currentThread();
            }).get(1, TimeUnit.MINUTES);
            assertThat(worker.get()).isNotNull().isNotSameAs(trialThread);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void outsideAPoolWorkIsDoneOnceWhenItsResultIsAskedFor() {
        AtomicInteger calls = new AtomicInteger();
        TrialWork<Integer> work = TrialWork.start(calls::incrementAndGet);
        assertThat(calls).hasValue(0);
        assertThat(work.result()).isEqualTo(1);
        assertThat(work.result()).isEqualTo(1);
        assertThat(calls).hasValue(1);
    }

    @Test
    void failuresKeepTheirClassAndForkedWorkDrawsNothing() throws Exception {
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            // the trial's thread is kept busy until the work has failed, so another thread runs it
            CountDownLatch failed = new CountDownLatch(1);
            Throwable thrown = pool.submit(() -> {
                TrialWork<Double> work = TrialWork.start(() -> {
                    try {
                        return TrialWork.NO_DRAWS.nextDouble();
                    } finally {
                        failed.countDown();
                    }
                });
                await(failed);
                try {
                    work.result();
                    return null;
                } catch (IllegalStateException e) {
                    return e;
                }
            }).get(1, TimeUnit.MINUTES);
            assertThat(thrown).isInstanceOf(IllegalStateException.class)
                    .hasMessage("work forked from a trial draws no random number");
        } finally {
            pool.shutdownNow();
        }
        assertThatThrownBy(() -> TrialWork.start(() -> TrialWork.NO_DRAWS.nextInt(3)).result())
                .isInstanceOf(IllegalStateException.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException("no other thread took the work");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
