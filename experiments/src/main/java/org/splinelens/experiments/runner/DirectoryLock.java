package org.splinelens.experiments.runner;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.io.IoReason;

/**
 * An exclusive lock on a run or sweep directory ({@code DIR/.lock}, an OS file lock held while the directory is
 * written), so two writers — processes, or two runs in one JVM — never mix their files in one directory. The OS
 * releases it when the process ends, kill -9 included.
 */
public final class DirectoryLock implements AutoCloseable {
    /** The lock's file in the directory; it stays when released (deleting it would race with a new writer). */
    public static final String FILE = ".lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Creates the directory (and its parents) if missing, then locks it.
     *
     * @throws InvalidInputException naming the directory when it cannot be created or another writer holds it
     */
    public static DirectoryLock create(Path dir) throws IOException {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new InvalidInputException(dir + ": cannot create the directory (" + IoReason.of(e) + ")");
        }
        return acquire(dir);
    }

    /**
     * @param dir an existing directory
     * @throws InvalidInputException naming the directory when another writer holds it
     */
    public static DirectoryLock acquire(Path dir) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(dir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new InvalidInputException(dir.resolve(FILE) + ": cannot open the directory's lock file ("
                    + IoReason.of(e) + "); the directory must be writable");
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new InvalidInputException(dir + ": another run or sweep is writing this directory ("
                    + dir.resolve(FILE) + " is locked); wait for it or choose another --out");
        }
        return new DirectoryLock(channel, lock);
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
