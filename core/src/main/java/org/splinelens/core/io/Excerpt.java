package org.splinelens.core.io;

import java.util.Locale;

/**
 * User input quoted in an error message. An error is one short line (see {@link InvalidInputException}), yet the input
 * it quotes may be a 5 MB CSV field, a YAML value holding a line break or a binary file's NUL bytes. So a quote
 * shows at most {@link #LIMIT} characters, then {@code …} and the input's full length, and escapes the characters
 * that would break the line or vanish on a terminal: control characters as {@code \n}, {@code \r}, {@code \t} or
 * a Unicode escape ({@code \}{@code u0007} for BEL), and the Unicode line and paragraph separators.
 */
public final class Excerpt {
    /** The most characters of a quote, escapes counted as they are printed. */
    public static final int LIMIT = 100;

    private Excerpt() {
    }

    /** @return {@code text} in single quotes, escaped and cut as the class describes: {@code '0x1p3'} */
    public static String of(CharSequence text) {
        return quote(text, "'");
    }

    /**
     * @return {@code text} escaped and, beyond {@link #LIMIT} printed characters, cut at a code point with
     *         {@code "… (N characters)"} appended; for lists that supply their own quotes
     */
    public static String cut(CharSequence text) {
        return quote(text, "");
    }

    private static String quote(CharSequence text, String mark) {
        StringBuilder out = new StringBuilder(mark);
        int i = 0;
        int length = text.length();
        while (i < length && out.length() < LIMIT + mark.length()) {
            int c = Character.codePointAt(text, i);
            escape(out, c);
            i += Character.charCount(c);
        }
        if (i == length) {
            return out.append(mark).toString();
        }
        // the length goes after the closing quote: it is not part of the input
        return out.append('\u2026').append(mark).append(String.format(Locale.ROOT, " (%,d characters)", length))
                .toString();
    }

    private static void escape(StringBuilder out, int c) {
        switch (c) {
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> {
                if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                    out.append(String.format(Locale.ROOT, "\\u%04x", c));
                } else {
                    out.appendCodePoint(c);
                }
            }
        }
    }
}
