package org.splinelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real sweep whose large learning rate diverges (gradient descent at lr 1e4 on Fig 11's loneliness): sweep.csv's
 * {@code trials} and {@code diverged} columns against a count of the NaN values in each point's own trial rows, and
 * the command's count of undetermined claims against sweep.json's outcomes.
 */
class SweepDivergedTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void sweepCsvCountsTheDivergedTrialsOfEachPointAndTheCommandCountsUndeterminedClaimsApart() throws IOException {
        Path out = tmp.resolve("lr");
        CliRun run = CliRun.run("sweep", "loneliness", "--grid", "lr=1e-4,1e4", "--set", "optimizer=gd", "--set",
                "ratios=[1.0,4.0]", "--set", "trials=3", "--set", "trainedTrials=3", "--set", "epochs=50", "--set",
                "dataPoints=8", "--seed", "5", "--threads", "1", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();

        JsonNode sweep = JSON.readTree(out.resolve("sweep.json").toFile());
        Map<String, int[]> expected = new HashMap<>();
        int holding = 0;
        int undetermined = 0;
        int claims = 0;
        for (JsonNode point : sweep.get("points")) {
            expected.put(point.get("swept").get("lr").asText(), fromTrialRows(out.resolve(point.get("directory")
                    .asText()).resolve("trials.csv")));
            for (JsonNode verdict : point.get("verdicts")) {
                claims++;
                holding += verdict.get("outcome").asText().equals("holds") ? 1 : 0;
                undetermined += verdict.get("outcome").asText().equals("undetermined") ? 1 : 0;
                assertThat(verdict.get("holds").asBoolean()).isEqualTo(verdict.get("outcome").asText()
                        .equals("holds"));
            }
        }
        // the sweep must exercise what it tests: every trained trial diverges at lr 1e4, none at 1e-4
        assertThat(expected.get("10000.0")).containsExactly(3, 3);
        assertThat(expected.get("1.0E-4")).containsExactly(3, 0);
        assertThat(undetermined).isPositive();

        List<String> csv = Files.readAllLines(out.resolve("sweep.csv"));
        List<String> header = List.of(csv.get(0).split(","));
        int trials = header.indexOf("trials");
        int diverged = header.indexOf("diverged");
        assertThat(trials).isEqualTo(1);
        assertThat(diverged).isEqualTo(2);
        for (String line : csv.subList(1, csv.size())) {
            String[] fields = line.split(",");
            int[] counts = expected.get(fields[0]);
            assertThat(Integer.parseInt(fields[trials])).as(line).isEqualTo(counts[0]);
            assertThat(Integer.parseInt(fields[diverged])).as(line).isEqualTo(counts[1]);
        }
        assertThat(run.out()).contains(String.format("claims holding %d/%d, %d undetermined", holding, claims,
                undetermined));
    }

    /**
     * @return the point's trials and the most trials any (init, top ratio) cell lost to NaN in lonelyAfter, the
     *         statistic the after-training verdicts compare, counted from the raw trial rows
     */
    private static int[] fromTrialRows(Path trialsCsv) throws IOException {
        List<String> lines = Files.readAllLines(trialsCsv);
        List<String> header = List.of(lines.get(0).split(",", -1));
        int trial = header.indexOf("trial");
        int init = header.indexOf("init");
        int ratio = header.indexOf("ratio");
        int after = header.indexOf("lonelyAfter");
        Set<String> trials = new HashSet<>();
        Map<String, Integer> nan = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            trials.add(fields[trial]);
            if (fields[ratio].equals("4.0") && !fields[init].contains("exact")) {
                nan.merge(fields[init], fields[after].equals("NaN") ? 1 : 0, Integer::sum);
            }
        }
        return new int[] {trials.size(), nan.values().stream().mapToInt(Integer::intValue).max().orElse(0)};
    }
}
