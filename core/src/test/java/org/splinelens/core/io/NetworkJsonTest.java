package org.splinelens.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.splinelens.core.network.UnivariateNetwork;
import org.splinelens.core.testing.RandomNetworks;

class NetworkJsonTest {
    @TempDir
    Path tmp;

    @Test
    void shallowAndDeepNetworksRoundTripExactly() throws IOException {
        for (long seed = 0; seed < 20; seed++) {
            for (UnivariateNetwork net : new UnivariateNetwork[] {RandomNetworks.shallow(seed),
                    RandomNetworks.deep(seed)}) {
                Path file = tmp.resolve("net" + seed + ".json");
                NetworkJson.write(file, net);
                assertThat(NetworkJson.read(file)).isEqualTo(net);
            }
        }
    }

    @Test
    void shapeErrorsNameTheKey() {
        assertThatThrownBy(() -> NetworkJson.parse("{\"type\":\"deep\",\"layers\":[{\"weights\":[[1],[2]],"
                + "\"biases\":[0,0]},{\"weights\":[[1,2,3]],\"biases\":[0]}]}", "n.json"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("n.json")
                .hasMessageContaining("layers[1].weights[0]");
        assertThatThrownBy(() -> NetworkJson.parse("{\"type\":\"shallow\",\"w\":[1],\"b\":[1e999],\"v\":[1]}",
                "n.json")).hasMessageContaining("b[0]");
        assertThatThrownBy(() -> NetworkJson.parse("{\"type\":\"cnn\"}", "n.json")).hasMessageContaining("type");
        assertThatThrownBy(() -> NetworkJson.parse("[1,2", "n.json")).hasMessageContaining("malformed JSON");
    }
}
