package org.splinelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hardening's two regressions at the command line: output files honour the umask, a global minimum is critical. */
class HardeningRegressionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void everyOutputFileHasTheModeOfAFileThisUserCreates() throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return; // no modes to compare
        }
        Set<PosixFilePermission> plain = Files.getPosixFilePermissions(Files.createFile(tmp.resolve("plain")));
        Path train = tmp.resolve("train");
        assertThat(CliRun.run("train", "--target", "sin", "--width", "4", "--epochs", "3", "--out", train.toString())
                .code()).isZero();
        Path run = tmp.resolve("run");
        assertThat(CliRun.run("run", "loneliness", "--trials", "1", "--out", run.toString()).code()).isZero();
        Path networks = tmp.resolve("networks");
        assertThat(CliRun.run("init", "--init", "he-normal", "--width", "4", "--out", networks.resolve("a.safetensors")
                .toString()).code()).isZero();
        assertThat(CliRun.run("export", "--net", networks.resolve("a.safetensors").toString(), "--to",
                networks.resolve("a.json").toString()).code()).isZero();
        for (Path dir : List.of(train, run, networks)) {
            try (Stream<Path> files = Files.walk(dir)) {
                List<Path> written = files.filter(Files::isRegularFile)
                        .filter(f -> !f.getFileName().toString().equals(".lock")).toList();
                assertThat(written).isNotEmpty().allSatisfy(file -> assertThat(Files.getPosixFilePermissions(file))
                        .as(file.toString()).isEqualTo(plain));
            }
        }
    }

    /** f(x) = b0 + sum_i v_i relu(w_i x + b_i), evaluated here independently of the library. */
    private static double net(double x) {
        double[] w = {1.0, -2.0, 0.5};
        double[] b = {0.5, 1.0, -1.0};
        double[] v = {1.0, 0.5, -1.5};
        double f = 0.25;
        for (int i = 0; i < w.length; i++) {
            f += v[i] * Math.max(0, w[i] * x + b[i]);
        }
        return f;
    }

    private boolean critical(double shift) throws IOException {
        Path net = Files.writeString(tmp.resolve("net-" + shift + ".json"), "{\"type\":\"shallow\",\"w\":[1.0,-2.0,"
                + "0.5],\"b\":[0.5,1.0,-1.0],\"v\":[1.0,0.5,-1.5],\"b0\":0.25}");
        StringBuilder data = new StringBuilder("x,y\n");
        for (double x : new double[] {-1.3, -0.2, 0.7, 3.1}) {
            data.append(String.format(Locale.ROOT, "%s,%s%n", x, net(x) + shift));
        }
        Path file = Files.writeString(tmp.resolve("data-" + shift + ".csv"), data);
        CliRun run = CliRun.run("hessian", "--net", net.toString(), "--data", file.toString(), "--json");
        assertThat(run.code()).as(run.err()).isZero();
        return JSON.readTree(run.out()).get("critical").asBoolean();
    }

    @Test
    void aNetThatInterpolatesItsDataIsCriticalAndATinyStepAwayIsNot() throws IOException {
        assertThat(critical(0)).as("an exact interpolant is a global minimum").isTrue();
        assertThat(critical(1e-3)).as("every residual 1e-3: the bias's gradient is their mean").isFalse();
    }
}
