package org.splinelens.cli;

import java.util.Locale;
import org.splinelens.core.limits.Limits;

/**
 * The memory a training run ({@code train}, {@code movie}) keeps, estimated from its parameter count before anything
 * of that size is allocated. A run holds about {@value #COPIES} parameter-sized vectors whatever its length — the
 * drawn network (a shallow draw passes through a deep one), the objective's start, the trainer's θ, previous θ and
 * gradient, up to two optimizer moments, the result — and at every observation ({@code --observe-every}, and the
 * first and last epochs) a copy of the network and its breakpoint snapshot, about {@value #PER_OBSERVATION} more (a
 * shallow net's snapshot keeps a breakpoint, its activity and delta-slope a unit, and the output PWL's three numbers a
 * knot: some 45 bytes a unit beside the 24 of its parameters).
 * The gradients themselves work point by point (a layer's activations, never N × width), so data add little.
 */
final class TrainingFootprint {
    static final double COPIES = 8;
    static final double PER_OBSERVATION = 3;

    private TrainingFootprint() {
    }

    /**
     * Refuses a run whose parameters alone, or with its observations, would not fit in the heap.
     *
     * @param what         the option that gives the network ({@code "--width 100000000"}, {@code "--from big.json"})
     * @param parameters   its parameter count
     * @param epochs       {@code --epochs}
     * @param observeEvery {@code --observe-every}
     */
    static void check(String what, double parameters, int epochs, int observeEvery) {
        double vector = (double) Double.BYTES * parameters;
        Limits.memory(what + " (" + Limits.number(parameters) + " parameters)", COPIES * vector);
        double observations = Math.floor(Math.max(epochs, 0) / (double) Math.max(observeEvery, 1)) + 2;
        Limits.memory(String.format(Locale.ROOT, "%s observed %s times (--epochs %d, --observe-every %d)", what,
                Limits.number(observations), epochs, observeEvery), (COPIES + PER_OBSERVATION * observations) * vector);
    }
}
