package org.splinelens.experiments.sweep;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The seed of a cell: SplitMix64's finaliser over the sweep seed, the first 64 bits of the SHA-256 of the point's
 * canonical configuration and the trial. It depends on nothing else — not the thread, the engine, the order cells
 * run in or the other points of the sweep — so a point run alone or in any sweep draws the same numbers.
 */
public final class CellSeeds {
    /** How a sweep seeds its cells, as each point's provenance records it. */
    public static final String PROTOCOL = "CellSeeds.seed(sweep seed, SHA-256 of the point's canonical config, trial)";

    private CellSeeds() {
    }

    public static long seed(long sweepSeed, String canonical, int trial) {
        long z = mix(sweepSeed ^ digest(canonical));
        return mix(z + (trial + 1L) * 0x9E3779B97F4A7C15L);
    }

    private static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            long h = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                h = (h << 8) | (hash[i] & 0xFF);
            }
            return h;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
