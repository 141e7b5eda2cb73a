package org.splinelens.dynamics.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.splinelens.core.deep.PieceLimit;
import org.splinelens.core.limits.PrecisionExceeded;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;

/** The watch stops exactly the runs the recorder stops, by the recorder's own analysis. */
class PrecisionWatchTest {
    private static final double HUGE = 1e200;

    private static ShallowNetwork shallow(double scale) {
        return ShallowNetwork.of(new double[] {scale, -1, 0.5}, new double[] {0.5, 0.25, -0.1},
                new double[] {scale, -0.5, 0.3}, 0);
    }

    private static DeepNetwork deep(double scale) {
        DeepArchitecture arch = new DeepArchitecture(new int[] {2, 2});
        double[] theta = new double[arch.parameterCount()];
        for (int k = 0; k < theta.length; k++) {
            theta[k] = (k % 3 - 1 + 0.25) * scale;
        }
        return DeepNetwork.of(arch, theta);
    }

    @Test
    void stopsTheRunsTheRecorderStopsAndNoOther() {
        for (UnivariateNetwork network : List.of(shallow(1), shallow(HUGE), deep(1), deep(HUGE))) {
            boolean recorderStops;
            try {
                new SnapshotRecorder().observe(3, 0.5, network);
                recorderStops = false;
            } catch (PrecisionExceeded e) {
                recorderStops = true;
            }
            PrecisionWatch watch = new PrecisionWatch(PieceLimit.NONE);
            if (recorderStops) {
                assertThatThrownBy(() -> watch.observe(3, 0.5, network)).as("%s", network)
                        .isInstanceOf(PrecisionExceeded.class);
            } else {
                assertThatCode(() -> watch.observe(3, 0.5, network)).as("%s", network).doesNotThrowAnyException();
            }
        }
        // both kinds are exercised: the huge nets are beyond double precision
        assertThatThrownBy(() -> new SnapshotRecorder().observe(0, 0, shallow(HUGE)))
                .isInstanceOf(PrecisionExceeded.class);
        assertThatThrownBy(() -> new SnapshotRecorder().observe(0, 0, deep(HUGE)))
                .isInstanceOf(PrecisionExceeded.class);
    }
}
