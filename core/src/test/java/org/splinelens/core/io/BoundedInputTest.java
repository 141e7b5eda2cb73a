package org.splinelens.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.splinelens.core.limits.Limits;

/** Input read into memory stops at its bound: files by their size before reading, streams by the bytes read. */
class BoundedInputTest {
    @TempDir
    Path tmp;

    @Test
    void withinTheBoundTheLinesAndTextAreThoseOfFiles() throws IOException {
        Path file = tmp.resolve("data.csv");
        Files.writeString(file, "x,y\r\n1,2\n\n3,4\rπ,5");
        assertThat(BoundedInput.readAllLines(file, 1000)).isEqualTo(Files.readAllLines(file));
        assertThat(BoundedInput.readString(file, 1000)).isEqualTo(Files.readString(file));
        long size = Files.size(file);
        assertThat(BoundedInput.readAllLines(file, size)).hasSize(5);
    }

    @Test
    void aFileBeyondTheBoundIsRefusedNamingItsSize() throws IOException {
        Path file = tmp.resolve("big.csv");
        Files.writeString(file, "x,y\n" + "1,2\n".repeat(1000));
        assertThatThrownBy(() -> BoundedInput.readAllLines(file, 1000))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(file + ": 3.9 KB, more than the 1000 B of input this JVM reads")
                .hasMessageEndingWith(Limits.MORE_HEAP);
        assertThatThrownBy(() -> BoundedInput.readString(file, 1000)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anEndlessStreamIsRefusedOnceTheBoundIsRead() {
        InputStream zeros = new InputStream() {
            @Override
            public int read() {
                return 0;
            }
        };
        assertThatThrownBy(() -> BoundedInput.readAllLines(zeros, "/dev/zero", 1 << 16))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("/dev/zero: more than the 64 KB of input this JVM reads");
    }

    @Test
    void malformedUtf8IsAnIoErrorAsWithFiles() throws IOException {
        Path file = tmp.resolve("latin1.csv");
        Files.write(file, "x,y\n\u00e9,1\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> BoundedInput.readAllLines(file, 1000)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> BoundedInput.readString(file, 1000)).isInstanceOf(IOException.class);
    }

    @Test
    void theDefaultBoundIsTheUsableHeapOverTheCostPerByte() {
        assertThat(BoundedInput.maxBytes()).isPositive()
                .isLessThan((long) (Runtime.getRuntime().maxMemory() / BoundedInput.MEMORY_PER_BYTE));
    }
}
