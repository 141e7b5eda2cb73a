package org.splinelens.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.splinelens.core.provenance.Invocation;
import picocli.CommandLine.Model.CommandSpec;

/** The command line a command was run with, for its {@code provenance.json}. */
final class CommandInvocation {
    private CommandInvocation() {
    }

    /**
     * @param spec   the running command
     * @param inputs the files it reads (null entries, for options not given, are skipped); each is hashed now, so a
     *               missing one fails before any work
     */
    static Invocation of(CommandSpec spec, Path... inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (input != null) {
                files.add(input);
            }
        }
        List<String> arguments = new ArrayList<>(Objects.requireNonNullElse(
                spec.root().commandLine().getParseResult().originalArgs(), List.of()));
        // the root's arguments start with the subcommand's name, which the invocation keeps apart
        if (spec != spec.root() && !arguments.isEmpty() && arguments.get(0).equals(spec.name())) {
            arguments.remove(0);
        }
        return Invocation.of(spec.name(), arguments, files);
    }
}
