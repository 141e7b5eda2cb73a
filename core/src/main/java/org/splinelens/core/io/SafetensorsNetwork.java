package org.splinelens.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.splinelens.core.limits.Limits;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;

/**
 * Networks as safetensors files holding a PyTorch state dict (docs/PYTORCH.md): the
 * state dict of {@code nn.Sequential(nn.Linear(1, H1), nn.ReLU(), …, nn.Linear(HL, 1))}, keys {@code 0.weight}
 * ({@code [H1, 1]}), {@code 0.bias} ({@code [H1]}), {@code 2.weight} ({@code [H2, H1]}), …, and the usual named
 * variants ({@link LinearStack}: a prefix such as {@code net.} or {@code module.}, layers {@code fc1}, {@code fc2},
 * …, or {@code layers.N.}).
 *
 * <p>The format (huggingface/safetensors): an unsigned 64-bit little-endian header length {@code N}; {@code N}
 * bytes of a UTF-8 JSON object mapping each tensor's name to {@code {"dtype", "shape", "data_offsets":
 * [begin, end]}} and the optional {@code "__metadata__"} to a map of strings; then the tensors' bytes,
 * little-endian, row-major, {@code [begin, end)} counted from the first byte after the header.
 *
 * <p>Reading accepts F64, F32, F16 and BF16 tensors (each value is a double exactly) and is strict, like
 * {@link NetworkJson}: every problem is an {@link InvalidInputException} of one line naming the file and the key or
 * offset — a file shorter than its header length, a header length past the end of the file or beyond the format's
 * 100,000,000 bytes, a header that is not a JSON object ({@link SafetensorsHeader}), offsets that overlap, leave
 * gaps, run out of the file or disagree with dtype and shape, keys that are not one ReLU MLP, shapes that do not
 * chain {@code 1 → H1 → … → 1}, and weights that are NaN or infinite. Sizes are checked against the file and the
 * heap before anything is allocated; the data is decoded through one small buffer. {@code __metadata__} is checked
 * to map strings to strings and otherwise not used: nothing in it is required. One hidden layer is read as a
 * {@link ShallowNetwork} ({@code w} = the first weight's column, {@code b} its bias, {@code v} the second weight's
 * row, {@code b0} its bias), more as a {@link DeepNetwork} ({@code weights[out][in]} = PyTorch's
 * {@code weight[out][in]}).
 *
 * <p>Writing produces what {@code safetensors.torch.save_file(model.state_dict(), path)} would for the
 * Sequential: keys {@code 0.weight}, {@code 0.bias}, {@code 2.weight}, …, sorted by name, data in that order, the
 * header compact JSON starting with {@code "__metadata__": {"format": "pt", "producer": "splinelens"}} and padded
 * with spaces to a multiple of 8 bytes. Elements are F64 (exact) or F32 (each weight rounded to the nearest float;
 * one beyond float's range is refused).
 */
public final class SafetensorsNetwork {
    /** The file name extension of safetensors files. */
    public static final String EXTENSION = ".safetensors";
    /** The largest header the format allows (the safetensors crate's {@code MAX_HEADER_SIZE}). */
    static final long MAX_HEADER = 100_000_000;
    /** Heap a header byte may take while read: its text and JSON tree. */
    private static final double HEAP_PER_HEADER_BYTE = 8;
    /** Bytes decoded at a time: a multiple of every element size. */
    private static final int CHUNK = 1 << 16;

    private SafetensorsNetwork() {
    }

    /** Random access to the bytes of a file. */
    private interface Bytes {
        /** Fills {@code into} (its remaining bytes) from {@code position} on. */
        void read(long position, ByteBuffer into) throws IOException;
    }

    /** Reads a network file; the message of any failure starts with the file name. */
    public static UnivariateNetwork read(Path file) {
        String source = file.toString();
        try {
            if (!Files.isRegularFile(file)) { // a pipe or a device: read into memory, at most what the heap holds
                return parse(BoundedInput.readAllBytes(file, BoundedInput.maxBytes()), source);
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                return read(channel.size(), (position, into) -> {
                    for (long at = position; into.hasRemaining();) {
                        int n = channel.read(into, at);
                        if (n < 0) {
                            throw new InvalidInputException(source + ": ends at byte " + at + " while being read");
                        }
                        at += n;
                    }
                }, source);
            }
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(source + ": no such file");
        } catch (IOException e) {
            throw new InvalidInputException(source + ": cannot read: " + IoReason.of(e), e);
        }
    }

