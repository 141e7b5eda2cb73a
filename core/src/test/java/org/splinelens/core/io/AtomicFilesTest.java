package org.splinelens.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
