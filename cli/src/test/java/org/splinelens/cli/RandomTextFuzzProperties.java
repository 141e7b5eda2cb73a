package org.splinelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Random text (any Unicode, up to 300 characters) as a network, a dataset and a run file: never valid, one line. */
class RandomTextFuzzProperties {
    private static final AtomicInteger FILES = new AtomicInteger();
    private static Path tmp;

    @BeforeContainer
    static void createDirectory() throws IOException {
        tmp = Files.createTempDirectory("splinelens-fuzz-");
    }

    @AfterContainer
    static void deleteDirectory() throws IOException {
        try (Stream<Path> walk = Files.walk(tmp)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        // quiet: the count is checked, not printed (a suite that refused nothing would pass vacuously)
        assertThat(FuzzCases.count()).as("bad-input cases refused").isPositive();
    }

    private static Path write(String content, String suffix) throws IOException {
        // getBytes writes a lone surrogate as '?', where writeString would refuse it
        return Files.write(tmp.resolve("case-" + FILES.incrementAndGet() + suffix),
                content.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.strings().all().ofMaxLength(300);
    }

    @Property(tries = 60)
    void randomTextInEveryFileKindIsRefused(@ForAll("noise") String text) throws IOException {
        Path net = write("{" + text, ".json");
        FuzzCases.assertRefused(null, "convert", "--net", net.toString(), "--to", "pwl");
        // the last field ends in '#', so the row is never all numbers
        Path dataset = write("x,y\n" + text.replace("\n", " ") + "#\n", ".csv");
        FuzzCases.assertRefused(null, "fit", "--method", "linear", "--data", dataset.toString());
        Path run = write("experiment: [" + text, ".yaml");
        Path out = tmp.resolve("out-" + FILES.incrementAndGet());
        FuzzCases.assertRefused(out, "run", run.toString(), "--out", out.toString());
    }
}
