package org.splinelens.dynamics.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.io.NetworkJson;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.dynamics.gradient.GradientMethod;
import org.splinelens.dynamics.observe.NetworkRecorder;
import org.splinelens.dynamics.observe.SnapshotRecorder;
import org.splinelens.dynamics.optim.GradientDescent;
import org.splinelens.dynamics.train.Trainer;
import org.splinelens.dynamics.train.TrainerConfig;
import org.splinelens.dynamics.train.TrainingResult;

class TrainingFilesTest {
    @TempDir
    Path tmp;

    private TrainingResult train(int epochs, int observeEvery, NetworkRecorder networks, SnapshotRecorder snapshots) {
        ShallowNetwork start = ShallowNetwork.of(new double[] {1, -1}, new double[] {0.5, 0.25},
                new double[] {0.5, -0.5}, 0);
        Dataset data = Dataset.sample(new double[] {-1, -0.5, 0, 0.5, 1}, x -> x * x);
        return new Trainer(TrainerConfig.epochs(epochs).observingEvery(observeEvery), GradientMethod.AUTO).train(start,
                data,
                new GradientDescent(0.01),
                new SplittableRandom(1), List.of(networks, snapshots));
    }

    @Test
    void aRunDirectoryHoldsTheFinalNetAndEveryTableFromTheSameObservations() throws IOException {
        NetworkRecorder networks = new NetworkRecorder();
        SnapshotRecorder snapshots = new SnapshotRecorder();
        TrainingResult result = train(4, 2, networks, snapshots);
        Path dir = tmp.resolve("run");
        TrainingFiles.write(dir, result, networks, snapshots);

        assertThat(NetworkJson.read(dir.resolve("final-net.json"))).isEqualTo(result.network());
        assertThat(Files.readString(dir.resolve("loss.csv"))).isEqualTo(TrainingCsv.loss(result.lossCurve()));
        assertThat(networks.epochs()).containsExactly(0, 2, 4).isEqualTo(snapshots.epochs());
        assertThat(Files.readString(dir.resolve("breakpoints.csv")))
                .isEqualTo(TrainingCsv.shallowBreakpoints(networks.epochs(), networks.networks()));
        assertThat(Files.readString(dir.resolve("roughness.csv")))
                .isEqualTo(TrainingCsv.roughness(snapshots.epochs(), snapshots.roughnessByLayer()));
        assertThat(dir.resolve("mobility.csv")).isNotEmptyFile();
    }

    @Test
    void mobilityNeedsTwoObservations() throws IOException {
        NetworkRecorder networks = new NetworkRecorder();
        SnapshotRecorder snapshots = new SnapshotRecorder();
        TrainingResult result = train(0, 1, networks, snapshots);
        TrainingFiles.write(tmp, result, networks, snapshots);
        assertThat(tmp.resolve("roughness.csv")).isNotEmptyFile();
        assertThat(tmp.resolve("mobility.csv")).doesNotExist();
    }
}
