package org.splinelens.core.io;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.splinelens.core.limits.Limits;

/**
 * Reading input files into memory with a bound on the bytes read, so that a file too large for the heap, or an endless
 * stream such as {@code /dev/zero} or a pipe that never closes, is refused in one line naming it instead of failing
 * with an {@link OutOfMemoryError} ("Required array length … is too large"). The bound counts bytes as they are read,
 * not {@link Files#size}, which a device or a pipe does not know; a regular file larger than the bound is refused
 * before its first byte is read.
 *
 * <p>The bound is derived from the free heap: text read as lines, then parsed (a {@code String} per line, a tree of
 * JSON nodes, the numbers), costs up to {@link #MEMORY_PER_BYTE} bytes of heap per byte of input — about 50 bytes a
 * line of a 10-byte CSV row before its two doubles.
 */
public final class BoundedInput {
    /** Heap bytes an input byte may cost once read and parsed; the bound is the usable heap over this. */
    public static final double MEMORY_PER_BYTE = 8;

    private BoundedInput() {
    }

    /** @return the most bytes of input this JVM reads now: the usable heap over {@link #MEMORY_PER_BYTE} */
    public static long maxBytes() {
        return Limits.inputBytes(MEMORY_PER_BYTE);
    }

    /**
     * {@link Files#readAllLines(Path)} (UTF-8, malformed input reported) reading at most {@link #maxBytes()} bytes.
     *
     * @throws IOException           when the file cannot be read
     * @throws InvalidInputException naming the file when it holds more than the bound
     */
    public static List<String> readAllLines(Path file) throws IOException {
        return readAllLines(file, maxBytes());
    }

    /** {@link #readAllLines(Path)} with the bound given. */
    public static List<String> readAllLines(Path file, long maxBytes) throws IOException {
        refuseLargeFile(file, maxBytes);
        try (InputStream in = Files.newInputStream(file)) {
            return readAllLines(in, file.toString(), maxBytes);
        }
    }

    /** @return the lines of {@code in}, read to its end but no further than {@code maxBytes} bytes */
    static List<String> readAllLines(InputStream in, String source, long maxBytes) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(new Bounded(in, source, maxBytes),
                StandardCharsets.UTF_8.newDecoder()));
        List<String> lines = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lines.add(line);
        }
        return lines;
    }

    /**
     * {@link Files#readString(Path)} (UTF-8, malformed input reported) reading at most {@link #maxBytes()} bytes.
     *
     * @throws IOException           when the file cannot be read
     * @throws InvalidInputException naming the file when it holds more than the bound
     */
    public static String readString(Path file) throws IOException {
        return readString(file, maxBytes());
    }

    /** {@link #readString(Path)} with the bound given. */
    public static String readString(Path file, long maxBytes) throws IOException {
        byte[] bytes = readAllBytes(file, maxBytes);
        return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    }

    /**
     * {@link Files#readAllBytes(Path)} reading at most {@code maxBytes} bytes.
     *
     * @throws IOException           when the file cannot be read
     * @throws InvalidInputException naming the file when it holds more than the bound
     */
    public static byte[] readAllBytes(Path file, long maxBytes) throws IOException {
        refuseLargeFile(file, maxBytes);
        try (InputStream in = Files.newInputStream(file)) {
            return new Bounded(in, file.toString(), maxBytes).readAllBytes();
        }
    }

    private static void refuseLargeFile(Path file, long maxBytes) throws IOException {
        if (Files.isRegularFile(file) && Files.size(file) > maxBytes) {
            throw tooLarge(file.toString(), Limits.bytes(Files.size(file)) + ", more than", maxBytes);
        }
    }

    /** @param size how much there is: {@code "1.2 GB, more than"} for a file, {@code "more than"} for a stream */
    private static InvalidInputException tooLarge(String source, String size, long maxBytes) {
        return new InvalidInputException(source + ": " + size + " the " + Limits.bytes(maxBytes) + " of input this"
                + " JVM reads into its " + Limits.bytes(Runtime.getRuntime().maxMemory()) + " heap; "
                + Limits.MORE_HEAP);
    }

    /** A stream that refuses to deliver more than its bound: reading past it throws, naming the source. */
    private static final class Bounded extends FilterInputStream {
        private final String source;
        private final long maxBytes;
        private long read;

        Bounded(InputStream in, String source, long maxBytes) {
            super(in);
            this.source = source;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > maxBytes) {
                throw tooLarge(source, "more than", maxBytes);
            }
        }
    }
}
