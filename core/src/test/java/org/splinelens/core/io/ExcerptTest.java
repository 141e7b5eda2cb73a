package org.splinelens.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Input quoted in an error line: short, on one line, and saying how long the input was when it is cut. */
class ExcerptTest {
    @Test
    void shortTextIsQuotedAsItIs() {
        assertThat(Excerpt.of("0x1p3")).isEqualTo("'0x1p3'");
        assertThat(Excerpt.of("")).isEqualTo("''");
        assertThat(Excerpt.of("it's")).isEqualTo("'it's'");
        assertThat(Excerpt.cut("a,b")).isEqualTo("a,b");
        String hundred = "x".repeat(Excerpt.LIMIT);
        assertThat(Excerpt.of(hundred)).isEqualTo("'" + hundred + "'");
    }

    @Test
    void longTextIsCutAtTheLimitWithItsLength() {
        assertThat(Excerpt.of("1".repeat(5_000_000)))
                .isEqualTo("'" + "1".repeat(100) + "\u2026' (5,000,000 characters)");
        assertThat(Excerpt.of("y".repeat(101))).isEqualTo("'" + "y".repeat(100) + "\u2026' (101 characters)");
        assertThat(Excerpt.cut("z".repeat(250))).isEqualTo("z".repeat(100) + "\u2026 (250 characters)");
    }

    @Test
    void lineBreaksAndControlCharactersAreEscapedSoTheMessageStaysOneVisibleLine() {
        assertThat(Excerpt.of("a\nb\r\tc\0d\u001b\u2028\u2029e"))
                .isEqualTo("'a\\nb\\r\\tc\\u0000d\\u001b\\u2028\\u2029e'");
        // escapes count as printed: 40 NULs print as 240 characters, so the quote stops after 17 of them
        assertThat(Excerpt.of("\0".repeat(40))).isEqualTo("'" + "\\u0000".repeat(17) + "\u2026' (40 characters)");
    }

    @Test
    void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
        String smile = "\uD83D\uDE00";
        assertThat(Excerpt.of(smile.repeat(60))).isEqualTo("'" + smile.repeat(50) + "\u2026' (120 characters)");
        assertThat(Excerpt.of("a" + smile.repeat(60))).isEqualTo("'a" + smile.repeat(50) + "\u2026' (121 characters)");
    }
}
