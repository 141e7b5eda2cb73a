package org.splinelens.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.splinelens.core.network.ShallowNetwork;

/**
 * Byte-level damage to a safetensors file, and headers that break the format's rules, are refused in one line
 * naming the file and the key or offset; nothing is allocated from a length the file does not back.
 */
class SafetensorsCorruptionTest {
    /** f(x) = 0.5 + 3 relu(2x − 1) as F32: 0.weight [1, 1], 0.bias [1], 2.weight [1, 1], 2.bias [1]. */
    private static final byte[] DATA = floats(2, -1, 3, 0.5f);

    @TempDir
    Path tmp;

    private static byte[] floats(float... values) {
        ByteBuffer out = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            out.putFloat(v);
        }
        return out.array();
    }

    private static String entry(String name, String dtype, String shape, long begin, long end) {
        return "\"" + name + "\":{\"dtype\":\"" + dtype + "\",\"shape\":" + shape + ",\"data_offsets\":[" + begin
                + "," + end + "]}";
    }

    /** The header of {@link #DATA}, its entries in data order. */
    private static String header() {
        return "{" + entry("0.weight", "F32", "[1,1]", 0, 4) + "," + entry("0.bias", "F32", "[1]", 4, 8) + ","
                + entry("2.weight", "F32", "[1,1]", 8, 12) + "," + entry("2.bias", "F32", "[1]", 12, 16) + "}";
    }

    private static byte[] file(byte[] header, long declaredLength, byte[] data) {
        ByteBuffer out = ByteBuffer.allocate(8 + header.length + data.length).order(ByteOrder.LITTLE_ENDIAN);
        return out.putLong(declaredLength).put(header).put(data).array();
    }

    private static byte[] file(String header, byte[] data) {
        byte[] text = header.getBytes(StandardCharsets.UTF_8);
        return file(text, text.length, data);
    }

    /** @return the one-line message a file of {@code bytes} is refused with, after checking it names the file */
    private String refused(byte[] bytes) throws IOException {
        Path file = Files.write(tmp.resolve("bad.safetensors"), bytes);
        String[] message = new String[1];
        assertThatThrownBy(() -> SafetensorsNetwork.read(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(file + ": ").hasMessageNotContaining("\n")
                .satisfies(e -> message[0] = e.getMessage().substring(file.toString().length() + 2));
        assertThatThrownBy(() -> SafetensorsNetwork.parse(bytes, "mem")).hasMessage("mem: " + message[0]);
        return message[0];
    }

    @Test
    void theHandMadeFileIsTheNetItDescribes() throws IOException {
        Path file = Files.write(tmp.resolve("ok.safetensors"), file(header(), DATA));
        assertThat(SafetensorsNetwork.read(file)).isEqualTo(ShallowNetwork.of(new double[] {2}, new double[] {-1},
                new double[] {3}, 0.5));
        // padded with spaces, the header's entries in any order
        String shuffled = "{" + entry("2.bias", "F32", "[1]", 12, 16) + "," + entry("0.weight", "F32", "[1,1]", 0, 4)
                + "," + entry("2.weight", "F32", "[1,1]", 8, 12) + "," + entry("0.bias", "F32", "[1]", 4, 8) + "}  ";
        assertThat(SafetensorsNetwork.parse(file(shuffled, DATA), "mem")).isEqualTo(SafetensorsNetwork.read(file));
    }

    @Test
    void aTruncatedFileIsRefused() throws IOException {
        byte[] good = file(header(), DATA);
        assertThat(refused(new byte[0])).isEqualTo("truncated: 0 bytes, fewer than the 8 of a safetensors file's"
                + " header length");
        assertThat(refused(Arrays.copyOf(good, 7))).startsWith("truncated: 7 bytes");
        assertThat(refused(Arrays.copyOf(good, 40))).isEqualTo("the header length " + header().length()
                + " (bytes 0 to 8) runs past the end of the file (40 bytes): truncated, or not a safetensors file");
        assertThat(refused(Arrays.copyOf(good, good.length - 1))).isEqualTo("'2.bias': data_offsets [12, 16] are"
                + " out of range: the data after the header has 15 bytes");
    }

    @Test
    void aHeaderLengthBeyondTheFileIsRefusedBeforeAnythingIsAllocated() throws IOException {
        byte[] text = header().getBytes(StandardCharsets.UTF_8);
        assertThat(refused(file(text, 1L << 40, DATA))).startsWith("the header length 1099511627776 (bytes 0 to 8)"
                + " runs past the end of the file");
        // a u64 beyond Long.MAX_VALUE, printed unsigned
        assertThat(refused(file(text, -2, DATA))).startsWith("the header length 18446744073709551614 ");
    }

    @Test
    void aHeaderBeyondTheFormatsLimitIsRefusedWithoutReadingIt() throws IOException {
        Path file = tmp.resolve("huge.safetensors");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(150_000_000); // sparse: no disk is used
            raf.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(120_000_000).array());
        }
        assertThatThrownBy(() -> SafetensorsNetwork.read(file)).isInstanceOf(InvalidInputException.class)
                .hasMessage(file + ": the header length 120000000 (bytes 0 to 8) is more than the 100,000,000 bytes"
                        + " the safetensors format allows");
    }

    @Test
    void aHeaderThatIsNotAJsonObjectIsRefused() throws IOException {
        assertThat(refused(file("{not json}", DATA))).startsWith("malformed JSON in the safetensors header at"
                + " character 2: ");
        assertThat(refused(file("[1, 2, 3]", DATA))).isEqualTo("the safetensors header (bytes 8 to 17) is not a JSON"
                + " object: it starts with '[1, 2, 3'");
        assertThat(refused(file(new byte[] {'{', (byte) 0xff, '}'}, 3, DATA))).isEqualTo("the safetensors header"
                + " (bytes 8 to 11) is not UTF-8 text");
        assertThat(refused(file(header() + " {}", DATA))).startsWith("more content after the safetensors header's"
                + " JSON object at character " + (header().length() + 2));
        String twice = header().replace("}}", "}," + entry("0.bias", "F32", "[1]", 4, 8) + "}");
        assertThat(refused(file(twice, DATA))).contains("Duplicate field '0.bias'");
    }

    @Test
    void dtypesMustBeKnownAndFloatingPoint() throws IOException {
        assertThat(refused(file(header().replace("\"F32\",\"shape\":[1]", "\"F128\",\"shape\":[1]"), DATA)))
                .startsWith("'0.bias': unknown dtype 'F128'; safetensors dtypes are BF16, BOOL, ");
        assertThat(refused(file(header().replace("\"F32\",\"shape\":[1,1],\"data_offsets\":[0,4]",
                "\"I32\",\"shape\":[1,1],\"data_offsets\":[0,4]"), DATA)))
                .isEqualTo("'0.weight' has dtype I32; a Linear layer's tensors are F64, F32, F16 or BF16");
    }

    @Test
    void offsetsMustCoverTheDataExactly() throws IOException {
        assertThat(refused(file(header().replace("[4,8]", "[2,8]"), DATA))).isEqualTo("'0.bias': data_offsets"
                + " [2, 8] hold 6 bytes, but F32 of shape [1] takes 4");
        assertThat(refused(file(header().replace("[4,8]", "[2,6]"), DATA))).isEqualTo("'0.bias': data_offsets"
                + " [2, 6] overlap those of '0.weight' [0, 4]");
        assertThat(refused(file(header().replace("[12,16]", "[16,20]"), DATA))).isEqualTo("'2.bias':"
                + " data_offsets [16, 20] are out of range: the data after the header has 16 bytes");
        assertThat(refused(file(header().replace("[12,16]", "[12,8]"), DATA))).isEqualTo("'2.bias': data_offsets"
                + " [12, 8] end before they begin");
        assertThat(refused(file(header(), Arrays.copyOf(DATA, 20)))).isEqualTo("bytes 16 to 20 of the data belong"
                + " to no tensor; the last tensor must end where the file does");
        String gap = header().replace("[8,12]", "[12,16]").replace("\"2.bias\":{\"dtype\":\"F32\",\"shape\":[1],"
                + "\"data_offsets\":[12,16]", "\"2.bias\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[16,20]");
        assertThat(refused(file(gap, Arrays.copyOf(DATA, 20)))).isEqualTo("bytes 8 to 12 of the data belong to no"
                + " tensor ('2.weight' starts at 12); the format allows no gaps");
        assertThat(refused(file(header().replace("[1,1],\"data_offsets\":[0,4]", "[1,-1],\"data_offsets\":[0,4]"),
                DATA))).isEqualTo("'0.weight': shape[1] must be a non-negative integer, got '-1'");
        assertThat(refused(file(header().replace("[0,4]", "[0,4.0]"), DATA))).isEqualTo("'0.weight': data_offsets[1]"
                + " must be a non-negative integer, got '4.0'");
    }

    @Test
    void tensorEntriesAndMetadataAreReadStrictly() throws IOException {
        assertThat(refused(file(header().replace("\"data_offsets\":[0,4]", "\"data_offsets\":[0,4],\"offset\":0"),
                DATA))).isEqualTo("'0.weight': unknown key 'offset'; expected dtype, shape, data_offsets");
        assertThat(refused(file(header().replace("{\"0.weight", "{\"__metadata__\":{\"epoch\":3},\"0.weight"),
                DATA))).isEqualTo("__metadata__.epoch must be a string, got '3'");
        // any string-to-string metadata is accepted, and nothing in it is required
        assertThat(SafetensorsNetwork.parse(file(header().replace("{\"0.weight",
                "{\"__metadata__\":{\"format\":\"pt\",\"epoch\":\"3\"},\"0.weight"), DATA), "mem"))
                .isEqualTo(SafetensorsNetwork.parse(file(header(), DATA), "mem"));
    }

    @Test
    void keySetsThatAreNotOneReluMlpAreRefused() throws IOException {
        assertThat(refused(file("{}", new byte[0]))).startsWith("the file holds no tensors");
        assertThat(refused(file("{" + entry("0.weight", "F32", "[1,1]", 0, 4) + "," + entry("0.bias", "F32", "[1]",
                4, 8) + "}", Arrays.copyOf(DATA, 8)))).startsWith("one Linear layer ('0.weight') and no hidden"
                + " layer");
        assertThat(refused(file(header().replace("\"2.", "\"head.2."), DATA))).isEqualTo("keys '0.weight' and"
                + " 'head.2.weight' name layers of two different stacks; the file must hold one MLP");
        assertThat(refused(file(header().replace("\"2.weight", "\"2.kernel"), DATA))).startsWith("key '2.kernel'"
                + " is not a numbered Linear layer's weight or bias");
        assertThat(refused(file(header().replace("\"0.weight", "\"3.weight"), DATA))).isEqualTo("'0.bias' has no"
                + " weight beside it");
        assertThat(refused(file(header().replace("\"0.", "\"fc1.").replace("\"2.", "\"fc01."), DATA)))
                .isEqualTo("keys 'fc1.weight' and 'fc01.weight' give the same layer number 01 twice");
        assertThat(refused(file(header().replace("[1,1],\"data_offsets\":[0,4]", "[1],\"data_offsets\":[0,4]"),
                DATA))).isEqualTo("'0.weight' has shape [1]; a Linear layer's weight is [out, in]");
        assertThat(refused(file(header().replace("\"shape\":[1],\"data_offsets\":[4,8]",
                "\"shape\":[1,1],\"data_offsets\":[4,8]"), DATA))).isEqualTo("'0.bias' has shape [1, 1]; the bias"
                + " of a weight of shape [1, 1] is [1]");
    }

    @Test
    void aDeviceIsReadThroughTheBoundedReader() {
        Path devNull = Path.of("/dev/null");
        if (Files.exists(devNull)) {
            assertThatThrownBy(() -> SafetensorsNetwork.read(devNull)).hasMessage("/dev/null: truncated: 0 bytes,"
                    + " fewer than the 8 of a safetensors file's header length");
        }
        assertThatThrownBy(() -> SafetensorsNetwork.read(tmp.resolve("missing.safetensors")))
                .hasMessage(tmp.resolve("missing.safetensors") + ": no such file");
    }
}
