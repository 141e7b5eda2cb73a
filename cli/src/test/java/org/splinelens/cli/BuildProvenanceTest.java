package org.splinelens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The version and commit in a run's provenance are splinelens' own, as its build recorded them, wherever the user
 * runs it: not the commit of a repository the process happens to stand in.
 */
class BuildProvenanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /** The build's record, read as a file of the class path, independently of the code under test. */
    private static String[] buildRecord() throws IOException {
        Properties p = new Properties();
        try (InputStream in = BuildProvenanceTest.class.getResourceAsStream(
                "/org/splinelens/core/provenance/build.properties")) {
            assertThat(in).as("core's build writes build.properties").isNotNull();
            p.load(in);
        }
        String commit = p.getProperty("commit");
        return new String[] {p.getProperty("version"),
                commit.isEmpty() ? null : commit + ("true".equals(p.getProperty("dirty")) ? "-dirty" : "")};
    }

    private String[] fitArguments(Path out) throws IOException {
        Path data = Files.writeString(tmp.resolve("data.csv"), "x,y\n-1,0.5\n-0.5,0.1\n0,0.0\n0.5,0.2\n1,0.9\n");
        return new String[] {"fit", "--method", "dp", "--pieces", "2", "--data", data.toString(), "--out",
            out.toString()};
    }

    private static String[] provenance(Path dir) throws IOException {
        JsonNode p = JSON.readTree(dir.resolve("provenance.json").toFile());
        return new String[] {p.get("version").asText(), p.get("gitCommit").isNull() ? null
                : p.get("gitCommit").asText()};
    }

    @Test
    void provenanceAndVersionAreTheBuildRecord() throws IOException {
        Path out = tmp.resolve("fit");
        CliRun fit = CliRun.run(fitArguments(out));
        assertThat(fit.code()).as(fit.err()).isZero();
        String[] record = buildRecord();
        assertThat(provenance(out)).containsExactly(record);
        assertThat(record[0]).isNotEqualTo("development build").doesNotContain("${");
        CliRun version = CliRun.run("--version");
        assertThat(version.out().strip()).isEqualTo("splinelens " + record[0] + " (commit "
                + (record[1] == null ? "unknown" : record[1]) + ")");
    }

    @Test
    void anotherRepositoryAsTheWorkingDirectoryChangesNothing() throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("their-repo"));
        assumeTrue(run(repo, "git", "init", "-q") != null, "no git on this machine");
        assertThat(run(repo, "git", "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q",
                "--allow-empty", "-m", "theirs")).isNotNull();
        String theirs = run(repo, "git", "rev-parse", "HEAD");
        Path out = tmp.resolve("fit-elsewhere");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), SplinelensCommand.class.getName()));
        command.addAll(List.of(fitArguments(out)));
        assertThat(run(repo, command.toArray(String[]::new))).as("the fit in another repository").isNotNull();
        String[] record = buildRecord();
        assertThat(provenance(out)).containsExactly(record);
        assertThat(provenance(out)[1]).doesNotStartWith(theirs);
    }

    /** @return the output of {@code command} run in {@code dir}, or null when it cannot start or fails */
    private static String run(Path dir, String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            return null;
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0 ? out : null;
    }
}
