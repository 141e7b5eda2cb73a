package org.splinelens.experiments.sweep;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.splinelens.core.io.InvalidInputException;

/**
 * An exclusive lock on a sweep directory ({@code DIR/.lock}, an OS file lock held while the sweep runs), so two
 * processes never write the same sweep. The OS releases it when the process ends, kill -9 included.
 */
final class SweepLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private SweepLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws InvalidInputException naming the directory when another sweep holds it */
    static SweepLock acquire(Path dir) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new InvalidInputException(dir.resolve(".lock") + ": cannot open the sweep's lock file ("
                    + e.getClass().getSimpleName() + "); the directory must be writable");
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new InvalidInputException(dir + ": another sweep is writing this directory (" + dir.resolve(".lock")
                    + " is locked); wait for it or choose another --out");
        }
        return new SweepLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
