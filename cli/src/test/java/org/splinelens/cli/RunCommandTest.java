package org.splinelens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.splinelens.cli.CliRun.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    @TempDir
    Path tmp;

    @Test
    void runsAnExperimentByNameAndFromYamlIntoResumableDirectories() throws IOException {
        Path out = tmp.resolve("lonely");
        CliRun byName = run("run", "loneliness", "--trials", "4", "--threads", "2", "--seed", "9", "--out",
                out.toString());
        assertThat(byName.code()).as(byName.err()).isZero();
        assertThat(byName.err()).contains("loneliness: 4/4 trials");
        assertThat(byName.out()).contains("4 trials run, 0 resumed").contains("overparametrization makes data points"
                + " lonely");
        assertThat(out.resolve("summary.csv")).isNotEmptyFile();

        CliRun again = run("run", "loneliness", "--trials", "4", "--seed", "9", "--out", out.toString());
        assertThat(again.out()).contains("0 trials run, 4 resumed");

        Path yaml = tmp.resolve("lonely.yaml");
        Files.writeString(yaml, "experiment: loneliness\nscale: quick\nseed: 9\nconfig:\n  trials: 4\n");
        CliRun fromFile = run("run", yaml.toString(), "--threads", "1", "--out", tmp.resolve("file").toString());
        assertThat(fromFile.code()).as(fromFile.err()).isZero();
        assertThat(Files.readAllBytes(tmp.resolve("file").resolve("summary.csv")))
                .isEqualTo(Files.readAllBytes(out.resolve("summary.csv")));
    }

    @Test
    void reproduceRunsEveryExperimentAndLinksTheirReports() throws IOException {
        Path out = tmp.resolve("all");
        CliRun result = run("reproduce", "--out", out.toString(), "--threads", "2");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("loneliness").contains("report: ");
        assertThat(Files.readString(out.resolve("report.html"))).contains("loneliness/report.html");
        assertThat(out.resolve("loneliness").resolve("report.html")).isNotEmptyFile();
        CliRun.assertBadInput(new String[] {"reproduce", "--only", "nope", "--out", out.toString()},
                new String[] {"reproduce", "--scale", "tiny", "--out", out.toString()});
    }

    @Test
    void badConfigsFailBeforeAnyWorkNamingFileAndKey() throws IOException {
        Path unknownKey = tmp.resolve("a.yaml");
        Files.writeString(unknownKey, "experiment: loneliness\nconfg:\n  trials: 2\n");
        Path unknownInit = tmp.resolve("b.yaml");
        Files.writeString(unknownInit, "experiment: loneliness\nconfig:\n  inits: [he-normal, nope]\n");
        Path wrongType = tmp.resolve("c.yaml");
        Files.writeString(wrongType, "experiment: loneliness\nconfig:\n  dataPoints: many\n");
        Path out = tmp.resolve("never");
        CliRun.assertBadInput(
                new String[] {"run", unknownKey.toString(), "--out", out.toString()},
                new String[] {"run", unknownInit.toString(), "--out", out.toString()},
                new String[] {"run", wrongType.toString(), "--out", out.toString()},
                new String[] {"run", "nope", "--out", out.toString()},
                new String[] {"run", "loneliness", "--set", "dataPointz=3", "--out", out.toString()},
                new String[] {"run", "loneliness", "--scale", "huge", "--out", out.toString()},
                new String[] {"run", "loneliness", "--set", "ratios=[1,", "--out", out.toString()},
                new String[] {"run", tmp.resolve("missing.yaml").toString()});
        assertThat(run("run", unknownKey.toString()).err()).contains("a.yaml").contains("confg");
        assertThat(run("run", unknownInit.toString(), "--out", out.toString()).err()).contains("b.yaml")
                .contains("inits").contains("nope");
        assertThat(run("run", wrongType.toString()).err()).contains("c.yaml").contains("dataPoints")
                .contains("expected int");
        assertThat(out).doesNotExist();
    }
}