    /** Reads a network from the bytes of a safetensors file; {@code source} names it in error messages. */
    public static UnivariateNetwork parse(byte[] file, String source) {
        try {
            return read(file.length, (position, into) -> into.put(file, (int) position, into.remaining()), source);
        } catch (IOException e) {
            throw new IllegalStateException("reading an array cannot fail", e);
        }
    }

    private static UnivariateNetwork read(long size, Bytes in, String source) throws IOException {
        if (size < Long.BYTES) {
            throw new InvalidInputException(source + ": truncated: " + size + " bytes, fewer than the 8 of a"
                    + " safetensors file's header length");
        }
        ByteBuffer first = ByteBuffer.allocate(Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        in.read(0, first);
        long n = first.flip().getLong();
        if (n < 0 || n > size - Long.BYTES) {
            throw new InvalidInputException(source + ": the header length " + Long.toUnsignedString(n) + " (bytes 0"
                    + " to 8) runs past the end of the file (" + size + " bytes): truncated, or not a safetensors"
                    + " file");
        }
        if (n > MAX_HEADER) {
            throw new InvalidInputException(source + ": the header length " + n + " (bytes 0 to 8) is more than the "
                    + Limits.number(MAX_HEADER) + " bytes the safetensors format allows");
        }
        Limits.memory(source + " (a safetensors header of " + Limits.bytes(n) + ")", HEAP_PER_HEADER_BYTE * n);
        byte[] text = new byte[(int) n];
        in.read(Long.BYTES, ByteBuffer.wrap(text));
        long dataStart = Long.BYTES + n;
        SafetensorsHeader header = SafetensorsHeader.parse(text, size - dataStart, source);
        LinearStack stack = LinearStack.of(header.tensors(), source);
        int[] sizes = stack.sizes();
        double count = LinearStack.parameterCount(sizes);
        int length = Limits.arrayLength(source, "parameters", count);
        // the parameters, then the network's own copy of them
        Limits.memory(source + " (" + Limits.number(count) + " parameters)", 2.0 * Limits.DOUBLE * count);
        double[] theta = new double[length];
        ByteBuffer chunk = ByteBuffer.allocate(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
        for (int l = 0; l < stack.layers().size(); l++) {
            LinearStack.Layer layer = stack.layers().get(l);
            decode(in, dataStart, layer.weight(), theta, (int) LinearStack.weightOffset(sizes, l), chunk, source);
            if (layer.bias() != null) {
                decode(in, dataStart, layer.bias(), theta, (int) LinearStack.biasOffset(sizes, l), chunk, source);
            }
        }
        int[] widths = stack.hiddenWidths();
        return widths.length == 1 ? ShallowNetwork.fromParameters(widths[0], theta)
                : DeepNetwork.of(new DeepArchitecture(widths), theta);
    }

    /** Decodes tensor {@code t} into {@code theta[offset …]}, refusing a value that is not finite. */
    private static void decode(Bytes in, long dataStart, TensorEntry t, double[] theta, int offset, ByteBuffer chunk,
            String source) throws IOException {
        TensorDtype type = t.floatType();
        int count = (int) t.elements();
        int perChunk = chunk.capacity() / type.size();
        long position = dataStart + t.begin();
        for (int done = 0; done < count;) {
            int k = Math.min(perChunk, count - done);
            chunk.clear().limit(k * type.size());
            in.read(position, chunk);
            type.decode(chunk.flip(), theta, offset + done, k);
            position += (long) k * type.size();
            done += k;
        }
        for (int k = 0; k < count; k++) {
            if (!Double.isFinite(theta[offset + k])) {
                long[] shape = t.shape();
                String index = shape.length == 2 ? (k / shape[1]) + ", " + (k % shape[1]) : Integer.toString(k);
                throw new InvalidInputException(source + ": " + t.quoted() + "[" + index + "] is not finite: "
                        + theta[offset + k]);
            }
        }
    }

    /**
     * Writes a network file atomically, as the class describes.
     *
     * @param dtype {@link TensorDtype#F32} or {@link TensorDtype#F64}
     * @throws InvalidInputException    naming the key, when a weight is beyond the range of {@code F32}
     * @throws IllegalArgumentException for {@code F16} and {@code BF16}, which are read only
     */
    public static void write(Path file, UnivariateNetwork network, TensorDtype dtype) throws IOException {
        SafetensorsWriter writer = SafetensorsWriter.of(network, dtype, file.toString());
        AtomicFiles.writeBinary(file, writer::writeTo);
    }
}
