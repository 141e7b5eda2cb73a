package org.splinelens.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The decimal grammar of data files and options: what people write is read, Java's own spellings are not. */
class DecimalTest {
    /** The grammar of the class Javadoc written as a regular expression: the oracle for the hand-written scanner. */
    private static final Pattern GRAMMAR = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    @Test
    void theUsualSyntaxesAreReadWithTheirValue() {
        // expected values are Java literals, parsed by the compiler rather than by the code under test
        assertThat(Decimal.parse("1", "v")).isEqualTo(1.0);
        assertThat(Decimal.parse("-1.5", "v")).isEqualTo(-1.5);
        assertThat(Decimal.parse("+2", "v")).isEqualTo(2.0);
        assertThat(Decimal.parse(".5", "v")).isEqualTo(0.5);
        assertThat(Decimal.parse("-.5", "v")).isEqualTo(-0.5);
        assertThat(Decimal.parse("5.", "v")).isEqualTo(5.0);
        assertThat(Decimal.parse("1e-3", "v")).isEqualTo(0.001);
        assertThat(Decimal.parse("1E+3", "v")).isEqualTo(1000.0);
        assertThat(Decimal.parse("2.5e2", "v")).isEqualTo(250.0);
        assertThat(Decimal.parse(" \t0.1 \t", "v")).isEqualTo(0.1);
        assertThat(Decimal.parse("-0", "v")).isEqualTo(-0.0);
        assertThat(Decimal.parse("1e-400", "v")).isEqualTo(0.0);
    }

    @Test
    void javaOnlySpellingsAndNonFiniteValuesAreRefusedNamingWhereAndQuotingTheText() {
        String[] refused = {"0x1p3", "0X10", "1.5d", "2f", "3D", "4F", "NaN", "Infinity", "-Infinity", "nan", "inf",
            "-inf", "", " ", ".", "e3", "1e", "1e+", "1.2.3", "--1", "+-1", "1 2", "2\0", "\0" + "2", "1,5", "1_000",
            "\u0663", "\uff11", "0b1", "1e3.5", "\u00a01"};
        for (String text : refused) {
            assertThatThrownBy(() -> Decimal.parse(text, "data.csv: line 3, column 2 (y)")).as(text)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("data.csv: line 3, column 2 (y): expected a finite decimal number")
                    .hasMessageEndingWith(Excerpt.of(text));
        }
    }

    @Test
    void decimalsBeyondTheRangeOfADoubleAreRefusedNotReadAsInfinity() {
        assertThatThrownBy(() -> Decimal.parse("1e400", "--lr")).isInstanceOf(InvalidInputException.class)
                .hasMessage("--lr: '1e400' is beyond the range of a double (about ±1.8e308)");
        assertThatThrownBy(() -> Decimal.parse("-1e400", "--lr")).hasMessageContaining("'-1e400' is beyond");
        String huge = "1".repeat(5_000_000);
        assertThatThrownBy(() -> Decimal.parse(huge, "x")).hasMessage("x: '" + "1".repeat(Excerpt.LIMIT)
                + "\u2026' (5,000,000 characters) is beyond the range of a double (about ±1.8e308)");
    }

    @Test
    void theScannerAgreesWithTheGrammarOnRandomStrings() {
        String alphabet = "0123456789+-.eEdfx \0";
        SplittableRandom random = new SplittableRandom(18);
        int accepted = 0;
        for (int k = 0; k < 200_000; k++) {
            int length = random.nextInt(9);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                // digits ten times as often as the rest, so that accepted strings are common
                text.append(random.nextInt(3) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : (char) ('0' + random.nextInt(10)));
            }
            boolean expected = GRAMMAR.matcher(text).matches();
            assertThat(Decimal.isDecimal(text)).as("'%s'", text).isEqualTo(expected);
            accepted += expected ? 1 : 0;
        }
        // both outcomes occur often: the comparison is not vacuous
        assertThat(accepted).isBetween(20_000, 180_000);
    }

    @Test
    void everyFiniteDoubleAsJavaWritesItReadsBackExactly() {
        // data files are written with Double.toString, so its output must be in the grammar and round-trip
        SplittableRandom random = new SplittableRandom(7);
        for (int k = 0; k < 100_000; k++) {
            double value = Double.longBitsToDouble(random.nextLong());
            if (!Double.isFinite(value)) {
                continue;
            }
            assertThat(Decimal.parse(Double.toString(value), "v")).isEqualTo(value);
        }
        for (double value : new double[] {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL}) {
            assertThat(Decimal.parse(Double.toString(value), "v")).isEqualTo(value);
        }
    }
}
