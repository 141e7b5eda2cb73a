package org.splinelens.experiments.roughnessbylayer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.splinelens.core.deep.BasisFunctions;
import org.splinelens.core.limits.PrecisionExceeded;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepNetwork;

/** An observation whose basis functions pass double precision is recorded as unmeasured, not a failed trial. */
class BasisRoughnessRecorderTest {

    private static DeepNetwork net(double scale) {
        DeepArchitecture arch = new DeepArchitecture(new int[] {3, 3});
        double[] theta = new double[arch.parameterCount()];
        for (int k = 0; k < theta.length; k++) {
            theta[k] = ((k * 7) % 5 - 2 + 0.5) * scale;
        }
        return DeepNetwork.of(arch, theta);
    }

    @Test
    void anObservationBeyondDoublePrecisionIsRecordedAsNaN() {
        DeepNetwork fine = net(1);
        DeepNetwork huge = net(1e200);
        assertThatThrownBy(() -> BasisFunctions.of(huge)).isInstanceOf(PrecisionExceeded.class);
        BasisRoughnessRecorder recorder = new BasisRoughnessRecorder();
        recorder.observe(0, 1, fine);
        recorder.observe(5, 1, huge);
        assertThat(recorder.epochs()).containsExactly(0, 5);
        assertThat(recorder.activationRoughness()[0]).containsExactly(BasisFunctions.of(fine)
                .activationRoughnessByLayer());
        assertThat(recorder.activationRoughness()[1]).hasSize(2).containsOnly(Double.NaN);
        assertThat(recorder.preActivationRoughness()[1]).hasSize(2).containsOnly(Double.NaN);
    }
}
