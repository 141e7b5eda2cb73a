package org.splinelens.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.junit.jupiter.api.Test;

/**
 * {@link DecimalText}'s contract (its class Javadoc): the text reads back bit for bit, its digits are the shortest and
 * closest as {@link BruteForceDecimal} finds them with {@link BigDecimal}, and it is Java 17's text wherever Java 17
 * chose the same decimal.
 */
class DecimalTextProperties {

    @Test
    void everyTextReadsBackAsTheSameBits() {
        SplittableRandom random = new SplittableRandom(2024);
        for (int i = 0; i < 100_000; i++) {
            double v = Double.longBitsToDouble(random.nextLong());
            if (!Double.isNaN(v)) {
                assertReadsBack(v);
            }
        }
        for (double v : DoubleFamilies.all()) {
            assertReadsBack(v);
            assertReadsBack(-v);
        }
        for (double v : new double[] {0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertReadsBack(v);
        }
    }

    private static void assertReadsBack(double v) {
        String text = DecimalText.of(v);
        assertThat(Double.doubleToRawLongBits(Double.parseDouble(text))).as("%s read back", text)
                .isEqualTo(Double.doubleToRawLongBits(v));
    }

    @Property(tries = 3000)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void digitsAreTheShortestAndClosestABruteForceFinds(@ForAll("finiteNonZero") double v) {
        BigDecimal expected = BruteForceDecimal.of(v);
        assertThat(DecimalText.of(v)).isEqualTo(BruteForceDecimal.layout(v, expected));
        // short decimals (the multiple-of-10^(k+1) branch) and full-length ones both occur
        Statistics.label("digits").collect(BruteForceDecimal.digits(expected) < 16 ? "short" : "16 or 17");
        Statistics.label("digits").coverage(c -> {
            c.check("short").percentage(p -> p > 15);
            c.check("16 or 17").percentage(p -> p > 50);
        });
    }

    @Test
    void theFamiliesAreTheShortestAndClosestToo() {
        for (double v : DoubleFamilies.all()) {
            String expected = BruteForceDecimal.layout(v, BruteForceDecimal.of(v));
            assertThat(DecimalText.of(v)).isEqualTo(expected);
            assertThat(DecimalText.of(-v)).isEqualTo("-" + expected);
        }
    }

    @Property(tries = 3000)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void java17sTextWhereverItChoseTheSameDecimal(@ForAll("finiteNonZero") double v) {
        String kind = compareWithJava17(v);
        Statistics.label("Java 17").collect(kind);
        Statistics.label("Java 17").coverage(c -> c.check("same decimal").percentage(p -> p > 95));
    }

    @Test
    void java17sTextOnTheFamiliesWhereverItChoseTheSameDecimal() {
        int same = 0;
        int longer = 0;
        int farther = 0;
        for (double v : DoubleFamilies.all()) {
            String kind = compareWithJava17(v);
            same += kind.equals("same decimal") ? 1 : 0;
            longer += kind.equals("longer") ? 1 : 0;
            farther += kind.equals("as short, farther") ? 1 : 0;
        }
        // all three occur (the powers of two hold many of Java 17's longer strings, JDK-4511638)
        assertThat(same).isGreaterThan(longer + farther);
        assertThat(longer).isPositive();
        assertThat(farther).isPositive();
    }

    /**
     * Asserts that our text is Java 17's where Java 17 wrote the contract's decimal, and otherwise that Java 17's
     * decimal is worse by the contract: longer than needed, or no closer to {@code v}.
     *
     * @return which case {@code v} is
     */
    private static String compareWithJava17(double v) {
        String java17 = Double.toString(v);
        BigDecimal theirs = new BigDecimal(java17).abs();
        BigDecimal ours = BruteForceDecimal.of(v);
        if (theirs.compareTo(ours) == 0) {
            assertThat(DecimalText.of(v)).isEqualTo(java17);
            return "same decimal";
        }
        int needed = Math.max(2, BruteForceDecimal.fewestDigits(v));
        if (BruteForceDecimal.digits(theirs) > needed) {
            return "longer";
        }
        BigDecimal exact = new BigDecimal(Math.abs(v));
        assertThat(theirs.subtract(exact).abs()).as("Java 17's %s against %s", java17, DecimalText.of(v))
                .isGreaterThanOrEqualTo(ours.subtract(exact).abs());
        return "as short, farther";
    }

    /** Uniformly random bit patterns, and decimals of up to six digits at any scale (their shortest is short). */
    @Provide
    Arbitrary<Double> finiteNonZero() {
        Arbitrary<Double> bits = Arbitraries.longs().withDistribution(RandomDistribution.uniform())
                .map(Double::longBitsToDouble);
        Arbitrary<Double> decimals = Combinators.combine(Arbitraries.integers().between(-999_999, 999_999),
                Arbitraries.integers().between(-330, 310)).as((m, e) -> Double.parseDouble(m + "e" + e));
        return Arbitraries.frequencyOf(Tuple.of(3, bits), Tuple.of(1, decimals))
                .filter(v -> v != 0 && Double.isFinite(v));
    }
}
