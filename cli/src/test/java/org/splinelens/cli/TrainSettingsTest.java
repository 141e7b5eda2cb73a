package org.splinelens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.splinelens.cli.CliRun.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --set KEY=VALUE} on train, movie and init-stats: which plugin each key goes to, and the options it meets. */
class TrainSettingsTest {
    private static final Path EXAMPLES = Path.of("..", "examples");

    @TempDir
    Path tmp;

    /** @return the final loss of a short, seeded run on sin with these extra arguments */
    private static double finalLoss(String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("train", "--target", "sin", "--width", "8", "--epochs", "60",
                "--seed", "5", "--json"));
        args.addAll(List.of(extra));
        CliRun run = run(args.toArray(String[]::new));
        assertThat(run.code()).as(String.join(" ", args) + ": " + run.err()).isZero();
        return new ObjectMapper().readTree(run.out()).get("finalLoss").asDouble();
    }

    @Test
    void optimizerKeysAreSetBareOrPrefixedAndTheDedicatedOptionsAreTheSameKeys() throws IOException {
        double byOption = finalLoss("--lr", "0.001", "--batch-size", "0");
        assertThat(finalLoss("--set", "lr=0.001", "--set", "batchSize=0")).isEqualTo(byOption);
        assertThat(finalLoss("--set", "optimizer.lr=0.001")).isEqualTo(byOption);
        assertThat(finalLoss("--lr", "0.0015")).isNotEqualTo(byOption);

        double adam = finalLoss("--optimizer", "adam", "--lr", "0.01");
        assertThat(finalLoss("--optimizer", "adam", "--lr", "0.01", "--set", "beta1=0.5")).isNotEqualTo(adam);
        double momentum = finalLoss("--optimizer", "momentum", "--lr", "0.001");
        assertThat(finalLoss("--optimizer", "momentum", "--lr", "0.001", "--set", "nesterov=true"))
                .isNotEqualTo(momentum);
    }

    @Test
    void initializerKeysAreSetBareOrPrefixedAndAlphaIsInitAlpha() throws IOException {
        double wide = finalLoss("--lr", "0.001", "--init", "gaussian", "--set", "sigmaW=2");
        assertThat(finalLoss("--lr", "0.001", "--init", "gaussian", "--set", "init.sigmaW=2")).isEqualTo(wide);
        assertThat(finalLoss("--lr", "0.001", "--init", "gaussian")).isNotEqualTo(wide);
        assertThat(finalLoss("--lr", "0.001", "--alpha", "0.5"))
                .isEqualTo(finalLoss("--lr", "0.001", "--set", "init.alpha=0.5"));
    }

    @Test
    void aKeyOfBothPluginsNeedsItsPrefix() throws IOException {
        // RMSprop's smoothing constant and every initializer's scale are both called alpha
        CliRun ambiguous = run("train", "--target", "sin", "--width", "4", "--optimizer", "rmsprop", "--set",
                "alpha=0.9");
        CliRun.assertBadInput(new String[] {"train", "--target", "sin", "--width", "4", "--optimizer", "rmsprop",
            "--set", "alpha=0.9"});
        assertThat(ambiguous.err()).contains("optimizer.alpha").contains("init.alpha");
        double smoothing = finalLoss("--optimizer", "rmsprop", "--set", "optimizer.alpha=0.5");
        assertThat(finalLoss("--optimizer", "rmsprop")).isNotEqualTo(smoothing);
        assertThat(finalLoss("--optimizer", "rmsprop", "--set", "optimizer.alpha=0.5", "--set", "init.alpha=1"))
                .isEqualTo(smoothing);
    }

    @Test
    void unknownKeysConflictsAndBadValuesAreOneLineNamingPluginAndKey() {
        String[] train = {"train", "--target", "sin", "--width", "4", "--optimizer", "momentum", "--init", "gaussian"};
        CliRun.assertBadInput(with(train, "--set", "nope=1"), with(train, "--set", "optimizer.nope=1"),
                with(train, "--set", "init.nope=1"), with(train, "--set", "nesterov=maybe"),
                with(train, "--lr", "0.1", "--set", "lr=0.2"), with(train, "--alpha", "2", "--set", "init.alpha=1"),
                with(train, "--set", "ratios=[1,"));
        assertThat(run(with(train, "--set", "nope=1")).err()).contains("'nope'").contains("optimizer momentum")
                .contains("initializer gaussian");
        assertThat(run(with(train, "--set", "optimizer.nope=1")).err()).contains("optimizer momentum")
                .contains("'nope'");
        assertThat(run(with(train, "--set", "init.nope=1")).err()).contains("initializer gaussian").contains("'nope'");
        assertThat(run(with(train, "--set", "nesterov=maybe")).err()).contains("nesterov");
        assertThat(run(with(train, "--lr", "0.1", "--set", "lr=0.2")).err()).contains("--lr")
                .contains("optimizer.lr");
    }

    @Test
    void aSavedStartTakesNoInitializerKeys() {
        String net = EXAMPLES.resolve("shallow.json").toString();
        String data = EXAMPLES.resolve("data.csv").toString();
        CliRun.assertBadInput(new String[] {"train", "--data", data, "--from", net, "--set", "init.alpha=2"});
        CliRun run = run("train", "--data", data, "--from", net, "--epochs", "5", "--set", "lr=0.001");
        assertThat(run.code()).as(run.err()).isZero();
    }

    @Test
    void movieTakesTheSameKeysAndTrainsExactlyAsTrain() throws IOException {
        Path movie = tmp.resolve("movie");
        Path train = tmp.resolve("train");
        CliRun filmed = run("movie", "--target", "sin", "--width", "6", "--epochs", "40", "--observe-every", "20",
                "--optimizer", "adam", "--set", "lr=0.01", "--set", "beta2=0.9", "--out", movie.toString());
        assertThat(filmed.code()).as(filmed.err()).isZero();
        CliRun trained = run("train", "--target", "sin", "--width", "6", "--epochs", "40", "--observe-every", "20",
                "--optimizer", "adam", "--lr", "0.01", "--set", "optimizer.beta2=0.9", "--out", train.toString());
        assertThat(trained.code()).as(trained.err()).isZero();
        for (String file : List.of("final-net.json", "loss.csv", "breakpoints.csv", "roughness.csv", "mobility.csv")) {
            assertThat(Files.readAllBytes(movie.resolve(file))).as(file).isEqualTo(Files.readAllBytes(train
                    .resolve(file)));
        }
        CliRun.assertBadInput(new String[] {"movie", "--target", "sin", "--width", "4", "--set", "nope=1", "--out",
            tmp.resolve("never").toString()});
    }

    @Test
    void initStatsTakesInitializerKeysOnly() throws IOException {
        String[] stats = {"init-stats", "--init", "gaussian", "--width", "5", "--samples", "20", "--json"};
        CliRun bare = run(with(stats, "--set", "sigmaW=2"));
        assertThat(bare.code()).as(bare.err()).isZero();
        assertThat(run(with(stats, "--set", "init.sigmaW=2")).out()).isEqualTo(bare.out());
        assertThat(new ObjectMapper().readTree(bare.out()).get("layers").get(0).get("theory").get("roughnessMean")
                .asDouble()).isEqualTo(5 * 4.0); // Thm 2: E ρ0 = H σ_w² σ_v² with σ_v = 1
        CliRun.assertBadInput(with(stats, "--set", "optimizer.lr=1"), with(stats, "--set", "init.sigmaQ=1"));
    }

    @Test
    void helpStatesTheRulesOfSet() {
        for (String command : List.of("train", "movie")) {
            assertThat(run(command, "--help").out()).contains("--set").contains("optimizer.KEY").contains("init.KEY")
                    .contains("--lr, --batch-size and --alpha");
        }
    }

    private static String[] with(String[] base, String... more) {
        List<String> args = new ArrayList<>(List.of(base));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }
}
