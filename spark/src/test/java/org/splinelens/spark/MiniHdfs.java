package org.splinelens.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.splinelens.experiments.sweep.SweepOutputs;

/** A real HDFS for the tests — a NameNode and a DataNode in this JVM, on loopback — and what they read from it. */
final class MiniHdfs implements AutoCloseable {
    private final MiniDFSCluster cluster;

    /** @param base where the NameNode and DataNode keep their storage */
    MiniHdfs(java.nio.file.Path base) throws IOException {
        Configuration conf = new Configuration();
        conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, base.toString());
        cluster = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
        cluster.waitActive();
    }

    /** @return {@code hdfs://localhost:PORT/path} */
    String uri(String path) {
        return cluster.getURI().resolve(path).toString();
    }

    FileSystem fs() throws IOException {
        return cluster.getFileSystem();
    }

    /** @return the relative names of every file under {@code dir} */
    List<String> files(String dir) throws IOException {
        Path root = fs().makeQualified(new Path(URI.create(dir)));
        String base = root.toUri().getPath() + "/";
        List<String> names = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> files = fs().listFiles(root, true);
        while (files.hasNext()) {
            names.add(files.next().getPath().toUri().getPath().substring(base.length()));
        }
        return names;
    }

    /** @return {@link SweepOutputs#tables} of the HDFS directory {@code dir}, read through a copy in {@code tmp} */
    Map<String, String> tables(String dir, java.nio.file.Path tmp) throws IOException {
        java.nio.file.Path copy = Files.createTempDirectory(tmp, "hdfs-copy-");
        // the raw local file system: no .crc files beside the copies
        fs().copyToLocalFile(false, new Path(URI.create(dir)), new Path(copy.toUri()), true);
        return SweepOutputs.tables(copy.resolve(new Path(URI.create(dir)).getName()));
    }

    @Override
    public void close() {
        cluster.shutdown();
    }
}
