package org.splinelens.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FilterFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cell files through Hadoop's file system: whole, beside no temporary or checksum file, never rewritten. */
class CellWriterTest {
    @TempDir
    Path tmp;

    private FileSystem fs() throws IOException {
        return CellWriter.fileSystem(tmp.toUri().toString(), new Configuration());
    }

    private org.apache.hadoop.fs.Path target(String relative) {
        return new org.apache.hadoop.fs.Path(tmp.toUri().toString(), relative);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private long files() throws IOException {
        try (Stream<Path> all = Files.walk(tmp)) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void writesTheWholeFileAndNothingBesideIt() throws IOException {
        assertThat(CellWriter.write(fs(), target("points/000/trials/trial-00000.json"), utf8("{\"trial\":0}")))
                .isTrue();
        assertThat(tmp.resolve("points/000/trials/trial-00000.json")).hasContent("{\"trial\":0}");
        assertThat(files()).as("no temporary or .crc file").isEqualTo(1);
    }

    @Test
    void aTargetThatExistsIsLeftUntouched() throws IOException {
        Path existing = tmp.resolve("trials/trial-00003.json");
        Files.createDirectories(existing.getParent());
        Files.writeString(existing, "first copy");
        long modified = Files.getLastModifiedTime(existing).toMillis();

        assertThat(CellWriter.write(fs(), target("trials/trial-00003.json"), utf8("second copy"))).isFalse();
        assertThat(existing).hasContent("first copy");
        assertThat(Files.getLastModifiedTime(existing).toMillis()).isEqualTo(modified);
        assertThat(files()).as("the temporary file is gone").isEqualTo(1);
    }

    /**
     * A file system on which another copy of the task renames its file into place just before this one does, and whose
     * rename, like HDFS's, refuses to replace a file.
     */
    private static final class RacingFileSystem extends FilterFileSystem {
        RacingFileSystem(FileSystem raw) {
            super(raw);
        }

        @Override
        public boolean rename(org.apache.hadoop.fs.Path src, org.apache.hadoop.fs.Path dst) throws IOException {
            try (var out = fs.create(dst, false)) {
                out.write(utf8("the other copy"));
            }
            return !fs.exists(dst) && fs.rename(src, dst);
        }
    }

    @Test
    void aCopyThatRenamesFirstWinsAndTheTemporaryIsDeleted() throws IOException {
        FileSystem racing = new RacingFileSystem(fs());
        assertThat(CellWriter.write(racing, target("trials/trial-00001.json"), utf8("this copy"))).isFalse();
        assertThat(tmp.resolve("trials/trial-00001.json")).hasContent("the other copy");
        assertThat(files()).as("the temporary file is gone").isEqualTo(1);
    }

    @Test
    void localFilesAndDirectoriesGetTheConfiguredUmaskNotTheCachedFileSystems() throws IOException {
        Configuration conf = new Configuration();
        conf.set(CellWriter.UMASK, "027");
        FileSystem local = CellWriter.fileSystem(tmp.toUri().toString(), conf);
        CellWriter.write(local, target("points/000/trial-00000.json"), utf8("{}"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("points/000"))))
                .isEqualTo("rwxr-x---");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                tmp.resolve("points/000/trial-00000.json")))).isEqualTo("rw-r-----");
    }

    @Test
    void theUmaskIsReadFromADirectoryThisProcessCreates() throws IOException {
        Path made = Files.createDirectory(tmp.resolve("made"));
        int mode = Integer.parseInt(CellWriter.umask(tmp), 8) ^ 0777;
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(made)))
                .isEqualTo(PosixFilePermissions.toString(PosixFilePermissions.fromString(rwx(mode))));
        assertThat(files()).as("the probe directory is gone").isZero();
        assertThat(tmp.toFile().list()).containsExactly("made");
    }

    /** @return {@code mode}'s nine permission bits as {@code rwxr-x---} */
    private static String rwx(int mode) {
        StringBuilder text = new StringBuilder();
        for (int bit = 8; bit >= 0; bit--) {
            text.append((mode & (1 << bit)) == 0 ? '-' : "rwx".charAt((8 - bit) % 3));
        }
        return text.toString();
    }
}
