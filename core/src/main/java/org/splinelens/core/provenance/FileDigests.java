package org.splinelens.core.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.splinelens.core.io.InvalidInputException;

/** SHA-256 digests (FIPS 180-4) of input files, read in blocks so a file of any size needs constant memory. */
public final class FileDigests {
    private static final int BLOCK = 1 << 16;

    private FileDigests() {
    }

    /**
     * @return the SHA-256 of the file's bytes as 64 lower-case hex digits
     * @throws InvalidInputException in one line naming the file when it is missing, not a regular file or unreadable
     */
    public static String sha256(Path file) {
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(file + ": is a directory, expected a file");
        }
        MessageDigest digest = newSha256();
        byte[] block = new byte[BLOCK];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(block); read >= 0; read = in.read(block)) {
                digest.update(block, 0, read);
            }
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file + ": no such file");
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot read (" + e.getClass().getSimpleName() + ": "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ")", e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** @return each file's path as given → its {@link #sha256(Path)}, in the order given (a repeated path once) */
    public static Map<String, String> sha256(Collection<Path> files) {
        Map<String, String> digests = new LinkedHashMap<>();
        for (Path file : files) {
            digests.computeIfAbsent(file.toString(), name -> sha256(file));
        }
        return digests;
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-256 (MessageDigest's Javadoc)
            throw new IllegalStateException(e);
        }
    }
}
