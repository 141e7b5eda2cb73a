package org.splinelens.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.splinelens.core.network.UnivariateNetwork;
import org.splinelens.core.testing.RandomNetworks;

/** Either format is read by name or, under another name, by content; JSON is never mistaken for safetensors. */
class NetworkFilesTest {
    @TempDir
    Path tmp;

    @Test
    void aSafetensorsFileIsReadUnderAnyName() throws IOException {
        UnivariateNetwork net = RandomNetworks.deep(3);
        Path file = tmp.resolve("net.safetensors");
        SafetensorsNetwork.write(file, net, TensorDtype.F64);
        for (String name : new String[] {"model.bin", "net.json", "NET.SAFETENSORS", "noextension"}) {
            Path copy = Files.copy(file, tmp.resolve(name));
            assertThat(NetworkFiles.isSafetensors(copy)).as(name).isTrue();
            assertThat(NetworkFiles.read(copy)).as(name).isEqualTo(net);
        }
    }

    @Test
    void jsonIsReadAsJsonUnderAnyOtherName() throws IOException {
        for (long seed = 0; seed < 5; seed++) {
            UnivariateNetwork net = RandomNetworks.shallow(seed);
            Path file = tmp.resolve("net" + seed + ".txt");
            NetworkJson.write(file, net);
            assertThat(NetworkFiles.isSafetensors(file)).isFalse();
            assertThat(NetworkFiles.read(file)).isEqualTo(net);
        }
        Path tiny = Files.writeString(tmp.resolve("tiny.json"), "{}");
        assertThat(NetworkFiles.isSafetensors(tiny)).isFalse();
        assertThatThrownBy(() -> NetworkFiles.read(tiny)).hasMessageContaining("missing key \"type\"");
    }

    @Test
    void theNameSafetensorsPromisesTheFormat() throws IOException {
        Path json = tmp.resolve("net.safetensors");
        NetworkJson.write(json, RandomNetworks.shallow(1));
        assertThatThrownBy(() -> NetworkFiles.read(json)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("runs past the end of the file");
    }
}
