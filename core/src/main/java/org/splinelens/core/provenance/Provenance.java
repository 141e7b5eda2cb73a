package org.splinelens.core.provenance;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a result comes from, enough to rerun it and diff: what was asked ({@link Invocation}: command, arguments,
 * SHA-256 of the input files), the resolved config and seed, the code ({@link Build}) and plugin modules it ran with,
 * the machine ({@link Platform}) and when. {@link ProvenanceJson} writes it beside the result.
 *
 * <p>Build one with {@link #builder(Invocation, List)}, which takes the start time when called and the build and
 * platform when finished:
 * <pre>{@code
 * Invocation invocation = Invocation.of("train", List.of(args), List.of(dataFile)); // digests now: fails early
 * Provenance.Builder provenance = Provenance.builder(invocation, registry.modules());
 * // ... the work ...
 * ProvenanceJson.write(out.resolve("provenance.json"),
 *         provenance.config(resolvedSettings).seed(seed).detail("epochs", epochs).finish());
 * }</pre>
 *
 * @param invocation    the command, its arguments and the digests of its input files
 * @param config        the resolved settings — defaults, files and options merged — as JSON-able values (maps, lists,
 *                      strings, numbers, booleans, null), in a stable order
 * @param seed          the seed of every random draw, or null when the command draws nothing or was given none
 * @param build         the splinelens version and git commit
 * @param platform      the Java runtime, operating system and architecture
 * @param pluginModules the class names of the plugin modules loaded ({@code PluginRegistry.modules()})
 * @param started       when the work started
 * @param finished      when it finished, not before {@code started}
 * @param details       what a command adds about its own work (the runner: experiment, threads, trials run and
 *                      resumed), JSON-able values written beside the fields above, so no key may be one of theirs
 *                      ({@link ProvenanceJson#FIELDS})
 */
public record Provenance(Invocation invocation, Map<String, Object> config, Long seed, Build build, Platform platform,
        List<String> pluginModules, Instant started, Instant finished, Map<String, Object> details) {
    public Provenance {
        Objects.requireNonNull(invocation, "invocation");
        Objects.requireNonNull(build, "build");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(finished, "finished");
        if (finished.isBefore(started)) {
            throw new IllegalArgumentException("finished (" + finished + ") is before started (" + started + ")");
        }
        config = ordered(config, "config");
        pluginModules = List.copyOf(pluginModules);
        details = ordered(details, "details");
        for (String key : details.keySet()) {
            if (ProvenanceJson.FIELDS.contains(key)) {
                throw new IllegalArgumentException("details key '" + key + "' is a provenance field; choose another");
            }
        }
    }

    /** @return the wall-clock seconds from {@code started} to {@code finished}, to the millisecond */
    public double seconds() {
        return Duration.between(started, finished).toMillis() / 1000.0;
    }

    /** @return a builder whose start time is now */
    public static Builder builder(Invocation invocation, List<String> pluginModules) {
        return new Builder(invocation, pluginModules);
    }

    /** Null values are kept (a config key may be unset); the copy keeps the caller's order for readable diffs. */
    private static Map<String, Object> ordered(Map<String, ?> map, String what) {
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : map.entrySet()) {
            copy.put(Objects.requireNonNull(e.getKey(), () -> what + " key"), e.getValue());
        }
        return Collections.unmodifiableMap(copy);
    }

    /** Collects a provenance while the work runs; not thread-safe. */
    public static final class Builder {
        private final Invocation invocation;
        private final List<String> pluginModules;
        private Instant started = Instant.now();
        private Map<String, Object> config = Map.of();
        private Long seed;
        private final Map<String, Object> details = new LinkedHashMap<>();

        private Builder(Invocation invocation, List<String> pluginModules) {
            this.invocation = Objects.requireNonNull(invocation, "invocation");
            this.pluginModules = List.copyOf(pluginModules);
        }

        /** Sets the start time when the work began before the builder was made. */
        public Builder started(Instant at) {
            started = Objects.requireNonNull(at, "started");
            return this;
        }

        /** Sets the resolved settings (see {@link Provenance#config()}). */
        public Builder config(Map<String, ?> resolved) {
            config = new LinkedHashMap<>(Objects.requireNonNull(resolved, "config"));
            return this;
        }

        /** Sets the seed; without a call the provenance records none. */
        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /** Adds one of the command's own facts (see {@link Provenance#details()}); a repeated key keeps the last. */
        public Builder detail(String key, Object value) {
            details.put(Objects.requireNonNull(key, "detail key"), value);
            return this;
        }

        /** @return the provenance, finished now, with this process's build and platform */
        public Provenance finish() {
            return finish(Instant.now());
        }

        /** @return the provenance, finished at {@code at}, with this process's build and platform */
        public Provenance finish(Instant at) {
            return new Provenance(invocation, config, seed, Build.current(), Platform.current(), pluginModules, started,
                    at, details);
        }
    }
}
