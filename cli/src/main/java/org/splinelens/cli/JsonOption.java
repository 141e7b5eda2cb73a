package org.splinelens.cli;

import picocli.CommandLine.Option;

/** {@code --json}: output for machines, one JSON document on stdout, instead of the text for people. */
final class JsonOption {
    @Option(names = "--json", description = "machine-readable JSON on stdout instead of text")
    boolean enabled;

    boolean enabled() {
        return enabled;
    }
}
