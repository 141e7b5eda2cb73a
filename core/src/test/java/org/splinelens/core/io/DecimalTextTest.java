package org.splinelens.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Examples of {@link DecimalText}'s layout. Expected strings are what {@code Double.toString} writes on Java 19 and
 * later (checked with Java 25 when this test was written); where Java 17 writes something else, the comment says what.
 */
class DecimalTextTest {
    /** Plain notation: integer part without leading zeros, a fraction without trailing zeros (or a lone 0). */
    private static final Pattern PLAIN = Pattern.compile("-?(0|[1-9][0-9]{0,6})\\.([0-9]*[1-9]|0)");
    /** Scientific notation: one non-zero digit, a fraction as above, a non-zero exponent of at most three digits. */
    private static final Pattern SCIENTIFIC = Pattern.compile("-?[1-9]\\.([0-9]*[1-9]|0)E-?[1-9][0-9]{0,2}");

    @Test
    void nonFiniteValuesAndZerosAreSpelledAsJavaSpellsThem() {
        assertThat(DecimalText.of(Double.NaN)).isEqualTo("NaN");
        // every NaN bit pattern, negative ones included, is just NaN
        assertThat(DecimalText.of(Double.longBitsToDouble(0x7ff0_0000_0000_0001L))).isEqualTo("NaN");
        assertThat(DecimalText.of(Double.longBitsToDouble(0xfff8_0000_0000_0000L))).isEqualTo("NaN");
        assertThat(DecimalText.of(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
        assertThat(DecimalText.of(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
        assertThat(DecimalText.of(0.0)).isEqualTo("0.0");
        assertThat(DecimalText.of(-0.0)).isEqualTo("-0.0");
    }

    @Test
    void plainNotationFrom1eMinus3UpToButExcluding1e7() {
        assertThat(DecimalText.of(0.001)).isEqualTo("0.001");
        assertThat(DecimalText.of(Math.nextDown(0.001))).isEqualTo("9.999999999999998E-4");
        assertThat(DecimalText.of(-0.0015)).isEqualTo("-0.0015");
        assertThat(DecimalText.of(0.007)).isEqualTo("0.007");
        assertThat(DecimalText.of(0.5)).isEqualTo("0.5");
        assertThat(DecimalText.of(1.0)).isEqualTo("1.0");
        assertThat(DecimalText.of(100)).isEqualTo("100.0");
        assertThat(DecimalText.of(123.45)).isEqualTo("123.45");
        assertThat(DecimalText.of(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(DecimalText.of(1234567.125)).isEqualTo("1234567.125");
        assertThat(DecimalText.of(9999999.0)).isEqualTo("9999999.0");
        assertThat(DecimalText.of(Math.nextDown(1e7))).isEqualTo("9999999.999999998");
        assertThat(DecimalText.of(1e7)).isEqualTo("1.0E7");
    }

    @Test
    void scientificNotationElsewhereWithAtLeastOneFractionDigit() {
        assertThat(DecimalText.of(12345678)).isEqualTo("1.2345678E7");
        assertThat(DecimalText.of(1e21)).isEqualTo("1.0E21");
        assertThat(DecimalText.of(1e-5)).isEqualTo("1.0E-5");
        assertThat(DecimalText.of(1.2345e-5)).isEqualTo("1.2345E-5");
        assertThat(DecimalText.of(9007199254740993.0)).isEqualTo("9.007199254740992E15");
        assertThat(DecimalText.of(Double.MAX_VALUE)).isEqualTo("1.7976931348623157E308");
        assertThat(DecimalText.of(-Double.MAX_VALUE)).isEqualTo("-1.7976931348623157E308");
        assertThat(DecimalText.of(Double.MIN_NORMAL)).isEqualTo("2.2250738585072014E-308");
        // 5E-324 reads back too, but the contract (Java's) asks for two digits when one would do
        assertThat(DecimalText.of(-Double.MIN_VALUE)).isEqualTo("-4.9E-324");
    }

    @Test
    void whereJava17WritesALongerOrFartherDecimalTheTextIsJava19s() {
        // Java 17: 9.999999999999999E22, 5.6843418860808015E-14, 8.409999999999999E21, 2.82879384806159008E17
        assertThat(DecimalText.of(1e23)).isEqualTo("1.0E23");
        assertThat(DecimalText.of(Math.scalb(1.0, -44))).isEqualTo("5.684341886080802E-14");
        assertThat(DecimalText.of(8.41e21)).isEqualTo("8.41E21");
        assertThat(DecimalText.of(2.82879384806159E17)).isEqualTo("2.82879384806159E17");
        // Java 17: 1.9400994884341944E25 (as short, farther from v), 1.0E-323 and 1.0E-322 (one digit)
        assertThat(DecimalText.of(1.9400994884341945E25)).isEqualTo("1.9400994884341945E25");
        assertThat(DecimalText.of(2 * Double.MIN_VALUE)).isEqualTo("9.9E-324");
        assertThat(DecimalText.of(20 * Double.MIN_VALUE)).isEqualTo("9.9E-323");
    }

    @Test
    void everyOutputHasTheNotationItsMagnitudeCalls() {
        SplittableRandom random = new SplittableRandom(31);
        for (int i = 0; i < 20_000; i++) {
            // every exponent of the range equally often, so that both notations and both signs are common
            double sign = random.nextBoolean() ? 1 : -1;
            double v = sign * Math.scalb(1 + random.nextDouble(), random.nextInt(-1074, 1024));
            double magnitude = Math.abs(v);
            Pattern expected = 1e-3 <= magnitude && magnitude < 1e7 ? PLAIN : SCIENTIFIC;
            assertThat(DecimalText.of(v)).as("%s", v).matches(expected);
        }
    }

    @Test
    void appendAddsToWhatIsThereAndOfIsAppendOnAnEmptyBuilder() {
        StringBuilder out = new StringBuilder("x=");
        DecimalText.append(-2.5e-8, out);
        out.append(',');
        DecimalText.append(Double.NaN, out);
        assertThat(out).hasToString("x=-2.5E-8,NaN");
        StringBuilder alone = new StringBuilder();
        DecimalText.append(Math.PI, alone);
        assertThat(DecimalText.of(Math.PI)).isEqualTo(alone.toString()).isEqualTo("3.141592653589793");
    }

    @Test
    void appendAllocatesNothing() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeThat(bean).isInstanceOf(com.sun.management.ThreadMXBean.class);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        assumeThat(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled()).isTrue();
        SplittableRandom random = new SplittableRandom(5);
        double[] values = new double[1000];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt(4) == 0 ? random.nextInt(100_000) : Math.scalb(random.nextDouble(),
                    random.nextInt(-1074, 1024));
        }
        StringBuilder out = new StringBuilder(64);
        appendAll(values, out);
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int round = 0; round < 10; round++) {
            appendAll(values, out);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        // 10,000 calls: a single String or char[] per call would be at least 240,000 bytes
        assertThat(allocated).isLessThan(10_000);
    }

    private static void appendAll(double[] values, StringBuilder out) {
        for (double v : values) {
            out.setLength(0);
            DecimalText.append(v, out);
        }
    }
}
