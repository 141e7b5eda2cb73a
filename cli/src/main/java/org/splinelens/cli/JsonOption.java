package org.splinelens.cli;

import picocli.CommandLine.Option;

/** {@code --json}: output for machines, one JSON document on stdout, instead of the text for people. */
public final class JsonOption {
    @Option(names = "--json", description = "machine-readable JSON on stdout instead of text")
    boolean enabled;

    public boolean enabled() {
        return enabled;
    }
}
