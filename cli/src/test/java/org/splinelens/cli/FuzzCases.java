package org.splinelens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * What every fuzz case must give: a refusal (exit 2) in one line on stderr starting {@code splinelens: }, no stack
 * trace or exception name, at most a few hundred characters, within a time bound (a hang guard, not a speed test), and
 * nothing left in {@code --out}. Counts the cases for the suite's report.
 */
final class FuzzCases {
    /** A case that has not answered by then hangs: inputs are refused before any work, so seconds are plenty. */
    static final Duration BOUND = Duration.ofSeconds(30);

    private static final AtomicInteger CASES = new AtomicInteger();

    private FuzzCases() {
    }

    /** @param out the case's {@code --out}, or null when the command writes nothing */
    static void assertRefused(Path out, String... args) {
        String shown = String.join(" ", args);
        CliRun run = assertTimeoutPreemptively(BOUND, () -> CliRun.run(args), () -> "no answer within " + BOUND
                + ": " + shorten(shown));
        CASES.incrementAndGet();
        assertThat(run.code()).as("%s%n%s", shorten(shown), run.err()).isEqualTo(SplinelensCommand.BAD_INPUT);
        String err = run.err().strip();
        assertThat(err).as(shorten(shown)).startsWith("splinelens: ").doesNotContain("\n").doesNotContain("Exception")
                .doesNotContain("\tat ").hasSizeLessThanOrEqualTo(SplinelensCommand.MESSAGE_LIMIT + 20);
        if (out != null) {
            assertThat(files(out)).as("files left in --out by %s", shorten(shown)).isZero();
        }
    }

    /** @return how many cases have been checked in this JVM */
    static int count() {
        return CASES.get();
    }

    private static long files(Path dir) {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String shorten(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + " …";
    }
}
