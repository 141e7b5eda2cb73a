package org.splinelens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.splinelens.cli.CliRun.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.splinelens.core.limits.Limits;
import org.splinelens.core.limits.WorkEstimate;

/**
 * Hardening, the work-size cases: valid but large work (init-stats' samples × width, the census's partitions, the
 * fitters' N² and N³) is estimated before it starts and refused in one line naming the sizes and the way out — more
 * heap, or {@code --max-work}; work that passes but is long shows its progress. Refusals are triggered by small
 * limits or by sizes refused at once, never by running large work.
 */
class WorkSizeTest {
    @TempDir
    Path tmp;

    private Path noisySine(int n) throws IOException {
        SplittableRandom r = new SplittableRandom(n);
        StringBuilder csv = new StringBuilder("x,y\n");
        for (int k = 0; k < n; k++) {
            double x = -3 + 6 * r.nextDouble();
            csv.append(x).append(',').append(Math.sin(x) + 0.1 * r.nextGaussian()).append('\n');
        }
        Path data = tmp.resolve("sine" + n + ".csv");
        Files.writeString(data, csv.toString());
        return data;
    }

    private static CliRun refused(String... args) {
        CliRun.assertBadInput(args);
        return run(args);
    }

    @Test
    void initStatsRefusesSamplesTimesWidthBeyondOneArrayTheHeapOrTheWorkLimit() {
        // 10^10 pooled breakpoints: no Java array holds them (was an OutOfMemoryError after 1.6 s)
        assertThat(refused("init-stats", "--init", "he-normal", "--width", "10", "--samples", "1000000000").err())
                .contains("init-stats --samples 1000000000 --width 10: 10,000,000,000 breakpoints");
        assertThat(refused("init-stats", "--init", "he-normal", "--width", "100000000").err())
                .contains("--samples 100 --width 100000000");
        // 1.2 × 10^9 breakpoints (and the net's 3H + 1 parameters) fit an array, but 16 bytes each do not fit the heap
        assertThat(refused("init-stats", "--init", "he-normal", "--width", "600000000", "--samples", "2").err())
                .contains("of memory").contains(Limits.MORE_HEAP);
        assertThat(refused("init-stats", "--init", "he-normal", "--widths", "20,20", "--samples", "100",
                "--max-work", "1000").err()).contains("--widths 20,20").contains("(--max-work raises it)");
        refused("init-stats", "--init", "he-normal", "--width", "3", "--max-work", "0");
        CliRun small = run("init-stats", "--init", "he-normal", "--width", "5", "--samples", "50");
        assertThat(small.code()).as(small.err()).isZero();
        assertThat(small.err()).as("short work shows no progress").isEmpty();
    }

    @Test
    void censusRefusesSlotsBeyondOneArrayAndWorkBeyondTheLimit() throws IOException {
        Path data = noisySine(6);
        // N + H overflowed an int: NegativeArraySizeException
        assertThat(refused("census", "--data", data.toString(), "--width", "2147483647").err())
                .contains("--width 2147483647: 2,147,483,653 stars-and-bars slots (N + H)");
        // 2 × 10^9 samples of 9 slots: over a minute (ran past 60 s without a word)
        assertThat(refused("census", "--data", data.toString(), "--width", "3", "--samples", "2000000000").err())
                .contains("--samples 2000000000").contains("steps of work").contains("(--max-work raises it)");
        assertThat(refused("census", "--data", data.toString(), "--width", "1000").err())
                .contains("partitions C(N + H, H), more than an exhaustive census examines").contains("--samples");
        assertThat(refused("census", "--data", data.toString(), "--width", "3", "--samples", "100000",
                "--max-work", "1e5").err()).contains("(--max-work raises it)");
        assertThat(refused("census", "--data", data.toString(), "--width", "1000000000", "--samples", "1").err())
                .contains("of memory");
        CliRun many = run("census", "--data", data.toString(), "--width", "40", "--samples", "10");
        assertThat(many.code()).as("H may exceed N: " + many.err()).isZero();
    }

    @Test
    void fitRefusesQuadraticAndCubicWorkBeyondTheLimit() throws IOException {
        Path data = noisySine(2000);
        assertThat(refused("fit", "--method", "dp", "--data", data.toString(), "--max-work", "1e6").err())
                .contains("(N = 2000), up to 20 breaks by BIC").contains("(--max-work raises it)");
        // min-norm's default 4N locations of both orientations: an SVD of 2000 × 16000
        assertThat(refused("fit", "--method", "min-norm", "--data", data.toString()).err())
                .contains("16000 features").contains("steps of work");
        assertThat(refused("fit", "--method", "greedy-merge", "--data", data.toString(), "--pieces", "400",
                "--max-work", "1e6").err()).contains("--pieces 400");
        // min-norm's fit is a sum over its 8N features at every grid point too
        assertThat(refused("fit", "--method", "min-norm", "--data", noisySine(50).toString(), "--grid",
                "0:1:1e-7", "--max-work", "1e9").err()).contains("--grid 0:1:1e-7 (10,000,001 points)");
        CliRun dp = run("fit", "--method", "dp", "--data", data.toString(), "--pieces", "3");
        assertThat(dp.code()).as(dp.err()).isZero();
        assertThat(dp.err()).isEmpty();
    }

    @Test
    void longWorkShowsItsProgressAndShortWorkDoesNot() {
        StringWriter text = new StringWriter();
        PrintWriter err = new PrintWriter(text);
        RunProgress quiet = RunProgress.forWork(err, false, "census", "partitions", new WorkEstimate("x", 0, 1e6));
        quiet.applyAsInt(5, 10);
        quiet.finish();
        assertThat(text.toString()).isEmpty();
        RunProgress shown = RunProgress.forWork(err, false, "census", "partitions",
                new WorkEstimate("x", 0, 2 * WorkLimit.PROGRESS_STEPS));
        for (int done = 0; done <= 10; done++) {
            shown.applyAsInt(done, 10);
        }
        assertThat(text.toString().lines()).hasSize(11).contains("census: 5/10 partitions");
        StringWriter percent = new StringWriter();
        RunProgress fit = RunProgress.forWork(new PrintWriter(percent), true, "fit dp", RunProgress.PERCENT,
                new WorkEstimate("x", 0, 1e12));
        fit.applyAsInt(0, 100);
        fit.applyAsInt(37, 100);
        fit.applyAsInt(37, 100);
        fit.finish();
        assertThat(percent.toString()).contains("fit dp [").contains("] 37%").endsWith(System.lineSeparator());
        assertThat(percent.toString().split("37%", -1)).as("an unchanged count is not drawn again").hasSize(2);
    }

    @Test
    void theDefaultLimitIsStatedInTheHelp() {
        for (String command : new String[] {"init-stats", "census", "fit"}) {
            CliRun help = run(command, "--help");
            assertThat(help.out().toLowerCase(Locale.ROOT)).as(command).contains("--max-work=steps")
                    .contains("default 1e10");
        }
    }
}
