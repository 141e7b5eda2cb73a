package org.splinelens.dynamics.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.deep.PieceLimit;
import org.splinelens.core.network.DeepArchitecture;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.network.UnivariateNetwork;
import org.splinelens.dynamics.gradient.GradientMethod;
import org.splinelens.dynamics.observe.NetworkRecorder;
import org.splinelens.dynamics.observe.SnapshotRecorder;
import org.splinelens.dynamics.optim.GradientDescent;
import org.splinelens.dynamics.train.Trainer;
import org.splinelens.dynamics.train.TrainerConfig;
import org.splinelens.dynamics.train.TrainingObserver;
import org.splinelens.dynamics.train.TrainingResult;

/** The files written while a run trains are byte for byte those {@link TrainingFiles#write} writes after it. */
class StreamedTrainingFilesTest {
    private static final List<String> FILES = List.of("final-net.json", "loss.csv", "breakpoints.csv",
            "roughness.csv", "mobility.csv");

    @TempDir
    Path tmp;

    private static TrainingResult train(UnivariateNetwork start, int epochs, List<TrainingObserver> observers) {
        Dataset data = Dataset.sample(new double[] {-1, -0.6, -0.2, 0.2, 0.6, 1}, x -> Math.sin(3 * x));
        return new Trainer(TrainerConfig.epochs(epochs).observingEvery(7), GradientMethod.AUTO).train(start, data,
                new GradientDescent(0.02), new SplittableRandom(1), observers);
    }

    private static UnivariateNetwork deepStart() {
        DeepArchitecture arch = new DeepArchitecture(new int[] {4, 3});
        SplittableRandom random = new SplittableRandom(20261201L);
        double[] theta = new double[arch.parameterCount()];
        for (int k = 0; k < theta.length; k++) {
            theta[k] = random.nextGaussian();
        }
        return DeepNetwork.of(arch, theta);
    }

    private void sameFilesAsAfterTheRun(UnivariateNetwork start) throws IOException {
        NetworkRecorder networks = new NetworkRecorder();
        SnapshotRecorder snapshots = new SnapshotRecorder();
        TrainingResult after = train(start, 60, List.of(networks, snapshots));
        TrainingFiles.write(tmp.resolve("after"), after, networks, snapshots);

        StreamedTrainingFiles streamed = new StreamedTrainingFiles(tmp.resolve("streamed"), PieceLimit.NONE);
        streamed.finish(train(start, 60, List.of(streamed)));

        for (String file : FILES) {
            assertThat(Files.readAllBytes(tmp.resolve("streamed").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(tmp.resolve("after").resolve(file)));
        }
        assertThat(Files.readString(tmp.resolve("streamed/breakpoints.csv")).lines().count()).isGreaterThan(10);
    }

    @Test
    void aShallowRunWritesTheSameFiles() throws IOException {
        sameFilesAsAfterTheRun(ShallowNetwork.of(new double[] {1, -1, 0.5}, new double[] {0.5, 0.25, -0.1},
                new double[] {0.5, -0.5, 0.3}, 0));
    }

    @Test
    void aDeepRunWritesTheSameFiles() throws IOException {
        sameFilesAsAfterTheRun(deepStart());
    }

    @Test
    void anAbandonedRunLeavesNoBreakpointFileBehind() throws IOException {
        Path dir = tmp.resolve("abandoned");
        StreamedTrainingFiles streamed = new StreamedTrainingFiles(dir, PieceLimit.NONE);
        train(deepStart(), 30, List.of(streamed));
        streamed.abandon();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
