package org.splinelens.experiments.sweep;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Collection;
import org.splinelens.experiments.runner.DirectoryLock;

/** A sweep directory of this machine: the driver and the workers share it, so there is nothing to copy. */
final class LocalSweepStore implements SweepStore {
    private final Path dir;
    private final DirectoryLock lock;

    private LocalSweepStore(Path dir, DirectoryLock lock) {
        this.dir = dir;
        this.lock = lock;
    }

    static LocalSweepStore open(Path dir) throws IOException {
        return new LocalSweepStore(dir, DirectoryLock.create(dir));
    }

    @Override
    public URI location() {
        return dir.toAbsolutePath().toUri();
    }

    @Override
    public Path workspace() {
        return dir;
    }

    @Override
    public void fetch(Collection<String> files) {
        // the workers wrote into the workspace itself
    }

    @Override
    public void publish() {
        // the workspace is the directory
    }

    @Override
    public void close() throws IOException {
        lock.close();
    }
}
