package org.splinelens.experiments.sweep;

import org.splinelens.core.plugin.Plugin;

/**
 * A named place to run sweep cells, registered under the plugin kind {@code engine}: {@code local} (this machine's
 * threads) is built in; a cluster engine comes with its own module (e.g. {@code spark}).
 */
public interface EnginePlugin extends Plugin {

    /**
     * @param threads worker threads on this machine (an engine that runs elsewhere may ignore it)
     * @param master  the cluster to run on, or {@code null} for the engine's default
     * @return an engine for one sweep
     * @throws org.splinelens.core.io.InvalidInputException when the engine cannot use {@code master}
     */
    CellEngine create(int threads, String master);
}
