package org.splinelens.spark;

import java.io.IOException;
import java.net.URI;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FilterFileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;

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
    private CellWriter() {
    }

    /**
     * @return the file system of {@code dir}; for {@code file:} the raw one, since Hadoop's checksummed local file
     *     system would leave a {@code .crc} file beside every cell
     */
    static FileSystem fileSystem(String dir, Configuration conf) throws IOException {
        FileSystem fs = FileSystem.get(URI.create(dir), conf);
        // FileSystem.get hands out a JVM-wide cached instance: it is never closed here
        return fs instanceof LocalFileSystem local ? ((FilterFileSystem) local).getRawFileSystem() : fs;
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
