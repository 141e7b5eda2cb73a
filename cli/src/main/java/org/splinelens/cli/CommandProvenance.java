package org.splinelens.cli;

import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.splinelens.core.provenance.Provenance;
import org.splinelens.core.provenance.ProvenanceJson;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code provenance.json} of a command that writes into a directory, as {@code run} writes one: the command line
 * and the SHA-256 of its input files, every option's value (given or default) and the resolved settings of the plugins
 * it used, the seed, the build, the platform and the plugin modules loaded.
 */
final class CommandProvenance {
    private final Instant started = Instant.now();
    private final CommandSpec spec;
    private final List<String> modules;
    private final Path[] inputs;
    private final Map<String, Object> config = new LinkedHashMap<>();
    private final Map<String, Object> details = new LinkedHashMap<>();
    private Long seed;

    /**
     * Starts the clock. The {@code inputs} (null entries, for options not given, are skipped) are hashed when the file
     * is written, so a command that writes none reads its inputs once.
     */
    CommandProvenance(CommandSpec spec, Plugins plugins, Path... inputs) {
        this.spec = spec;
        this.modules = plugins.registry().modules();
        this.inputs = inputs.clone();
        for (OptionSpec option : spec.options()) {
            if (!option.usageHelp() && !option.versionHelp()) {
                config.put(option.longestName().replaceFirst("^-+", ""), plain(option.getValue()));
            }
        }
    }

    /** Records a resolved setting beside the options, e.g. a plugin's config with the defaults filled in. */
    CommandProvenance resolved(String key, Object value) {
        config.put(key, value);
        return this;
    }

    CommandProvenance seed(long value) {
        seed = value;
        return this;
    }

    /** Records one of the run's own facts (epochs run, why it stopped …). */
    CommandProvenance detail(String key, Object value) {
        details.put(key, value);
        return this;
    }

    /** Writes {@code dir/provenance.json} atomically, finished now. */
    void write(Path dir) throws IOException {
        Provenance.Builder builder = Provenance.builder(CommandInvocation.of(spec, inputs), modules).started(started)
                .config(config);
        if (seed != null) {
            builder.seed(seed);
        }
        details.forEach(builder::detail);
        ProvenanceJson.write(dir.resolve("provenance.json"), builder.finish());
    }

    /** @return {@code defaults} with {@code settings} laid over them: a plugin's config as it ran */
    static Map<String, Object> overlay(Map<String, Object> defaults, Map<String, ?> settings) {
        Map<String, Object> resolved = new LinkedHashMap<>(defaults);
        resolved.putAll(settings);
        return resolved;
    }

    /** Arrays become lists and paths strings, so the JSON reads as the command line did. */
    private static Object plain(Object value) {
        if (value != null && value.getClass().isArray()) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                items.add(plain(Array.get(value, i)));
            }
            return items;
        }
        return value instanceof Path path ? path.toString() : value;
    }
}
