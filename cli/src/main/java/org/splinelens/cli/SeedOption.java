package org.splinelens.cli;

import picocli.CommandLine.Option;

/** {@code --seed}: the seed every random draw of the command derives from. */
public final class SeedOption {
    @Option(names = "--seed", description = "seed of every random draw (default 0)")
    Long seed;

    /** @return the seed given, else 0 */
    public long value() {
        return orElse(0);
    }

    /** @return the seed given, else {@code fallback} */
    public long orElse(long fallback) {
        return seed != null ? seed : fallback;
    }
}
