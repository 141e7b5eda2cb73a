package org.splinelens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.splinelens.core.io.InvalidInputException;

class SettingsRouterTest {
    private static final SettingsTarget RMSPROP = new SettingsTarget("optimizer", "optimizer rmsprop",
            Set.of("lr", "alpha", "eps", "batchSize"));
    private static final SettingsTarget GAUSSIAN = new SettingsTarget("init", "initializer gaussian",
            Set.of("sigmaB", "sigmaW", "sigmaV", "alpha"));

    private static Map<String, Object> settings(Object... keysAndValues) {
        Map<String, Object> settings = new LinkedHashMap<>();
        for (int k = 0; k < keysAndValues.length; k += 2) {
            settings.put((String) keysAndValues[k], keysAndValues[k + 1]);
        }
        return settings;
    }

    @Test
    void prefixesNameThePluginAndBareKeysGoToTheOnePluginThatHasThem() {
        Map<String, Map<String, Object>> routed = SettingsRouter.route(settings("lr", 0.1, "sigmaW", 2,
                "optimizer.alpha", 0.9, "init.alpha", 0.5), List.of(RMSPROP, GAUSSIAN));
        assertThat(routed.get("optimizer")).containsExactly(Map.entry("lr", 0.1), Map.entry("alpha", 0.9));
        assertThat(routed.get("init")).containsExactly(Map.entry("sigmaW", 2), Map.entry("alpha", 0.5));
    }

    @Test
    void aBareKeyBothPluginsHaveAsksForThePrefix() {
        assertThatThrownBy(() -> SettingsRouter.route(settings("alpha", 0.9), List.of(RMSPROP, GAUSSIAN)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("optimizer rmsprop")
                .hasMessageContaining("initializer gaussian").hasMessageContaining("optimizer.alpha or init.alpha");
    }

    @Test
    void aBareKeyNoPluginHasNamesEachPluginAndItsKeys() {
        assertThatThrownBy(() -> SettingsRouter.route(settings("sigmaQ", 1), List.of(RMSPROP, GAUSSIAN)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("'sigmaQ'")
                .hasMessageContaining("optimizer rmsprop has [alpha, batchSize, eps, lr]")
                .hasMessageContaining("initializer gaussian has [alpha, sigmaB, sigmaV, sigmaW]")
                .hasMessageNotContaining("\n");
    }

    @Test
    void unknownKeysOfOnePluginAreLeftToItsConfigBindingWhichNamesPluginAndKey() {
        assertThat(SettingsRouter.route(settings("optimizer.nope", 1), List.of(RMSPROP, GAUSSIAN)).get("optimizer"))
                .containsOnlyKeys("nope");
        assertThat(SettingsRouter.route(settings("nope", 1), List.of(GAUSSIAN)).get("init")).containsOnlyKeys("nope");
    }

    @Test
    void aPrefixForAPluginTheCommandDoesNotUseIsRejected() {
        assertThatThrownBy(() -> SettingsRouter.route(settings("optimizer.lr", 1), List.of(GAUSSIAN)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("optimizer.lr")
                .hasMessageContaining("initializer gaussian");
        // a dot that is no prefix belongs to the key
        assertThat(SettingsRouter.route(settings("a.b", 1), List.of(GAUSSIAN)).get("init")).containsOnlyKeys("a.b");
    }
}
