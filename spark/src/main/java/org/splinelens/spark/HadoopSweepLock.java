package org.splinelens.spark;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.splinelens.core.io.InvalidInputException;

/**
 * An exclusive lock on a sweep directory of Hadoop storage: the file {@code DIR/.lock}, created only if absent (atomic
 * on HDFS) and naming its owner (host, process id, start), deleted when the sweep ends. Storage knows nothing of
 * processes, so a driver killed with -9 leaves its lock behind: a lock whose owner was a process of this host that no
 * longer runs is taken over — renamed away first, so of two drivers taking it over one wins — and any other is
 * refused, naming its owner.
 */
final class HadoopSweepLock implements AutoCloseable {
    private static final Pattern OWNER = Pattern.compile("host=(\\S+) pid=(\\d+) since=\\S+");

    private final FileSystem fs;
    private final Path file;

    private HadoopSweepLock(FileSystem fs, Path file) {
        this.fs = fs;
        this.file = file;
    }

    /** @throws InvalidInputException naming the directory and the lock's owner when another sweep holds it */
    static HadoopSweepLock acquire(FileSystem fs, Path dir) throws IOException {
        Path file = new Path(dir, ".lock");
        String owner = "host=" + host() + " pid=" + ProcessHandle.current().pid() + " since=" + Instant.now();
        for (int attempt = 0; attempt < 2; attempt++) {
            try (FSDataOutputStream out = fs.create(file, false)) {
                out.write(owner.getBytes(StandardCharsets.UTF_8));
                return new HadoopSweepLock(fs, file);
            } catch (FileAlreadyExistsException e) {
                String holder = holder(fs, file);
                if (holder != null && !abandoned(holder)) {
                    throw new InvalidInputException(dir + ": another sweep is writing this directory (" + file
                            + " held by " + (holder.isBlank() ? "a sweep starting now" : holder) + "); wait for it"
                            + " or choose another --out, or delete the lock if that sweep is gone");
                }
                Path stale = new Path(dir, ".lock.abandoned-" + UUID.randomUUID());
                if (holder != null && fs.rename(file, stale)) {
                    fs.delete(stale, false);
                }
            }
        }
        throw new InvalidInputException(dir + ": another sweep took this directory's lock (" + file + ") at the same"
                + " time; wait for it or choose another --out");
    }

    /** @return the lock's owner line, or null when the lock went away meanwhile */
    private static String holder(FileSystem fs, Path file) throws IOException {
        try (InputStream in = fs.open(file)) {
            return new String(in.readNBytes(1024), StandardCharsets.UTF_8).strip();
        } catch (java.io.FileNotFoundException e) {
            return null;
        }
    }

    /** @return whether the owner was a process of this host that has ended */
    static boolean abandoned(String holder) {
        Matcher owner = OWNER.matcher(holder);
        return owner.matches() && owner.group(1).equals(host())
                && ProcessHandle.of(Long.parseLong(owner.group(2))).isEmpty();
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown-host"; // never matches a real host, so no lock is taken over on a guess
        }
    }

    @Override
    public void close() throws IOException {
        fs.delete(file, false);
    }
}
