package org.splinelens.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;

/**
 * Files written from PyTorch's state dicts ({@code src/test/resources/safetensors/generate.py}: nets built by
 * PyTorch 1.13, serialised following the published safetensors layout because the {@code safetensors} pip package
 * could not be installed where they were made) read as the networks PyTorch evaluates: on the fixture's grid our
 * outputs agree with PyTorch's float64 evaluation of the same weights, and with its evaluation in the file's own
 * dtype, each within the rounding bound of {@link TorchOutputs#bound}. Bad state dicts are refused in one line.
 */
class SafetensorsFixtureTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "shallow-f32, 6",
        "shallow-f64, 6",
        "shallow-f16, 6",
        "deep-f32, 5;4;3",
        "deep-f64, 5;4;3",
        "deep-bf16, 5;4;3",
        "named-f32, 5;3",
        "layers-f32, 4;4",
        "module-f32, 4",
        "nobias-f32, 4;3",
    })
    void readsAsTheNetworkPyTorchEvaluates(String fixture, String widths) throws IOException {
        UnivariateNetwork net = SafetensorsNetwork.read(TorchOutputs.FIXTURES.resolve(fixture + ".safetensors"));
        String[] hidden = widths.split(";");
        if (hidden.length == 1) {
            assertThat(net).isInstanceOf(ShallowNetwork.class);
            assertThat(((ShallowNetwork) net).width()).isEqualTo(Integer.parseInt(hidden[0]));
        } else {
            assertThat(net).isInstanceOf(DeepNetwork.class);
            assertThat(((DeepNetwork) net).architecture().hiddenWidths()).containsExactly(
                    Arrays.stream(hidden).mapToInt(Integer::parseInt).toArray());
        }
        TorchOutputs torch = TorchOutputs.of(fixture);
        double[] ours = new double[torch.x().length];
        net.values(torch.x(), ours);
        double u = TorchOutputs.unitRoundoff(torch.dtype());
        for (int i = 0; i < ours.length; i++) {
            double x = torch.x()[i];
            double exact = TorchOutputs.bound(net, x, 0x1p-53);
            assertThat(exact).isLessThan(1e-12);
            assertThat(Math.abs(ours[i] - torch.float64()[i])).as("%s at x = %s, float64", fixture, x)
                    .isLessThanOrEqualTo(exact);
            assertThat(Math.abs(ours[i] - torch.inDtype()[i])).as("%s at x = %s, %s", fixture, x, torch.dtype())
                    .isLessThanOrEqualTo(TorchOutputs.bound(net, x, u));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bad-input-2d | '0.weight' has shape [4, 2]: the first layer takes 2 inputs, but a splinelens network is"
                + " univariate (Linear(1, H))",
        "bad-output-2d | the last layer '2.weight' has shape [2, 4]: 2 outputs, but a splinelens network has one",
        "bad-conv | '0.weight' has shape [2, 1, 3, 3]; a Linear layer's weight is [out, in]",
        "bad-chain | '2.weight' has shape [1, 5]: it takes 5 inputs, but '0.weight' gives 4 (shapes must chain",
        "bad-batchnorm | key '1.num_batches_tracked' is not a numbered Linear layer's weight or bias",
        "bad-nan | '2.weight'[0, 1] is not finite: NaN",
        "bad-inf | '0.bias'[3] is not finite: Infinity",
    })
    void badStateDictsAreRefusedInOneLineNamingTheFileAndKey(String fixture, String message) {
        Path file = TorchOutputs.FIXTURES.resolve(fixture + ".safetensors");
        assertThatThrownBy(() -> SafetensorsNetwork.read(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(file + ": ").hasMessageContaining(message).hasMessageNotContaining("\n");
    }

    @Test
    void aLinearWithoutBiasIsReadWithZeroBiases() {
        Path file = TorchOutputs.FIXTURES.resolve("nobias-f32.safetensors");
        DeepNetwork net = (DeepNetwork) SafetensorsNetwork.read(file);
        for (int l = 0; l < net.architecture().layers(); l++) {
            for (int r = 0; r < net.architecture().outputSize(l); r++) {
                assertThat(net.bias(l, r)).isZero();
            }
        }
    }
}
