package org.splinelens.dynamics.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrainerConfigTest {

    @Test
    void theNamedFactoriesSetOneFieldEachOverTheFixedBudget() {
        assertThat(TrainerConfig.epochs(300)).isEqualTo(new TrainerConfig(300, 0, 0, 300, 0));
        assertThat(TrainerConfig.epochs(0)).isEqualTo(new TrainerConfig(0, 0, 0, 1, 0));
        assertThat(TrainerConfig.epochs(300).observingEvery(7).withTolerance(1e-8).withTargetLoss(0.25)
                .inBatchesOf(16)).isEqualTo(new TrainerConfig(300, 1e-8, 0.25, 7, 16));
        // order does not matter: each factory replaces one field and keeps the rest
        assertThat(TrainerConfig.epochs(300).inBatchesOf(16).withTargetLoss(0.25).withTolerance(1e-8)
                .observingEvery(7)).isEqualTo(TrainerConfig.epochs(300).observingEvery(7).withTolerance(1e-8)
                .withTargetLoss(0.25).inBatchesOf(16));
        assertThat(TrainerConfig.DEFAULTS).isEqualTo(new TrainerConfig(1000, 0, 0, 50, 0));
    }

    @Test
    void badValuesAreRefusedNamingTheField() {
        assertThatThrownBy(() -> TrainerConfig.epochs(-1)).hasMessage("epochs must be >= 0, got -1");
        assertThatThrownBy(() -> TrainerConfig.epochs(5).observingEvery(0)).hasMessageStartingWith("observeEvery");
        assertThatThrownBy(() -> TrainerConfig.epochs(5).withTolerance(Double.NaN)).hasMessageStartingWith("tolerance");
        assertThatThrownBy(() -> TrainerConfig.epochs(5).withTargetLoss(-1)).hasMessageStartingWith("targetLoss");
        assertThatThrownBy(() -> TrainerConfig.epochs(5).inBatchesOf(-2)).hasMessageStartingWith("batchSize");
    }
}
