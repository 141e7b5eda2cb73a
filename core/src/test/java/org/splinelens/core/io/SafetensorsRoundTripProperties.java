package org.splinelens.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;
import org.splinelens.core.testing.RandomNetworks;

/**
 * Writing then reading a safetensors file gives the network back: exactly in F64, and with every parameter rounded
 * to the nearest float in F32 (RandomNetworks' shallow nets span weights from 1e-6 to 1e6, width 0 included). A
 * deep net of one hidden layer comes back as the shallow net of the same parameters: a state dict cannot tell
 * them apart.
 */
class SafetensorsRoundTripProperties {

    @Property(tries = 60)
    void f64RoundTripIsExact(@ForAll ShallowNetwork shallow, @ForAll DeepNetwork deep) throws IOException {
        UnivariateNetwork[] nets = {shallow, deep};
        for (UnivariateNetwork net : nets) {
            assertThat(roundTrip(net, TensorDtype.F64)).isEqualTo(asRead(net));
        }
    }

    @Property(tries = 60)
    void f32RoundTripRoundsEachParameterToFloat(@ForAll ShallowNetwork shallow, @ForAll DeepNetwork deep)
            throws IOException {
        assertThat(roundTrip(shallow, TensorDtype.F32)).isEqualTo(ShallowNetwork.fromParameters(shallow.width(),
                toFloats(shallow.parameters())));
        assertThat(roundTrip(deep, TensorDtype.F32)).isEqualTo(asRead(DeepNetwork.of(deep.architecture(),
                toFloats(deep.parameters()))));
    }

    /** @return {@code net} as a reader returns it: shallow when it has one hidden layer */
    private static UnivariateNetwork asRead(UnivariateNetwork net) {
        return net instanceof DeepNetwork deep && deep.architecture().hiddenLayers() == 1 ? deep.asShallow() : net;
    }

    private static double[] toFloats(double[] theta) {
        double[] rounded = new double[theta.length];
        for (int k = 0; k < theta.length; k++) {
            rounded[k] = (float) theta[k];
        }
        return rounded;
    }

    private static UnivariateNetwork roundTrip(UnivariateNetwork net, TensorDtype dtype) throws IOException {
        Path dir = Files.createTempDirectory("safetensors-round-trip");
        Path file = dir.resolve("net.safetensors");
        try {
            SafetensorsNetwork.write(file, net, dtype);
            return SafetensorsNetwork.read(file);
        } finally {
            Files.deleteIfExists(file);
            Files.delete(dir);
        }
    }
}
