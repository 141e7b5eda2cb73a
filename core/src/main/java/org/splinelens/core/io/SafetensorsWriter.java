package org.splinelens.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;

/**
 * A network as the safetensors file {@code safetensors.torch.save_file} writes for the state dict of its
 * {@code nn.Sequential}: tensors {@code 2l.weight} ({@code [out, in]}) and {@code 2l.bias} ({@code [out]}) of each
 * layer {@code l}, sorted by name (the crate's order for tensors of one dtype), their data back to back in that
 * order; the header compact JSON, {@code __metadata__} first, padded with spaces to a multiple of 8 bytes.
 */
final class SafetensorsWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int CHUNK = 1 << 16;

    /** A tensor to write: its key, shape, and where its values start in the parameter vector. */
    private record Tensor(String name, int[] shape, int offset, int count) {
    }

    private final byte[] header;
    private final List<Tensor> tensors;
    private final double[] theta;
    private final TensorDtype dtype;

    private SafetensorsWriter(byte[] header, List<Tensor> tensors, double[] theta, TensorDtype dtype) {
        this.header = header;
        this.tensors = tensors;
        this.theta = theta;
        this.dtype = dtype;
    }

    /**
     * @param source names the file in error lines
     * @throws InvalidInputException    naming the key, when a weight is beyond the range of {@code F32}
     * @throws IllegalArgumentException for a dtype other than {@code F32} and {@code F64}
     */
    static SafetensorsWriter of(UnivariateNetwork network, TensorDtype dtype, String source) {
        if (dtype != TensorDtype.F32 && dtype != TensorDtype.F64) {
            throw new IllegalArgumentException("writing " + dtype + " is not supported; write F32 or F64");
        }
        int[] sizes;
        double[] theta;
        if (network instanceof ShallowNetwork shallow) {
            sizes = new int[] {1, shallow.width(), 1};
            theta = shallow.parameters();
        } else {
            DeepNetwork deep = (DeepNetwork) network;
            int[] widths = deep.architecture().hiddenWidths();
            sizes = new int[widths.length + 2];
            sizes[0] = 1;
            System.arraycopy(widths, 0, sizes, 1, widths.length);
            sizes[sizes.length - 1] = 1;
            theta = deep.parameters();
        }
        List<Tensor> tensors = new ArrayList<>();
        for (int l = 0; l + 1 < sizes.length; l++) {
            int weights = (int) LinearStack.weightOffset(sizes, l);
            int biases = (int) LinearStack.biasOffset(sizes, l);
            tensors.add(new Tensor(2 * l + ".weight", new int[] {sizes[l + 1], sizes[l]}, weights, biases - weights));
            tensors.add(new Tensor(2 * l + ".bias", new int[] {sizes[l + 1]}, biases, sizes[l + 1]));
        }
        tensors.sort(Comparator.comparing(Tensor::name));
        if (dtype == TensorDtype.F32) {
            tensors.forEach(t -> checkFloatRange(t, theta, source));
        }
        return new SafetensorsWriter(header(tensors, dtype), List.copyOf(tensors), theta, dtype);
    }

    private static void checkFloatRange(Tensor t, double[] theta, String source) {
        for (int k = 0; k < t.count(); k++) {
            double value = theta[t.offset() + k];
            if (Float.isInfinite((float) value)) {
                String index = t.shape().length == 2 ? (k / t.shape()[1]) + ", " + (k % t.shape()[1])
                        : Integer.toString(k);
                throw new InvalidInputException(source + ": " + t.name() + "[" + index + "] = " + value + " is beyond"
                        + " the range of F32 (±" + Float.MAX_VALUE + "); write F64 instead");
            }
        }
    }

    private static byte[] header(List<Tensor> tensors, TensorDtype dtype) {
        ObjectNode root = MAPPER.createObjectNode();
        root.putObject(SafetensorsHeader.METADATA).put("format", "pt").put("producer", "splinelens");
        long begin = 0;
        for (Tensor t : tensors) {
            ObjectNode entry = root.putObject(t.name());
            entry.put("dtype", dtype.name());
            Arrays.stream(t.shape()).forEach(entry.putArray("shape")::add);
            long end = begin + (long) t.count() * dtype.size();
            entry.putArray("data_offsets").add(begin).add(end);
            begin = end;
        }
        byte[] json;
        try {
            json = MAPPER.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a safetensors header", e);
        }
        byte[] padded = Arrays.copyOf(json, (json.length + 7) / 8 * 8);
        Arrays.fill(padded, json.length, padded.length, (byte) ' ');
        return padded;
    }

    /** Writes the file: header length, header, data. */
    void writeTo(OutputStream out) throws IOException {
        ByteBuffer chunk = ByteBuffer.allocate(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
        chunk.putLong(header.length);
        out.write(chunk.array(), 0, chunk.position());
        out.write(header);
        int perChunk = CHUNK / dtype.size();
        for (Tensor t : tensors) {
            for (int done = 0; done < t.count();) {
                int k = Math.min(perChunk, t.count() - done);
                chunk.clear();
                dtype.encode(theta, t.offset() + done, k, chunk);
                out.write(chunk.array(), 0, chunk.position());
                done += k;
            }
        }
    }
}
