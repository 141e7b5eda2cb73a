package org.splinelens.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.splinelens.core.network.ShallowNetwork;
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

    @Test
    void anUnknownKeyIsRefusedNotIgnored() {
        // "bo" for "b0": ignored, it would leave the output bias at its default 0 without a word
        assertThatThrownBy(() -> NetworkJson.parse("{\"type\":\"shallow\",\"w\":[1],\"b\":[0],\"v\":[1],"
                + "\"bo\":2}", "net.json")).hasMessage("net.json: unknown key 'bo'; expected type, w, b, v, b0");
        assertThatThrownBy(() -> NetworkJson.parse("{\"type\":\"deep\",\"layers\":[{\"weights\":[[1]],"
                + "\"biases\":[0],\"bias\":[1]},{\"weights\":[[1]],\"biases\":[0]}]}", "net.json"))
                .hasMessage("net.json: unknown key 'bias' in layers[0]; expected weights, biases");
    }

    @Test
    void aKeyGivenTwiceIsRefusedNotResolvedSilently() {
        // a lenient reader takes the last b0 (5.0): which one the author meant is unknowable
        assertThatThrownBy(() -> NetworkJson.parse("{\"type\":\"shallow\",\"w\":[1.0],\"b\":[0.0],\"v\":[1.0],"
                + "\"b0\":0.0,\"b0\":5.0}", "dup.json")).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("dup.json: malformed JSON at line 1, column ")
                .hasMessageContaining("Duplicate field 'b0'").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> NetworkJson.parse("{\"type\":\"deep\",\"layers\":[{\"weights\":[[1]],\"biases\":[0],"
                + "\n\"biases\":[1]},{\"weights\":[[1]],\"biases\":[0]}]}", "deep.json"))
                .hasMessageStartingWith("deep.json: malformed JSON at line 2, column ")
                .hasMessageContaining("Duplicate field 'biases'");
    }

    @Test
    void anythingAfterTheObjectIsRefusedWithItsPlace() {
        String net = "{\"type\":\"shallow\",\"w\":[1.0],\"b\":[0.0],\"v\":[1.0],\"b0\":0.0}";
        assertThatThrownBy(() -> NetworkJson.parse(net + " garbage", "trail.json"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("trail.json: more content after the network's JSON object at line 1, column "
                        + (net.length() + 2) + "; a network file holds exactly one object");
        assertThatThrownBy(() -> NetworkJson.parse(net + net.replace("1.0", "2.0"), "two.json"))
                .hasMessage("two.json: more content after the network's JSON object at line 1, column "
                        + (net.length() + 1) + "; a network file holds exactly one object");
        assertThatThrownBy(() -> NetworkJson.parse(net + "\n\n]", "bracket.json"))
                .hasMessageContaining("at line 3, column 1;");
        assertThatThrownBy(() -> NetworkJson.parse(net + "\r\n\r\n  x", "crlf.json"))
                .hasMessageContaining("at line 3, column 3;");
        // white space after the object is not content: files end with a line break
        assertThat(NetworkJson.parse(net + "\n \t\r\n", "ok.json")).isEqualTo(NetworkJson.parse(net, "ok.json"));
    }

    @Test
    void messagesQuoteAtMostAHundredCharactersOfTheFile() {
        String longType = "t".repeat(1_000_000);
        assertThatThrownBy(() -> NetworkJson.parse("{\"type\":\"" + longType + "\"}", "n.json"))
                .hasMessage("n.json: key \"type\" is '" + "t".repeat(100) + "\u2026' (1,000,000 characters),"
                        + " expected \"shallow\" or \"deep\"");
        String bigArray = "[" + "1,".repeat(100_000) + "1]";
        assertThatThrownBy(() -> NetworkJson.parse("{\"type\":\"shallow\",\"w\":[1],\"b\":[0],\"v\":[1],\"b0\":"
                + bigArray + "}", "n.json")).hasMessageStartingWith("n.json: b0 must be a number, got '[1,1,")
                .hasMessageEndingWith("characters)").satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
        String garbage = "x".repeat(100_000);
        assertThatThrownBy(() -> NetworkJson.parse(garbage, "g.json")).hasMessageStartingWith("g.json: malformed JSON")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(250));
    }

    @Test
    void biasesDefaultToZeroInBothShapes() {
        // the networks written with every key, the zero biases spelled out
        assertThat(NetworkJson.parse("{\"type\":\"shallow\",\"w\":[1.5,-2],\"v\":[0.5,3]}", "s.json"))
                .isEqualTo(ShallowNetwork.of(new double[] {1.5, -2}, new double[2], new double[] {0.5, 3}, 0));
        assertThat(NetworkJson.parse("{\"type\":\"shallow\",\"w\":[1],\"b\":[2],\"v\":[3]}", "s.json"))
                .isEqualTo(ShallowNetwork.of(new double[] {1}, new double[] {2}, new double[] {3}, 0));
        String full = "{\"type\":\"deep\",\"layers\":[{\"weights\":[[1],[-1]],\"biases\":[0,0]},"
                + "{\"weights\":[[2,3]],\"biases\":[0.5]}]}";
        assertThat(NetworkJson.parse("{\"type\":\"deep\",\"layers\":[{\"weights\":[[1],[-1]]},"
                + "{\"weights\":[[2,3]],\"biases\":[0.5]}]}", "d.json")).isEqualTo(NetworkJson.parse(full, "f.json"));
        assertThat(NetworkJson.parse("{\"type\":\"deep\",\"layers\":[{\"weights\":[[1],[-1]]},"
                + "{\"weights\":[[2,3]]}]}", "d.json").value(2.0)).isEqualTo(2.0 * 2); // 2·relu(2) + 3·relu(−2)
    }

    @Test
    void aMissingWeightIsRefusedInOneLineNamingFileAndKey() {
        String rule = " (weights are required; only biases may be left out, as 0)";
        assertThatThrownBy(() -> NetworkJson.parse("{\"type\":\"shallow\",\"b\":[0],\"v\":[1],\"b0\":0}",
                "s.json")).hasMessage("s.json: missing key \"w\"" + rule);
        assertThatThrownBy(() -> NetworkJson.parse("{\"type\":\"shallow\",\"w\":[1],\"b\":[0],\"b0\":0}",
                "s.json")).hasMessage("s.json: missing key \"v\"" + rule);
        assertThatThrownBy(() -> NetworkJson.parse("{\"type\":\"deep\",\"layers\":[{\"weights\":[[1]]},"
                + "{\"biases\":[0]}]}", "d.json")).hasMessage("d.json: missing key \"layers[1].weights\"" + rule);
        // a default stays a default only for a key left out: a bias given with the wrong length is still refused
        assertThatThrownBy(() -> NetworkJson.parse("{\"type\":\"shallow\",\"w\":[1,2],\"b\":[0],\"v\":[1,2]}",
                "s.json")).hasMessageStartingWith("s.json: \"w\", \"b\" and \"v\" must have equal lengths");
    }
}
