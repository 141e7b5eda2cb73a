package org.splinelens.core.provenance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.splinelens.core.io.AtomicFiles;

/**
 * {@code provenance.json}: one flat JSON object, pretty-printed, with the fields
 * {@code command, arguments}, then the {@link Provenance#details() details}, then {@code config, seed, version,
 * gitCommit, javaVersion, javaVendor, osName, osVersion, osArch, cores, pluginModules, inputs, started, finished,
 * seconds}. {@code version} and {@code gitCommit} are splinelens' own, recorded by the build ({@link Build}):
 * {@code gitCommit} is 40 hex digits, followed by {@code -dirty} when built with uncommitted changes.
 * {@code seed} and {@code gitCommit} are null when unknown; {@code inputs} maps each input path to its
 * SHA-256 in hex; times are ISO-8601 instants. The run directories written before this class keep their meaning: their
 * fields ({@code experiment, config, seed, version, gitCommit, cores, threads, trialsRun, trialsResumed, started,
 * finished, seconds}) are written under the same names.
 */
public final class ProvenanceJson {
    /** The standard field names, which {@link Provenance#details()} may not use. */
    public static final Set<String> FIELDS = Set.of("command", "arguments", "config", "seed", "version", "gitCommit",
            "javaVersion", "javaVendor", "osName", "osVersion", "osArch", "cores", "pluginModules", "inputs", "started",
            "finished", "seconds");

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private ProvenanceJson() {
    }

    /** @return the JSON text of {@code provenance} (field order as in the class Javadoc) */
    public static String toJson(Provenance provenance) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        Invocation invocation = provenance.invocation();
        root.put("command", invocation.command());
        ArrayNode arguments = root.putArray("arguments");
        invocation.arguments().forEach(arguments::add);
        provenance.details().forEach((key, value) -> root.set(key, JSON.valueToTree(value)));
        root.set("config", JSON.valueToTree(provenance.config()));
        if (provenance.seed() == null) {
            root.putNull("seed");
        } else {
            root.put("seed", provenance.seed().longValue());
        }
        Build build = provenance.build();
        root.put("version", build.version());
        if (build.gitCommit() == null) {
            root.putNull("gitCommit");
        } else {
            root.put("gitCommit", build.gitCommit());
        }
        Platform platform = provenance.platform();
        root.put("javaVersion", platform.javaVersion());
        root.put("javaVendor", platform.javaVendor());
        root.put("osName", platform.osName());
        root.put("osVersion", platform.osVersion());
        root.put("osArch", platform.osArch());
        root.put("cores", platform.cores());
        ArrayNode modules = root.putArray("pluginModules");
        provenance.pluginModules().forEach(modules::add);
        ObjectNode inputs = root.putObject("inputs");
        invocation.inputs().forEach(inputs::put);
        root.put("started", provenance.started().toString());
        root.put("finished", provenance.finished().toString());
        root.put("seconds", provenance.seconds());
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    /** Writes {@code provenance} to {@code file} atomically: readers see the old file or the whole new one. */
    public static void write(Path file, Provenance provenance) throws IOException {
        AtomicFiles.writeString(file, toJson(provenance));
    }
}
