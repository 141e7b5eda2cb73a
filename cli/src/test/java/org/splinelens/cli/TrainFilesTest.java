package org.splinelens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.splinelens.cli.CliRun.run;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.splinelens.core.deep.DeepBreakpoints;
import org.splinelens.core.deep.LayerBreakpoints;
import org.splinelens.core.deep.PieceLimit;
import org.splinelens.core.io.NetworkJson;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;

/** The files of {@code train --out} beyond the network: their size estimate and limit, the log, the pictures. */
class TrainFilesTest {
    @TempDir
    Path tmp;

    /** @return the x of {@code train --target sin}'s data: the target's domain at step 0.05 */
    private static double[] sinGrid() {
        var target = org.splinelens.core.targets.Targets.all().stream().filter(t -> t.name().equals("sin"))
                .findFirst().orElseThrow();
        return new org.splinelens.core.data.Grid(target.domainLow(), target.domainHigh(), TrainingData.STEP)
                .points();
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        }
    }

    @Test
    void theSizeEstimateIsWithinAFactorOfTheFilesWritten() throws IOException {
        String[][] runs = {
            {"--target", "sin", "--width", "40", "--epochs", "3000", "--observe-every", "10"},
            {"--target", "sin", "--widths", "6,6", "--epochs", "1000", "--observe-every", "5"},
            {"--target", "sin", "--width", "5", "--epochs", "20000", "--observe-every", "1000"},
        };
        for (String[] args : runs) {
            Path out = tmp.resolve("size-" + args[3]);
            CliRun result = run(Stream.concat(Stream.of("train"), Stream.concat(Stream.of(args),
                    Stream.of("--out", out.toString()))).toArray(String[]::new));
            assertThat(result.code()).as(result.err()).isZero();
            // the estimate from the network's shape (and, deep, from the final network's breakpoints)
            UnivariateNetwork start = NetworkJson.read(out.resolve("final-net.json"));
            int epochs = Integer.parseInt(args[5]);
            int every = Integer.parseInt(args[7]);
            TrainingOutput estimate = TrainingOutput.estimate(start, sinGrid().length, epochs, every,
                    PieceLimit.NONE);
            double written = size(out);
            assertThat(estimate.bytes() / written).as(String.join(" ", args) + ": " + written).isBetween(0.67, 1.5);
            double breakpoints = out.resolve("breakpoints.csv").toFile().length();
            if (start instanceof ShallowNetwork) {
                assertThat(estimate.breakpointBytes() / breakpoints).as(String.join(" ", args)).isBetween(0.8, 1.25);
            }
        }
    }

    @Test
    void aRunWhoseFilesWouldPassTheLimitIsRefusedInOneLineBeforeWritingAnything() throws IOException {
        Path out = tmp.resolve("big");
        // the size of 400,000 epochs of 200 units observed every 50 (some 180 MB of breakpoints) against 100 MB
        String[] big = {"train", "--target", "sin", "--width", "200", "--epochs", "400000", "--out", out.toString(),
            "--max-output", "100MB"};
        CliRun.assertBadInput(big);
        String line = run(big).err().strip();
        assertThat(line).contains("MB").contains("--observe-every").contains("--max-output").contains("8,002");
        assertThat(out).doesNotExist();
        // the default limit is 1 GB; the same run at --observe-every 2 passes it
        String[] bigger = {"train", "--target", "sin", "--width", "200", "--epochs", "400000", "--observe-every", "5",
            "--out", out.toString()};
        CliRun.assertBadInput(bigger);
        assertThat(run(bigger).err()).contains("GB").contains("1.0 GB");
        assertThat(out).doesNotExist();
        // the line's advice works: at the --observe-every it names the same run is accepted (checked, not run)
        Matcher advice = Pattern.compile("--observe-every ([0-9,]+) or more").matcher(line);
        assertThat(advice.find()).as(line).isTrue();
        int every = Integer.parseInt(advice.group(1).replace(",", ""));
        TrainingOutput.estimate(ShallowNetwork.of(new double[200], new double[200], new double[200], 0), sinGrid().length,
                400000,
                every, PieceLimit.NONE).check("train", MaxOutputOption.parse("100MB"), every);
        CliRun.assertBadInput(new String[] {"train", "--target", "sin", "--width", "3", "--max-output", "lots"});
        assertThat(MaxOutputOption.parse("5GB")).isEqualTo(5.0 * (1L << 30));
        assertThat(MaxOutputOption.parse("1.5 kb")).isEqualTo(1536.0);
    }

    @Test
    void theLogHasTheSettingsALineEveryTenthOfTheEpochsAndTheLastLine() throws IOException {
        Path out = tmp.resolve("log");
        CliRun result = run("train", "--target", "sin", "--width", "8", "--epochs", "1000", "--out", out.toString());
        assertThat(result.code()).as(result.err()).isZero();
        List<String> log = Files.readAllLines(out.resolve(TrainingRun.LOG));
        List<String> console = result.out().lines().toList();
        assertThat(log).hasSize(12);
        assertThat(log.get(0)).isEqualTo(console.get(0));
        assertThat(log.get(11)).isEqualTo(console.get(console.size() - 1));
        List<String> loss = Files.readAllLines(out.resolve("loss.csv"));
        Pattern progress = Pattern.compile("epoch (\\d+)/1000 \\((\\d+)%\\): loss (\\S+) \\(mse\\), \\S+ s, .* left");
        for (int tenth = 1; tenth <= 10; tenth++) {
            Matcher m = progress.matcher(log.get(tenth));
            assertThat(m.matches()).as(log.get(tenth)).isTrue();
            int epoch = Integer.parseInt(m.group(1));
            assertThat(epoch).isEqualTo(100 * tenth);
            assertThat(Integer.parseInt(m.group(2))).isEqualTo(10 * tenth);
            double logged = Double.parseDouble(m.group(3));
            assertThat(logged).isCloseTo(Double.parseDouble(loss.get(epoch + 1).split(",")[1]),
                    org.assertj.core.data.Percentage.withPercentage(1e-3)); // six digits
        }
    }

    @Test
    void trainDrawsTheFitAndTheLossAsPngAndSvg() throws Exception {
        Path out = tmp.resolve("pictures");
        CliRun result = run("train", "--target", "sin", "--width", "10", "--epochs", "300", "--out", out.toString());
        assertThat(result.code()).as(result.err()).isZero();
        for (String png : new String[] {"fit.png", "loss.png"}) {
            BufferedImage image = ImageIO.read(out.resolve(png).toFile());
            assertThat(image).as(png).isNotNull();
            assertThat(image.getWidth()).isEqualTo(720);
        }
        var svg = svgParser().parse(out.resolve("fit.svg").toFile());
        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        // each marker is an ellipse, a colour a series: the data's points and the legend's, then the knots
        String text = Files.readString(out.resolve("fit.svg"));
        java.util.Map<String, Long> byColour = ellipseColours(text);
        UnivariateNetwork net = NetworkJson.read(out.resolve("final-net.json"));
        double[] x = sinGrid();
        double margin = 0.05 * (x[x.length - 1] - x[0]);
        long knots = 0;
        for (LayerBreakpoints layer : DeepBreakpoints.analyze(net, PieceLimit.NONE).layers()) {
            for (int k = 0; k < layer.breakpointCount(); k++) {
                double beta = layer.breakpoint(k);
                knots += layer.isActive(k) && beta >= x[0] - margin && beta <= x[x.length - 1] + margin ? 1 : 0;
            }
        }
        assertThat(byColour.values()).containsExactlyInAnyOrder(x.length + 1L, knots + 1);
        svgParser().parse(out.resolve("loss.svg").toFile());
    }

    @Test
    void fitAndInitDrawTheirFunction() throws Exception {
        Path out = tmp.resolve("fit");
        CliRun fit = run("fit", "--method", "dp", "--pieces", "3", "--data", "../examples/data.csv", "--out",
                out.toString());
        assertThat(fit.code()).as(fit.err()).isZero();
        assertThat(ImageIO.read(out.resolve("fit.png").toFile())).isNotNull();
        int points = Files.readAllLines(Path.of("../examples/data.csv")).size() - 1;
        // the data and its legend entry; the 2 knots between 3 pieces and theirs
        assertThat(ellipseColours(Files.readString(out.resolve("fit.svg"))).values())
                .containsExactlyInAnyOrder(points + 1L, 3L);
        Path net = tmp.resolve("start.json");
        CliRun init = run("init", "--width", "5", "--seed", "3", "--out", net.toString());
        assertThat(init.code()).as(init.err()).isZero();
        assertThat(ImageIO.read(tmp.resolve("start.png").toFile())).isNotNull();
        svgParser().parse(tmp.resolve("start.svg").toFile());
    }

    /** @return an XML parser that checks well-formedness and reads no DTD from the network */
    private static javax.xml.parsers.DocumentBuilder svgParser() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder();
    }

    /** @return the SVG's ellipses (XChart's markers) counted by fill colour */
    private static java.util.Map<String, Long> ellipseColours(String svg) {
        Matcher m = Pattern.compile("<ellipse[^>]*style=\"fill:(rgb\\([^)]*\\))").matcher(svg);
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        while (m.find()) {
            counts.merge(m.group(1), 1L, Long::sum);
        }
        return counts;
    }
}
