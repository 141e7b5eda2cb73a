package org.splinelens.core.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file so that readers see either the old content or the whole new content, never a partial file; the file is
 * created with the permissions the user's umask gives any new file.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes {@code content} (UTF-8) to a temporary file beside {@code target}, then moves it into place. */
    public static void writeString(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Text written to a file as it is produced. */
    @FunctionalInterface
    public interface Text {
        void writeTo(Writer out) throws IOException;
    }

    /**
     * Writes the text {@code content} produces (UTF-8, buffered) to a temporary file beside {@code target}, then moves
     * it into place: a file of millions of lines never exists as one string.
     */
    public static void write(Path target, Text content) throws IOException {
        publish(target, tmp -> {
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
        });
    }

    /** Bytes written to a file as they are produced. */
    @FunctionalInterface
    public interface Binary {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes the bytes {@code content} produces (buffered) to a temporary file beside {@code target}, then moves it
     * into place: a large binary file never exists as one array.
     */
    public static void writeBinary(Path target, Binary content) throws IOException {
        publish(target, tmp -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE))) {
                content.writeTo(out);
            }
        });
    }

    /** Writes {@code content} to a temporary file beside {@code target}, then moves it into place. */
    public static void write(Path target, byte[] content) throws IOException {
        publish(target, tmp -> Files.write(tmp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
    }

    /** How the temporary file is filled. */
    @FunctionalInterface
    private interface Fill {
        void into(Path tmp) throws IOException;
    }

    private static void publish(Path target, Fill fill) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        // not Files.createTempFile, whose owner-only permissions would ignore the user's umask
        Path tmp = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            fill.into(tmp);
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
