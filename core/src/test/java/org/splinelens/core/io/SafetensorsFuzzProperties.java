package org.splinelens.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.LongRange;
import org.splinelens.core.network.UnivariateNetwork;

/**
 * Damage to a file PyTorch wrote — bytes changed anywhere, in the header's text or its length, the file cut or
 * grown — never escapes as anything but a network or a one-line {@link InvalidInputException} naming the source.
 */
class SafetensorsFuzzProperties {

    @Property(tries = 400)
    void damagedFilesAreReadOrRefusedInOneLine(@ForAll @LongRange(min = 0, max = 1_000_000_000) long seed)
            throws IOException {
        byte[] good = Files.readAllBytes(TorchOutputs.FIXTURES.resolve("deep-f32.safetensors"));
        SplittableRandom r = new SplittableRandom(seed);
        byte[] bytes = good.clone();
        int headerEnd = 8 + (bytes[0] & 0xff | (bytes[1] & 0xff) << 8);
        switch (r.nextInt(5)) {
            case 0 -> bytes[r.nextInt(bytes.length)] = (byte) r.nextInt(256); // anywhere
            case 1 -> { // the header's text: a character that JSON or the format gives meaning to
                String chars = "{}[],:\"0123456789-.e FIBU";
                bytes[8 + r.nextInt(headerEnd - 8)] = (byte) chars.charAt(r.nextInt(chars.length()));
            }
            case 2 -> bytes[r.nextInt(8)] = (byte) r.nextInt(256); // the header length
            case 3 -> bytes = Arrays.copyOf(bytes, r.nextInt(bytes.length)); // cut
            default -> bytes = Arrays.copyOf(bytes, bytes.length + 1 + r.nextInt(16)); // grown
        }
        try {
            UnivariateNetwork net = SafetensorsNetwork.parse(bytes, "fuzz");
            assertThat(net.parameterCount()).isPositive();
            Statistics.collect("read");
        } catch (InvalidInputException e) {
            assertThat(e.getMessage()).startsWith("fuzz: ").doesNotContain("\n");
            Statistics.collect("refused");
        }
        // both outcomes occur: damage in the data often leaves a readable (different) net
        Statistics.coverage(coverage -> {
            coverage.check("read").count(c -> c > 0);
            coverage.check("refused").count(c -> c > 0);
        });
    }
}
