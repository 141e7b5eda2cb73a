package org.splinelens.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic writes replace the whole file, leave no temporary behind, and honour the umask like any new file. */
class AtomicFilesTest {

    @TempDir
    Path tmp;

    @Test
    void replacesTheWholeFileAndLeavesNothingElse() throws IOException {
        Path file = tmp.resolve("sub/out.txt");
        AtomicFiles.writeString(file, "first, longer content");
        AtomicFiles.writeString(file, "second");
        assertThat(Files.readString(file)).isEqualTo("second");
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("out.txt");
        }
    }

    @Test
    void permissionsAreThoseOfAnyNewFile() throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return; // no umask to honour
        }
        Path plain = Files.createFile(tmp.resolve("plain.txt"));
        Path atomic = tmp.resolve("atomic.txt");
        AtomicFiles.writeString(atomic, "x");
        assertThat(Files.getPosixFilePermissions(atomic)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void asciiTextIsWrittenAsTheUtf8WriterWritesIt() throws IOException {
        AtomicFiles.Text text = out -> {
            SplittableRandom random = new SplittableRandom(11);
            out.write("epoch,unit,w\n");
            StringBuilder rows = new StringBuilder();
            for (int k = 0; k < 5000; k++) {
                rows.append(k).append(',');
                DecimalText.append(Double.longBitsToDouble(random.nextLong()), rows);
                rows.append('\n');
                if (rows.length() > 9000) {
                    out.append(rows); // chunks larger than any buffer, as the training CSVs hand them on
                    rows.setLength(0);
                }
            }
            out.append(rows);
            out.write('x');
            out.write(new char[] {'a', ',', 'b'}, 1, 2);
            out.write("-=-", 1, 1);
        };
        AtomicFiles.write(tmp.resolve("utf8.csv"), text);
        AtomicFiles.writeAscii(tmp.resolve("ascii.csv"), text);
        assertThat(Files.readAllBytes(tmp.resolve("ascii.csv"))).isEqualTo(Files.readAllBytes(tmp.resolve("utf8.csv")));
        assertThat(Files.size(tmp.resolve("ascii.csv"))).isGreaterThan(50_000);

        AtomicFiles.writeAscii(tmp.resolve("other.txt"), out -> out.append("x ± y").write('→'));
        assertThat(Files.readString(tmp.resolve("other.txt"))).isEqualTo("x ? y?");
    }
}
