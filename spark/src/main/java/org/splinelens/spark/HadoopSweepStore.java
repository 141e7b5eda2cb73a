package org.splinelens.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.fs.UnsupportedFileSystemException;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.experiments.sweep.SweepStore;

/**
 * A sweep directory on storage that Hadoop's {@link FileSystem} reaches ({@code hdfs://}, {@code s3a://} …). The
 * driver works in a local copy (a temporary directory) filled from the directory when it is opened — every file but
 * the lock and temporaries, so a resumed sweep finds its finished cells — and publishes back each new or changed file
 * by writing a temporary name and renaming it over the target (atomic on HDFS), so a reader of the directory never
 * sees half a file. Locked by {@link HadoopSweepLock}; closing releases the lock and deletes the local copy.
 */
final class HadoopSweepStore implements SweepStore {
    private final FileSystem fs;
    private final FileContext context;
    private final Path root;
    private final java.nio.file.Path workspace;
    private final HadoopSweepLock lock;
    /** By relative name, the SHA-256 of what the directory holds, for the files this store has seen or written. */
    private final Map<String, String> published = new HashMap<>();

    private HadoopSweepStore(FileSystem fs, FileContext context, Path root, java.nio.file.Path workspace,
            HadoopSweepLock lock) {
        this.fs = fs;
        this.context = context;
        this.root = root;
        this.workspace = workspace;
        this.lock = lock;
    }

    /**
     * Opens, locks and copies the directory.
     *
     * @throws InvalidInputException naming the directory when no file system serves its scheme, it cannot be
     *     reached or created, or another sweep holds it
     */
    static HadoopSweepStore open(URI location, Configuration conf) throws IOException {
        FileSystem fs;
        FileContext context;
        Path root;
        try {
            fs = FileSystem.get(location, conf); // Hadoop's JVM-wide cached instance: never closed here
            context = FileContext.getFileContext(location, conf);
            root = fs.makeQualified(new Path(location));
            fs.mkdirs(root);
        } catch (UnsupportedFileSystemException e) {
            throw new InvalidInputException(location + ": no Hadoop file system for \"" + location.getScheme()
                    + ":\" on the class path (s3a: needs hadoop-aws and the AWS SDK, e.g. spark-submit --packages"
                    + " org.apache.hadoop:hadoop-aws:<Spark's Hadoop version>)");
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidInputException(location + ": cannot open the sweep directory ("
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(e.getClass().getSimpleName()) + ")");
        }
        HadoopSweepLock lock = HadoopSweepLock.acquire(fs, root);
        java.nio.file.Path workspace = null;
        try {
            workspace = Files.createTempDirectory("splinelens-sweep-");
            HadoopSweepStore store = new HadoopSweepStore(fs, context, root, workspace, lock);
            store.copyDirectory();
            return store;
        } catch (IOException | RuntimeException e) {
            try {
                lock.close();
            } finally {
                delete(workspace);
            }
            throw e;
        }
    }

    @Override
    public URI location() {
        return root.toUri();
    }

    @Override
    public java.nio.file.Path workspace() {
        return workspace;
    }

    @Override
    public void fetch(Collection<String> files) throws IOException {
        for (String file : files) {
            copy(file);
        }
    }

    @Override
    public void publish() throws IOException {
        List<java.nio.file.Path> files;
        try (Stream<java.nio.file.Path> walk = Files.walk(workspace)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (java.nio.file.Path file : files) {
            String name = workspace.relativize(file).toString().replace('\\', '/');
            byte[] bytes = Files.readAllBytes(file);
            String digest = sha256(bytes);
            if (digest.equals(published.get(name))) {
                continue;
            }
            Path target = new Path(root, name);
            Path tmp = new Path(target.getParent(), "." + target.getName() + "." + UUID.randomUUID() + ".tmp");
            try {
                try (FSDataOutputStream out = fs.create(tmp, false)) {
                    out.write(bytes);
                }
                context.rename(tmp, target, Options.Rename.OVERWRITE);
            } finally {
                fs.delete(tmp, false);
            }
            published.put(name, digest);
        }
    }

    /** Copies every file of the directory but those whose name, or a parent's, starts with a dot. */
    private void copyDirectory() throws IOException {
        String base = root.toUri().getPath().replaceAll("/+$", "") + "/";
        RemoteIterator<LocatedFileStatus> files = fs.listFiles(root, true);
        while (files.hasNext()) {
            String name = files.next().getPath().toUri().getPath().substring(base.length());
            if (!name.startsWith(".") && !name.contains("/.")) {
                copy(name);
            }
        }
    }

    private void copy(String name) throws IOException {
        byte[] bytes;
        try (InputStream in = fs.open(new Path(root, name))) {
            bytes = in.readAllBytes();
        }
        java.nio.file.Path file = workspace.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        published.put(name, sha256(bytes));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.close();
        } finally {
            delete(workspace);
        }
    }

    private static void delete(java.nio.file.Path dir) throws IOException {
        if (dir == null) {
            return;
        }
        try (Stream<java.nio.file.Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
