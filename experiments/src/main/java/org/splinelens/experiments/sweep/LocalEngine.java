package org.splinelens.experiments.sweep;

import org.splinelens.core.io.InvalidInputException;

/** {@code local}: cells on this machine's threads ({@link LocalCellEngine}). */
public final class LocalEngine implements EnginePlugin {

    @Override
    public String name() {
        return "local";
    }

    @Override
    public String description() {
        return "cells on this machine's threads (--threads)";
    }

    @Override
    public CellEngine create(int threads, String master) {
        if (master != null) {
            throw new InvalidInputException("--master: the local engine runs on this machine; a cluster needs"
                    + " --engine spark");
        }
        return new LocalCellEngine(threads);
    }
}
