package org.splinelens.experiments.gdvsdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.splinelens.experiments.runner.ConfiguredExperiment;
import org.splinelens.experiments.runner.Scale;

/**
 * The tuning grids are config keys a user changes with {@code --set}; a config that would give the gradient
 * methods unequal budgets, or a grid that is not a list of increasing positive rates, is refused naming the keys.
 */
class GdVsDpConfigTest {
    private static final GdVsDpExperiment EXPERIMENT = new GdVsDpExperiment();

    @Test
    void bothPresetsGiveEveryMethodTheSameNumberOfSettings() {
        for (Scale scale : Scale.values()) {
            GdVsDpConfig config = EXPERIMENT.preset(scale);
            for (String method : Setting.METHODS) {
                assertThat(config.settings(method)).as("%s %s", scale, method).hasSize(config.budget())
                        .allSatisfy(setting -> assertThat(setting.method()).isEqualTo(method));
            }
            assertThat(config.budget()).as("%s", scale).isGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void sgdsGridIsItsRatesTimesItsBatchSizesRateByRate() {
        ConfiguredExperiment<GdVsDpConfig> configured = EXPERIMENT.configure(Scale.QUICK, Map.of("gdLrs",
                List.of(1e-3, 1e-2, 0.1, 1.0), "adamLrs", List.of(1e-4, 1e-3, 1e-2, 0.1), "sgdLrs", List.of(0.1, 0.4),
                "batchSizes", List.of(8, 64)));
        assertThat(configured.config().settings(Setting.SGD_BN)).containsExactly(new Setting(Setting.SGD_BN, 0.1, 8),
                new Setting(Setting.SGD_BN, 0.1, 64), new Setting(Setting.SGD_BN, 0.4, 8),
                new Setting(Setting.SGD_BN, 0.4, 64));
        assertThat(configured.config().settings(Setting.GD)).extracting(Setting::lr)
                .containsExactly(1e-3, 1e-2, 0.1, 1.0);
    }

    @Test
    void unequalBudgetsAndBadGridsAreRefusedNamingTheKeys() {
        assertThatThrownBy(() -> EXPERIMENT.configure(Scale.QUICK, Map.of("gdLrs", List.of(0.01))))
                .hasMessageContainingAll("the tuning budget must be equal", "gdLrs has 1 settings", "adamLrs 6",
                        "sgdLrs × batchSizes 3 × 2 = 6");
        assertThatThrownBy(() -> EXPERIMENT.configure(Scale.QUICK, Map.of("batchSizes", List.of(32))))
                .hasMessageContaining("sgdLrs × batchSizes 3 × 1 = 3");
        assertThatThrownBy(() -> EXPERIMENT.configure(Scale.QUICK, Map.of("adamLrs",
                List.of(1e-4, 3e-4, 1e-3, 1e-3, 1e-2, 3e-2))))
                .hasMessageContainingAll("adamLrs", "strictly increasing");
        assertThatThrownBy(() -> EXPERIMENT.configure(Scale.QUICK, Map.of("sgdLrs", List.of(-0.1, 0.2, 0.4))))
                .hasMessageContainingAll("sgdLrs", "learning rates > 0");
        assertThatThrownBy(() -> EXPERIMENT.configure(Scale.QUICK, Map.of("batchSizes", List.of(0, 32))))
                .hasMessageContainingAll("batchSizes", "positive integers");
    }
}
