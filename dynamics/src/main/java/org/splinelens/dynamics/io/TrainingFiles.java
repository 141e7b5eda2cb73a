package org.splinelens.dynamics.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.splinelens.core.io.AtomicFiles;
import org.splinelens.core.io.NetworkJson;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;
import org.splinelens.dynamics.observe.BreakpointMobility;
import org.splinelens.dynamics.observe.NetworkRecorder;
import org.splinelens.dynamics.observe.SnapshotRecorder;
import org.splinelens.dynamics.train.TrainingResult;

/**
 * Writes the files of a training run into one directory, each atomically: {@code final-net.json}, {@code loss.csv},
 * {@code breakpoints.csv} (BDSO per unit for a shallow net, every layer's induced and active breakpoints for a deep
 * one), {@code roughness.csv} and, given two observations or more, {@code mobility.csv}. Formats: {@link TrainingCsv}.
 */
public final class TrainingFiles {
    public static final String LAST_FINITE = "last-finite-net.json";

    private TrainingFiles() {
    }

    /**
     * @param networks  the networks observed during the run (their BDSO for a shallow net)
     * @param snapshots the breakpoint snapshots of the same observations
     */
    public static void write(Path dir, TrainingResult result, NetworkRecorder networks, SnapshotRecorder snapshots)
            throws IOException {
        // a row a unit and observation: millions for a wide net, so streamed to the file
        AtomicFiles.write(dir.resolve("breakpoints.csv"), out -> {
            if (result.network() instanceof ShallowNetwork) {
                TrainingCsv.shallowBreakpoints(networks.epochs(), networks.networks(), out);
            } else {
                TrainingCsv.layerBreakpoints(snapshots.snapshots(), out);
            }
        });
        writeSummaries(dir, result, snapshots.epochs(), snapshots.roughnessByLayer(),
                snapshots.snapshots().size() >= 2 ? BreakpointMobility.of(snapshots.snapshots()) : null);
    }

    /**
     * Writes every file of {@link #write} but {@code breakpoints.csv}.
     *
     * @param epochs    the observed epochs
     * @param roughness each observation's roughness by layer, as {@link SnapshotRecorder#roughnessByLayer()}
     * @param mobility  the mobility over the snapshots, or null when there are fewer than two
     */
    static void writeSummaries(Path dir, TrainingResult result, int[] epochs, double[][] roughness,
            BreakpointMobility mobility) throws IOException {
        Files.createDirectories(dir);
        NetworkJson.write(dir.resolve("final-net.json"), result.network());
        AtomicFiles.writeString(dir.resolve("loss.csv"), TrainingCsv.loss(result.lossCurve()));
        AtomicFiles.writeString(dir.resolve("roughness.csv"), TrainingCsv.roughness(epochs, roughness));
        if (mobility != null) {
            AtomicFiles.writeString(dir.resolve("mobility.csv"), TrainingCsv.mobility(mobility));
        }
    }

    /** Keeps the last network with a finite loss of a diverged run as {@value #LAST_FINITE}. */
    public static void writeLastFinite(Path dir, UnivariateNetwork network) throws IOException {
        Files.createDirectories(dir);
        NetworkJson.write(dir.resolve(LAST_FINITE), network);
    }
}
