package org.splinelens.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * Writes a cell's file through Hadoop's {@link FileSystem}: to a unique temporary name beside the target, then renamed
 * into place. A target that already exists (written by a retried or speculative copy of the task, or by an earlier run)
 * is left as it is and the temporary file deleted, so a reader never sees a partial cell and a finished one is never
 * rewritten.
 *
 * <p>HDFS refuses a rename onto an existing file, so there two racing copies cannot both win. The local file system's
 * rename replaces, so two copies finishing in the same instant could both rename; both hold the same bytes (a cell's
 * result depends on its seed alone) and the rename is atomic, so the file is whole either way.
 */
final class CellWriter {
    /** Hadoop's key for the umask it applies to the files and directories it creates. */
    static final String UMASK = "fs.permissions.umask-mode";

    private CellWriter() {
    }

    /**
     * @return the file system of {@code dir}; for {@code file:} a raw local one of its own, not Hadoop's JVM-wide
     *     cached instance: Hadoop's checksummed local file system would leave a {@code .crc} file beside every cell,
     *     and the cached one applies the {@link #UMASK} of whoever created it rather than {@code conf}'s
     */
    static FileSystem fileSystem(String dir, Configuration conf) throws IOException {
        URI uri = URI.create(dir);
        if ("file".equals(uri.getScheme())) {
            RawLocalFileSystem local = new RawLocalFileSystem();
            local.initialize(URI.create("file:///"), conf);
            return local;
        }
        // FileSystem.get hands out a JVM-wide cached instance: it is never closed here
        return FileSystem.get(uri, conf);
    }

    /**
     * @return this process's umask as Hadoop's octal {@link #UMASK} ({@code "022"}), read from a directory created and
     *     deleted in {@code dir}; null when {@code dir} is not on a POSIX file system of this machine
     */
    static String umask(java.nio.file.Path dir) throws IOException {
        if (dir.getFileSystem() != FileSystems.getDefault()
                || !Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return null;
        }
        // Java cannot ask for the umask; a directory created without explicit permissions shows it (0777 & ~umask)
        java.nio.file.Path probe = dir.resolve(".umask-" + UUID.randomUUID());
        Files.createDirectory(probe);
        try {
            Set<PosixFilePermission> granted = Files.getPosixFilePermissions(probe);
            int mode = 0;
            for (PosixFilePermission permission : PosixFilePermission.values()) {
                if (granted.contains(permission)) {
                    mode |= 0400 >> permission.ordinal(); // the enum runs OWNER_READ … OTHERS_EXECUTE
                }
            }
            return String.format(Locale.ROOT, "%03o", ~mode & 0777);
        } finally {
            Files.delete(probe);
        }
    }

    /**
     * Writes {@code content} to {@code target} unless it exists.
     *
     * @return whether this call wrote the file (false: it was already there and is left untouched)
     */
    static boolean write(FileSystem fs, Path target, byte[] content) throws IOException {
        if (fs.exists(target)) {
            return false;
        }
        Path tmp = new Path(target.getParent(), "." + target.getName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (FSDataOutputStream out = fs.create(tmp, false)) {
                out.write(content);
            }
            // checked again: another copy may have finished while this one computed and wrote
            if (fs.exists(target)) {
                return false;
            }
            if (fs.rename(tmp, target)) {
                return true;
            }
            if (fs.exists(target)) {
                return false; // lost the race to a copy that renamed first (HDFS, S3A)
            }
            throw new IOException("cannot rename " + tmp + " to " + target);
        } finally {
            if (fs.exists(tmp)) {
                fs.delete(tmp, false);
            }
        }
    }
}
