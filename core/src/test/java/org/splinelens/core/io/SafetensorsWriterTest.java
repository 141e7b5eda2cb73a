package org.splinelens.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.network.ShallowNetwork;

/** The bytes a written file holds: what {@code safetensors.torch.save_file} writes for the Sequential's state dict. */
class SafetensorsWriterTest {
    @TempDir
    Path tmp;

    @Test
    void aShallowNetIsTheSequentialsStateDictWithAPaddedHeader() throws IOException {
        Path file = tmp.resolve("net.safetensors");
        SafetensorsNetwork.write(file, ShallowNetwork.of(new double[] {2, -1}, new double[] {-1, 0.5},
                new double[] {3, 0.25}, 0.5), TensorDtype.F32);
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int n = (int) in.getLong();
        String header = new String(bytes, 8, n, StandardCharsets.UTF_8);
        // tensors sorted by name (the crate's order within one dtype), data back to back in that order
        String json = "{\"__metadata__\":{\"format\":\"pt\",\"producer\":\"splinelens\"},"
                + "\"0.bias\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
                + "\"0.weight\":{\"dtype\":\"F32\",\"shape\":[2,1],\"data_offsets\":[8,16]},"
                + "\"2.bias\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[16,20]},"
                + "\"2.weight\":{\"dtype\":\"F32\",\"shape\":[1,2],\"data_offsets\":[20,28]}}";
        assertThat(n % 8).isZero();
        assertThat(header).isEqualTo(json + " ".repeat(n - json.length()));
        assertThat(bytes).hasSize(8 + n + 28);
        in.position(8 + n);
        float[] data = new float[7];
        for (int k = 0; k < data.length; k++) {
            data[k] = in.getFloat();
        }
        assertThat(data).containsExactly(-1f, 0.5f, 2f, -1f, 0.5f, 3f, 0.25f);
    }

    @Test
    void deepLayersAreNumberedAsInASequentialWithTheirReLUs() throws IOException {
        DeepArchitecture arch = new DeepArchitecture(2, 3);
        DeepNetwork deep = DeepNetwork.of(arch, new double[arch.parameterCount()]);
        Path file = tmp.resolve("deep.safetensors");
        SafetensorsNetwork.write(file, deep, TensorDtype.F64);
        byte[] bytes = Files.readAllBytes(file);
        String header = new String(bytes, 8, (int) ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getLong(),
                StandardCharsets.UTF_8);
        assertThat(header).contains("\"0.weight\":{\"dtype\":\"F64\",\"shape\":[2,1]",
                "\"2.weight\":{\"dtype\":\"F64\",\"shape\":[3,2]", "\"4.weight\":{\"dtype\":\"F64\",\"shape\":[1,3]");
    }

    @Test
    void aWeightBeyondFloatRangeIsRefusedForF32AndWrittenForF64() throws IOException {
        ShallowNetwork big = ShallowNetwork.of(new double[] {1, 1e300}, new double[] {0, 0}, new double[] {1, 1}, 0);
        Path file = tmp.resolve("big.safetensors");
        assertThatThrownBy(() -> SafetensorsNetwork.write(file, big, TensorDtype.F32))
                .isInstanceOf(InvalidInputException.class).hasMessage(file + ": 0.weight[1, 0] = 1.0E300 is beyond"
                        + " the range of F32 (±3.4028235E38); write F64 instead");
        assertThat(file).doesNotExist();
        SafetensorsNetwork.write(file, big, TensorDtype.F64);
        assertThat(SafetensorsNetwork.read(file)).isEqualTo(big);
    }

    @Test
    void halfPrecisionIsReadOnly() {
        ShallowNetwork net = ShallowNetwork.of(new double[] {1}, new double[] {0}, new double[] {1}, 0);
        assertThatThrownBy(() -> SafetensorsNetwork.write(tmp.resolve("h.safetensors"), net, TensorDtype.F16))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("write F32 or F64");
    }

    @Test
    void binary16DecodesEveryClassOfValue() {
        // IEEE 754 binary16: sign, 5 exponent bits (bias 15), 10 fraction bits
        assertThat(TensorDtype.half((short) 0x3c00)).isEqualTo(1.0);
        assertThat(TensorDtype.half((short) 0xc000)).isEqualTo(-2.0);
        assertThat(TensorDtype.half((short) 0x7bff)).isEqualTo(65504.0); // largest finite
        assertThat(TensorDtype.half((short) 0x0001)).isEqualTo(0x1p-24); // smallest subnormal
        assertThat(TensorDtype.half((short) 0x0400)).isEqualTo(0x1p-14); // smallest normal
        assertThat(TensorDtype.half((short) 0x3555)).isEqualTo(0x1.554p-2); // 0.333251953125
        assertThat(TensorDtype.half((short) 0x8000)).isEqualTo(-0.0);
        assertThat(TensorDtype.half((short) 0x7c00)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(TensorDtype.half((short) 0x7e00)).isNaN();
    }
}
