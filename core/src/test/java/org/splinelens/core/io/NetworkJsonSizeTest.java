package org.splinelens.core.io;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A network file is weighed before it is read: one larger than a Java string, or than the heap, is refused. */
class NetworkJsonSizeTest {
    @TempDir
    Path tmp;

    @Test
    void aFileBeyondOneJavaStringIsRefusedInOneLine() throws IOException {
        Path file = tmp.resolve("huge.json");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(3L << 30); // sparse: no disk is used, but the file says 3 GB
        }
        assertThatThrownBy(() -> NetworkJson.read(file)).isInstanceOf(InvalidInputException.class)
                .hasMessage(file + ": 3,221,225,472 bytes of JSON, more than one Java array holds (2,147,483,639)");
    }
}
