package org.splinelens.core.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.splinelens.core.io.InvalidInputException;

class FileDigestsTest {
    @TempDir
    Path tmp;

    private static String oneShot(byte[] content) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    @Test
    void publishedTestVectors() throws IOException {
        // FIPS 180-2 appendix B.1 ("abc") and the digest of the empty message
        Path abc = Files.writeString(tmp.resolve("abc.txt"), "abc", StandardCharsets.US_ASCII);
        assertThat(FileDigests.sha256(abc))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        Path empty = Files.write(tmp.resolve("empty"), new byte[0]);
        assertThat(FileDigests.sha256(empty))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void streamingAgreesWithOneShotMessageDigestAcrossBlockBoundaries() throws Exception {
        Path text = Files.writeString(tmp.resolve("data.csv"), "x,y\n0.5,1.25\n-2,3e-7\n", StandardCharsets.UTF_8);
        assertThat(FileDigests.sha256(text)).isEqualTo(oneShot(Files.readAllBytes(text)));
        // lengths around the 64 KiB read block: one short of it, exactly it, and several blocks plus a tail
        SplittableRandom random = new SplittableRandom(16);
        for (int length : new int[] {(1 << 16) - 1, 1 << 16, 3 * (1 << 16) + 17}) {
            byte[] content = new byte[length];
            random.nextBytes(content);
            Path file = Files.write(tmp.resolve("random-" + length), content);
            assertThat(FileDigests.sha256(file)).as("length %d", length).isEqualTo(oneShot(content));
        }
    }

    @Test
    void aMissingOrDirectoryInputIsOneLineNamingIt() {
        Path missing = tmp.resolve("nowhere.csv");
        assertThatThrownBy(() -> FileDigests.sha256(missing)).isInstanceOf(InvalidInputException.class)
                .hasMessage(missing + ": no such file");
        assertThatThrownBy(() -> FileDigests.sha256(tmp)).isInstanceOf(InvalidInputException.class)
                .hasMessage(tmp + ": is a directory, expected a file");
    }

    @Test
    void manyFilesKeepTheirOrderAndARepeatedPathOnce() throws IOException {
        Path b = Files.writeString(tmp.resolve("b"), "b");
        Path a = Files.writeString(tmp.resolve("a"), "a");
        assertThat(FileDigests.sha256(List.of(b, a, b)).keySet()).containsExactly(b.toString(), a.toString());
        assertThatThrownBy(() -> FileDigests.sha256(List.of(a, tmp.resolve("gone"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("gone: no such file")
                .hasMessageNotContaining("\n");
    }
}
