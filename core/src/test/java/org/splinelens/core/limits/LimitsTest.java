package org.splinelens.core.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.splinelens.core.io.InvalidInputException;

class LimitsTest {

    @Test
    void memoryBeyondTheHeapIsRefusedNamingTheInputTheSizeAndTheWayOut() {
        assertThatThrownBy(() -> Limits.memory("--width 100000000000", 8e11))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("--width 100000000000: needs about 745 GB of memory, more than this JVM can")
                .hasMessageEndingWith(Limits.MORE_HEAP);
        assertThatThrownBy(() -> Limits.memory("x", Double.NaN)).isInstanceOf(InvalidInputException.class);
        assertThatCode(() -> Limits.memory("x", 1024)).doesNotThrowAnyException();
    }

    @Test
    void countsBeyondALimitNameTheOptionThatRaisesIt() {
        assertThatThrownBy(() -> Limits.count("--grid 0:1:1e-9", "grid points", 1e9 + 1, 10_000_000, "--max-points"))
                .hasMessage("--grid 0:1:1e-9: 1,000,000,001 grid points, more than the limit of 10,000,000"
                        + " (--max-points raises it)");
        assertThatThrownBy(() -> Limits.count("n", "pieces", 1.0995e12 * 1e6, 10, "--max-pieces"))
                .hasMessageContaining("1.1e+18 pieces");
        assertThatCode(() -> Limits.count("n", "pieces", 10, 10, "--max-pieces")).doesNotThrowAnyException();
    }

    @Test
    void workBeyondALimitNamesTheEstimateARoughTimeAndTheOption() {
        assertThatThrownBy(() -> Limits.work("census --samples 2,000,000,000", 1.8e10, 1e10, "--max-work"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("census --samples 2,000,000,000: needs about 18,000,000,000 steps of work (about 3 min),"
                        + " more than the limit of 10,000,000,000 (--max-work raises it)");
        assertThatThrownBy(() -> Limits.work("n", Double.POSITIVE_INFINITY, 1e10, "--max-work"))
                .isInstanceOf(InvalidInputException.class);
        assertThatCode(() -> Limits.work("n", 1e10, 1e10, "--max-work")).doesNotThrowAnyException();
    }

    @Test
    void durationsAreWrittenForPeople() {
        assertThat(Limits.duration(40)).isEqualTo("about 40 s");
        assertThat(Limits.duration(720)).isEqualTo("about 12 min");
        assertThat(Limits.duration(3.5 * 3600)).isEqualTo("about 3.5 h");
        assertThat(Limits.duration(10 * 86400)).isEqualTo("about 10 days");
        assertThat(Limits.duration(1e7 * 86400 * 365.25)).isEqualTo("about 10,000,000 years");
    }

    @Test
    void arrayLengthsBeyondJavasAreRefused() {
        assertThat(Limits.arrayLength("n", "weights", 12)).isEqualTo(12);
        assertThatThrownBy(() -> Limits.arrayLength("--widths 50000,50000", "weights", 2.5e9))
                .hasMessage("--widths 50000,50000: 2,500,000,000 weights, more than one Java array holds"
                        + " (2,147,483,639)");
    }

    @Test
    void sizesAreWrittenForPeople() {
        assertThat(Limits.bytes(512)).isEqualTo("512 B");
        assertThat(Limits.bytes(1536)).isEqualTo("1.5 KB");
        assertThat(Limits.bytes(7.5 * (1L << 30))).isEqualTo("7.5 GB");
        assertThat(Limits.bytes(300.0 * (1L << 20))).isEqualTo("300 MB");
    }
}
