package org.splinelens.core.provenance;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a result was asked for: the command, its arguments as typed, and the content of every file it read.
 *
 * @param command   the command's name, e.g. {@code run} or {@code train}; {@link #library()} for calls from Java code
 * @param arguments the command's arguments as given, without the command name
 * @param inputs    each input file's path as given → the SHA-256 of its bytes (64 lower-case hex digits), in the order
 *                  given
 */
public record Invocation(String command, List<String> arguments, Map<String, String> inputs) {
    /** The command of a run started from Java code, where there is no command line. */
    public static final String LIBRARY = "library";

    public Invocation {
        if (command == null || command.isBlank()) {
            throw new IllegalArgumentException("command must not be blank, got '" + command + "'");
        }
        arguments = List.copyOf(arguments);
        for (Map.Entry<String, String> e : inputs.entrySet()) {
            Objects.requireNonNull(e.getKey(), "input path");
            if (e.getValue() == null || !e.getValue().matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("input " + e.getKey() + ": expected a SHA-256 as 64 lower-case"
                        + " hex digits, got '" + e.getValue() + "'");
            }
        }
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }

    /**
     * Digests the input files now, so a missing one fails before any work.
     *
     * @throws org.splinelens.core.io.InvalidInputException in one line naming the first input file that is missing or
     *                                                       unreadable
     */
    public static Invocation of(String command, List<String> arguments, Collection<Path> inputs) {
        return new Invocation(command, arguments, FileDigests.sha256(inputs));
    }

    /** @return the invocation of a run started from Java code: command {@value #LIBRARY}, no arguments, no inputs */
    public static Invocation library() {
        return new Invocation(LIBRARY, List.of(), Map.of());
    }
}
