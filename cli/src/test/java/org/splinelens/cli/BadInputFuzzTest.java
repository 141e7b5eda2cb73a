package org.splinelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hardening fuzz suite: malformed network JSON, data CSV and experiment YAML ({@link FuzzInputs}), bad command-line
 * values, and random text in every file kind, through every command that reads them. Each case must be refused as
 * {@link FuzzCases#assertRefused} says: exit 2, one line, no stack trace, nothing left in {@code --out}, in bounded
 * time.
 */
class BadInputFuzzTest {
    @TempDir
    static Path tmp;

    private static final AtomicInteger FILES = new AtomicInteger();

    @AfterAll
    static void report() {
        // quiet: the count is checked, not printed (a suite that refused nothing would pass vacuously)
        assertThat(FuzzCases.count()).as("bad-input cases refused").isPositive();
    }

    private static Path write(String content, String suffix) {
        try {
            return Files.writeString(tmp.resolve("case-" + FILES.incrementAndGet() + suffix), content,
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path out() {
        return tmp.resolve("out-" + FILES.incrementAndGet());
    }

    private static Path data() {
        return write(FuzzInputs.DATA, ".csv");
    }

    /** Every command that reads a network, the file's path in place of {@code NET}. */
    private static List<String[]> netCommands(Path net) {
        String n = net.toString();
        String d = data().toString();
        return List.of(new String[] {"convert", "--net", n, "--to", "pwl"},
                new String[] {"breakpoints", "--net", n},
                new String[] {"eval", "--net", n, "--grid", "0:1:0.5"},
                new String[] {"hessian", "--net", n, "--data", d},
                new String[] {"critical", "--net", n, "--data", d},
                new String[] {"knots", "--net", n, "--data", d});
    }

    /** Every command that reads a dataset. */
    private static List<String[]> dataCommands(Path data) {
        String d = data.toString();
        String net = write(FuzzInputs.SHALLOW, ".json").toString();
        return List.of(new String[] {"fit", "--method", "linear", "--data", d},
                new String[] {"fit", "--method", "dp", "--pieces", "2", "--data", d},
                new String[] {"fit", "--method", "natural-cubic", "--data", d},
                new String[] {"census", "--data", d, "--width", "2"},
                new String[] {"hessian", "--net", net, "--data", d},
                new String[] {"critical", "--net", net, "--data", d},
                new String[] {"knots", "--net", net, "--data", d});
    }

    private static Stream<DynamicTest> cases(String kind, List<String> contents, String suffix,
            java.util.function.Function<Path, List<String[]>> commands) {
        List<DynamicTest> tests = new ArrayList<>();
        for (int k = 0; k < contents.size(); k++) {
            String content = contents.get(k);
            int index = k;
            String shown = content.length() <= 120 ? content : content.substring(0, 120) + "…";
            tests.add(DynamicTest.dynamicTest(kind + " " + index + ": " + shown, () -> {
                Path file = write(content, suffix);
                for (String[] command : commands.apply(file)) {
                    FuzzCases.assertRefused(null, command);
                }
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> malformedNetworks() {
        List<String> bad = new ArrayList<>(FuzzInputs.networks(FuzzInputs.SHALLOW));
        bad.addAll(FuzzInputs.networks(FuzzInputs.DEEP));
        return cases("network", bad, ".json", BadInputFuzzTest::netCommands);
    }

    @TestFactory
    Stream<DynamicTest> malformedDatasets() {
        return cases("dataset", FuzzInputs.datasets(FuzzInputs.DATA), ".csv", BadInputFuzzTest::dataCommands);
    }

    @TestFactory
    Stream<DynamicTest> malformedRunFiles() {
        List<DynamicTest> tests = new ArrayList<>();
        List<String> bad = FuzzInputs.runFiles(FuzzInputs.RUN);
        for (int k = 0; k < bad.size(); k++) {
            String content = bad.get(k);
            tests.add(DynamicTest.dynamicTest("run file " + k, () -> {
                Path file = write(content, ".yaml");
                Path runOut = out();
                FuzzCases.assertRefused(runOut, "run", file.toString(), "--out", runOut.toString());
                Path sweepOut = out();
                FuzzCases.assertRefused(sweepOut, "sweep", file.toString(), "--grid", "ratios=[1.0],[2.0]", "--out",
                        sweepOut.toString());
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> badTrainingFilesWriteNothing() {
        List<DynamicTest> tests = new ArrayList<>();
        List<String> nets = FuzzInputs.networks(FuzzInputs.SHALLOW);
        List<String> datasets = FuzzInputs.datasets(FuzzInputs.DATA);
        for (int k = 0; k < nets.size(); k += 4) {
            String net = nets.get(k);
            tests.add(DynamicTest.dynamicTest("train --from " + k, () -> {
                Path dir = out();
                FuzzCases.assertRefused(dir, "train", "--from", write(net, ".json").toString(), "--data",
                        data().toString(), "--epochs", "1", "--out", dir.toString());
            }));
        }
        for (int k = 0; k < datasets.size(); k += 3) {
            String dataset = datasets.get(k);
            tests.add(DynamicTest.dynamicTest("train/fit/movie --data " + k, () -> {
                String file = write(dataset, ".csv").toString();
                Path train = out();
                FuzzCases.assertRefused(train, "train", "--data", file, "--width", "3", "--epochs", "1", "--out",
                        train.toString());
                Path fit = out();
                FuzzCases.assertRefused(fit, "fit", "--method", "linear", "--data", file, "--out", fit.toString());
                Path movie = out();
                FuzzCases.assertRefused(movie, "movie", "--data", file, "--width", "3", "--epochs", "1", "--out",
                        movie.toString());
            }));
        }
        return tests.stream();
    }

    /** Bad values of every numeric, range and name option: not a number, out of range, degenerate, unknown. */
    @TestFactory
    Stream<DynamicTest> badOptionValues() {
        String net = write(FuzzInputs.SHALLOW, ".json").toString();
        String d = data().toString();
        List<String[]> bad = new ArrayList<>();
        for (String width : List.of("0", "-1", "x", "1.5", "", "2147483648", "1e9")) {
            bad.add(new String[] {"train", "--target", "sin", "--width", width, "--epochs", "1"});
            bad.add(new String[] {"init-stats", "--init", "he-normal", "--width", width});
            if (!width.equals("0")) { // H = 0 breakpoints: one partition, one piece, a valid census
                bad.add(new String[] {"census", "--data", d, "--width", width});
            }
        }
        for (String widths : List.of("0,3", "3,,3", "x", "3,-1", ",")) {
            bad.add(new String[] {"train", "--target", "sin", "--widths", widths, "--epochs", "1"});
        }
        for (String[] option : List.of(new String[] {"--epochs", "-1"}, new String[] {"--epochs", "x"},
                new String[] {"--lr", "-1"}, new String[] {"--lr", "0"}, new String[] {"--lr", "NaN"},
                new String[] {"--lr", "Infinity"}, new String[] {"--lr", "x"}, new String[] {"--seed", "x"},
                new String[] {"--seed", "1.5"}, new String[] {"--domain", "1,1"}, new String[] {"--domain", "2,1"},
                new String[] {"--domain", "a,b"}, new String[] {"--domain", "NaN,1"}, new String[] {"--domain", "1"},
                new String[] {"--step", "0"}, new String[] {"--step", "-1"}, new String[] {"--step", "NaN"},
                new String[] {"--init", "nope"}, new String[] {"--optimizer", "nope"},
                new String[] {"--target", "nope"}, new String[] {"--batch-size", "-1"},
                new String[] {"--alpha", "0"}, new String[] {"--alpha", "NaN"},
                new String[] {"--set", "nokey=1"}, new String[] {"--set", "optimizer.lr=x"},
                new String[] {"--observe-every", "0"}, new String[] {"--tolerance", "-1"})) {
            List<String> args = new ArrayList<>(List.of("train", "--target", "sin", "--width", "3", "--epochs", "1"));
            if (option[0].equals("--target")) {
                args.subList(1, 3).clear();
            }
            args.addAll(List.of(option));
            bad.add(args.toArray(String[]::new));
        }
        // a target's sampling options beside --data would be ignored silently
        bad.add(new String[] {"train", "--data", d, "--width", "3", "--epochs", "1", "--domain", "0,1"});
        bad.add(new String[] {"train", "--data", d, "--width", "3", "--epochs", "1", "--step", "0.1"});
        bad.add(new String[] {"movie", "--data", d, "--width", "3", "--epochs", "1", "--step", "0.1", "--out", "OUT"});
        for (String grid : List.of("1:0:0.1", "0:1:0", "0:1:-1", "0:1", "a:b:c", "0:NaN:0.1", "0:1:Infinity", "::")) {
            bad.add(new String[] {"eval", "--net", net, "--grid", grid});
            bad.add(new String[] {"fit", "--method", "linear", "--data", d, "--grid", grid});
        }
        for (String domain : List.of("1,1", "2,1", "x", "1", "NaN,2")) {
            bad.add(new String[] {"breakpoints", "--net", net, "--domain", domain});
        }
        for (String samples : List.of("0", "-1", "x")) {
            bad.add(new String[] {"init-stats", "--init", "he-normal", "--width", "3", "--samples", samples});
            bad.add(new String[] {"census", "--data", d, "--width", "2", "--samples", samples});
        }
        bad.add(new String[] {"fit", "--method", "nope", "--data", d});
        bad.add(new String[] {"fit", "--method", "dp", "--pieces", "-1", "--data", d});
        bad.add(new String[] {"fit", "--method", "dp", "--pieces", "x", "--data", d});
        bad.add(new String[] {"density", "--init", "nope", "--width", "3"});
        bad.add(new String[] {"density", "--init", "gaussian", "--width", "0"});
        bad.add(new String[] {"convert", "--net", net, "--to", "nope"});
        bad.add(new String[] {"hessian", "--net", net, "--data", d, "--tolerance", "-1"});
        bad.add(new String[] {"run", "nope"});
        for (String[] option : List.of(new String[] {"--trials", "0"}, new String[] {"--trials", "-1"},
                new String[] {"--trials", "x"}, new String[] {"--threads", "0"}, new String[] {"--threads", "x"},
                new String[] {"--scale", "huge"}, new String[] {"--seed", "x"}, new String[] {"--set", "nokey=1"},
                new String[] {"--set", "trials=1.5"}, new String[] {"--set", "inits=[nope]"})) {
            bad.add(new String[] {"run", "loneliness", option[0], option[1], "--out", "OUT"});
        }
        for (String grid : List.of("k", "=1", "trials=", "trials=a,b", "nope=1,2", "trials=1,,2", "inits=[x")) {
            bad.add(new String[] {"sweep", "loneliness", "--grid", grid, "--out", "OUT"});
        }
        bad.add(new String[] {"sweep", "loneliness", "--grid", "trials=1,2", "--max-cells", "0", "--out", "OUT"});
        bad.add(new String[] {"sweep", "loneliness", "--grid", "trials=1,2", "--engine", "nope", "--out", "OUT"});
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] args : bad) {
            tests.add(DynamicTest.dynamicTest(String.join(" ", args), () -> {
                Path dir = out();
                String[] resolved = java.util.Arrays.stream(args).map(a -> a.equals("OUT") ? dir.toString() : a)
                        .toArray(String[]::new);
                FuzzCases.assertRefused(dir, resolved);
            }));
        }
        return tests.stream();
    }

    /**
     * Sizes beyond the heap, one Java array or a stated limit, for every command that takes a size: each is refused
     * in one line before any work (the hardening list, without its large files: NetworkSizeTest and WorkSizeTest build
     * those).
     */
    @TestFactory
    Stream<DynamicTest> oversizedInputs() {
        String net = write(FuzzInputs.SHALLOW, ".json").toString();
        String d = data().toString();
        List<String[]> huge = new ArrayList<>();
        for (String width : List.of("100000000", "2000000000")) {
            huge.add(new String[] {"train", "--target", "sin", "--width", width, "--epochs", "1"});
            huge.add(new String[] {"movie", "--target", "sin", "--width", width, "--epochs", "1", "--out", "OUT"});
            huge.add(new String[] {"init-stats", "--init", "he-normal", "--width", width});
            huge.add(new String[] {"density", "--init", "gaussian", "--width", width});
        }
        for (String widths : List.of("100000,100000", "50000,50000", "2000000000", "30000,30000,30000")) {
            huge.add(new String[] {"train", "--target", "sin", "--widths", widths, "--epochs", "1", "--out", "OUT"});
            huge.add(new String[] {"init-stats", "--init", "he-normal", "--widths", widths});
        }
        huge.add(new String[] {"train", "--target", "sin", "--width", "4", "--epochs", "2000000000", "--out", "OUT"});
        huge.add(new String[] {"train", "--target", "sin", "--width", "4", "--step", "1e-12"});
        huge.add(new String[] {"init-stats", "--init", "he-normal", "--width", "10", "--samples", "1000000000"});
        huge.add(new String[] {"init-stats", "--init", "he-normal", "--width", "1000", "--samples", "100000000"});
        huge.add(new String[] {"census", "--data", d, "--width", "2147483647"});
        huge.add(new String[] {"census", "--data", d, "--width", "3", "--samples", "2000000000"});
        huge.add(new String[] {"census", "--data", d, "--width", "100000"});
        for (String grid : List.of("0:1:2.1e-8", "0:1:1e-300", "-1e300:1e300:1")) {
            huge.add(new String[] {"eval", "--net", net, "--grid", grid, "--json"});
            huge.add(new String[] {"eval", "--net", net, "--grid", grid});
            huge.add(new String[] {"fit", "--method", "linear", "--data", d, "--grid", grid});
        }
        huge.add(new String[] {"fit", "--method", "min-norm", "--data", d, "--pieces", "2000000000"});
        for (String[] setting : List.of(new String[] {"loneliness", "dataPoints=2000000000"},
                new String[] {"uniform-breakpoint-init", "width=2000000000"},
                new String[] {"gap-roughness", "trials=2000000"},
                new String[] {"critical-point-growth", "exhaustiveLimit=100000000000"})) {
            huge.add(new String[] {"run", setting[0], "--set", setting[1], "--out", "OUT"});
            huge.add(new String[] {"sweep", setting[0], "--set", setting[1], "--grid", "seed=1,2", "--out", "OUT"});
        }
        huge.add(new String[] {"sweep", "loneliness", "--grid", "dataPoints=" + "6,".repeat(2000) + "6", "--grid",
            "trials=" + "1,".repeat(600) + "1", "--out", "OUT"});
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] args : huge) {
            String shown = String.join(" ", args);
            tests.add(DynamicTest.dynamicTest(shown.length() <= 120 ? shown : shown.substring(0, 120) + "…", () -> {
                Path dir = out();
                String[] resolved = java.util.Arrays.stream(args).map(a -> a.equals("OUT") ? dir.toString() : a)
                        .toArray(String[]::new);
                FuzzCases.assertRefused(dir, resolved);
            }));
        }
        return tests.stream();
    }
}
