package org.splinelens.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.splinelens.core.network.UnivariateNetwork;

/**
 * Network files in either format: a safetensors file holding a PyTorch state dict ({@link SafetensorsNetwork}) or
 * splinelens' JSON ({@link NetworkJson}). A file is read as safetensors when its name ends in {@code .safetensors}
 * (any case), or when it is a regular file whose first 8 bytes, as a little-endian unsigned integer, are at most
 * the file's size less 8 — a safetensors header length. JSON text cannot pass that test: its first 8 bytes are
 * characters, never NUL, so as a number they exceed 10<sup>17</sup>, more than any file holds. Every other file is
 * read as JSON.
 */
public final class NetworkFiles {
    private NetworkFiles() {
    }

    /** Reads a network file of either format; the message of any failure starts with the file name. */
    public static UnivariateNetwork read(Path file) {
        return isSafetensors(file) ? SafetensorsNetwork.read(file) : NetworkJson.read(file);
    }

    /** @return whether {@link #read} reads {@code file} as safetensors (see the class comment) */
    public static boolean isSafetensors(Path file) {
        Path name = file.getFileName();
        if (name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(SafetensorsNetwork.EXTENSION)) {
            return true;
        }
        try {
            if (!Files.isRegularFile(file)) {
                return false;
            }
            long size = Files.size(file);
            byte[] first;
            try (InputStream in = Files.newInputStream(file)) {
                first = in.readNBytes(Long.BYTES);
            }
            if (first.length < Long.BYTES) {
                return false;
            }
            long n = ByteBuffer.wrap(first).order(ByteOrder.LITTLE_ENDIAN).getLong();
            return n >= 0 && n <= size - Long.BYTES;
        } catch (IOException e) {
            return false; // the JSON reader reports why the file cannot be read
        }
    }
}
