package org.splinelens.core.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The build record: what Maven wrote at build time, read back, and unknown where it cannot say. */
class BuildTest {
    private static final String HASH = "0123456789abcdef0123456789abcdef01234567";

    private static Properties record(String version, String commit, String dirty) {
        Properties p = new Properties();
        p.setProperty("version", version);
        p.setProperty("commit", commit);
        p.setProperty("dirty", dirty);
        return p;
    }

    @Test
    void theCurrentBuildIsTheResourceTheBuildWrote() throws IOException {
        Properties written = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/org/splinelens/core/provenance/build.properties")) {
            assertThat(in).as("the build writes its record at generate-resources").isNotNull();
            written.load(in);
        }
        Build build = Build.current();
        assertThat(build.version()).isEqualTo(written.getProperty("version")).doesNotContain("${")
                .isNotEqualTo(Build.UNKNOWN);
        String commit = written.getProperty("commit");
        assertThat(build.gitCommit()).isEqualTo(commit.isEmpty() ? null
                : commit + (written.getProperty("dirty").equals("true") ? Build.DIRTY : ""));
    }

    @Test
    void theCommitIsTheOneGitReportsForTheSourceTree() throws IOException, InterruptedException {
        // surefire runs in the module's directory, the tree the classes were built from
        String head = git(Path.of("").toAbsolutePath(), "rev-parse", "HEAD");
        assumeTrue(head != null && head.matches("[0-9a-f]{40}"), "not built in a git checkout");
        assertThat(Build.current().gitCommit()).startsWith(head);
    }

    @Test
    void aDirtyTreeIsMarkedAndAnUnknownCommitIsNull() {
        assertThat(Build.of(record("1.2.3", HASH, "false"))).isEqualTo(new Build("1.2.3", HASH));
        assertThat(Build.of(record("1.2.3", HASH, "true")).gitCommit()).isEqualTo(HASH + "-dirty");
        // outside a checkout the build writes an empty commit; dirty says nothing then
        assertThat(Build.of(record("1.2.3", "", "false")).gitCommit()).isNull();
        assertThat(Build.of(record("1.2.3", "", "true")).commitOrUnknown()).isEqualTo("unknown");
        // classes compiled without the build's resource filtering
        assertThat(Build.of(record("${project.version}", "${build.git.hash}", "${build.git.dirty}")))
                .isEqualTo(new Build("unknown", null));
        assertThat(Build.of(new Properties())).isEqualTo(new Build("unknown", null));
        assertThatThrownBy(() -> new Build("1", HASH + "-modified")).isInstanceOf(IllegalArgumentException.class);
    }

    private static String git(Path dir, String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = dir.toString();
        System.arraycopy(args, 0, command, 3, args.length);
        Process git;
        try {
            git = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return null; // no git here
        }
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return git.waitFor(10, TimeUnit.SECONDS) && git.exitValue() == 0 ? out : null;
    }
}
