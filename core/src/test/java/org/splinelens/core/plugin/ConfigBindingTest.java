package org.splinelens.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.splinelens.core.io.InvalidInputException;

/** Settings bind to a config record only when their type is the record's: no silent truncation or string parsing. */
class ConfigBindingTest {
    /** A config with one key of each kind that coercion used to blur. */
    record Sample(int trials, long seed, double lr, boolean zip) {
    }

    private static final Sample DEFAULTS = new Sample(10, 0, 0.1, false);

    private static Sample bind(Map<String, ?> settings) {
        return ConfigBinding.bind("experiment sample", DEFAULTS, Sample.class, settings);
    }

    @Test
    void valuesOfTheRightTypeBindAndAnIntegerIsAnExactDouble() {
        assertThat(bind(Map.of("trials", 3, "seed", 5_000_000_000L, "lr", 2, "zip", true)))
                .isEqualTo(new Sample(3, 5_000_000_000L, 2.0, true));
        assertThat(bind(Map.of())).isEqualTo(DEFAULTS);
    }

    @Test
    void aNumberWithAFractionIsNotTruncatedIntoAnInteger() {
        // Jackson's default reads trials: 1.7 as 1
        assertThatThrownBy(() -> bind(Map.of("trials", 1.7))).isInstanceOf(InvalidInputException.class)
                .hasMessage("experiment sample: key 'trials': expected int, got 1.7");
        assertThatThrownBy(() -> bind(Map.of("trials", 2.0))).hasMessage("experiment sample: key 'trials': expected"
                + " int, got 2.0");
        assertThatThrownBy(() -> bind(Map.of("seed", 1e10))).hasMessage("experiment sample: key 'seed': expected"
                + " long, got 1.0E10");
    }

    @Test
    void aStringIsNotParsedIntoANumberOrAFlag() {
        // Jackson's default parses strings with Java's syntax: '0x1p3' would be 8.0 and 'NaN' not a number
        assertThatThrownBy(() -> bind(Map.of("lr", "0x1p3"))).isInstanceOf(InvalidInputException.class)
                .hasMessage("experiment sample: key 'lr': expected double, got '0x1p3'");
        assertThatThrownBy(() -> bind(Map.of("lr", "NaN"))).hasMessageContaining("key 'lr'");
        assertThatThrownBy(() -> bind(Map.of("trials", "3"))).hasMessage("experiment sample: key 'trials': expected"
                + " int, got '3'");
        assertThatThrownBy(() -> bind(Map.of("zip", "true"))).hasMessageContaining("key 'zip'");
        assertThatThrownBy(() -> bind(Map.of("lr", ""))).hasMessageContaining("key 'lr'");
    }

    @Test
    void quotedValuesAndUnknownKeysAreCutToAHundredCharacters() {
        String huge = "9".repeat(1_000_000);
        assertThatThrownBy(() -> bind(Map.of("lr", huge))).hasMessage("experiment sample: key 'lr': expected double,"
                + " got '" + "9".repeat(100) + "\u2026' (1,000,000 characters)");
        assertThatThrownBy(() -> bind(Map.of("k".repeat(300), 1))).hasMessageStartingWith("experiment sample: unknown"
                + " key '" + "k".repeat(100) + "\u2026' (300 characters); expected one of [trials, seed, lr, zip]");
    }
}
